#!/usr/bin/env bash
# Stops a cluster started by deploy/cluster/start.sh and removes its state folder (KEEP_CLUSTER_STATE=1 keeps it, with
# the logs).   usage: deploy/cluster/stop.sh STATE   (the state folder, or its cluster.env)
set -uo pipefail
STATE=${1:?usage: stop.sh STATE}
[ -f "$STATE" ] && STATE=$(dirname "$STATE")
ENV_FILE="$STATE/cluster.env"
[ -f "$ENV_FILE" ] || { echo "no $ENV_FILE" >&2; exit 1; }
# shellcheck disable=SC1090
source "$ENV_FILE"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# stop_pid PID: TERM, then KILL after 10 s. Only the PIDs start.sh wrote down.
stop_pid() {
    local pid=$1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
}

[ -n "${NGINX_PID:-}" ] && stop_pid "$NGINX_PID"
for i in $(seq 1 9); do
    pid_var="NODE_${i}_PID"
    [ -n "${!pid_var:-}" ] && stop_pid "${!pid_var}"
done
[ -n "${REDIS_PID:-}" ] && stop_pid "$REDIS_PID"
if [ -n "${PG_DATA:-}" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1
fi
if [ "${KEEP_CLUSTER_STATE:-0}" = 1 ]; then echo "cluster stopped; state kept in $STATE"; else rm -rf "$STATE"; echo "cluster stopped"; fi
