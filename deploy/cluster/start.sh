#!/usr/bin/env bash
# Starts a local cluster of the portal on one machine, for trying it out and for the cluster test: a throwaway PostgreSQL
# cluster, Redis (no persistence), N portal nodes (Production, same key-encryption key, PostgreSQL + Redis by connection
# string) and nginx in front of them. Everything runs as the current user (PostgreSQL as `postgres` when root) under one
# state folder; nothing is installed or changed under /etc. Stop it with deploy/cluster/stop.sh STATE.
#
#   usage: deploy/cluster/start.sh [--nodes N] [--base-port P] [--publish DIR] [--smtp HOST:PORT] [--state DIR]
#                                  [--sample-data yes|no]
#     --nodes        portal nodes (default 2, at most 9)
#     --base-port    nginx listens on P, node i on P+i, PostgreSQL on P+10, Redis on P+11 (default 57000)
#     --publish      an existing `dotnet publish` folder (default: publish src/PublicPortal.Web in Release into STATE)
#     --smtp         where the nodes send mail (default: no SMTP host, mail stays in the outbox)
#     --state        the state folder (default: a new /tmp/portal-cluster.XXXXXX); logs are there
#     --sample-data  load the labelled 示例数据 on first start (default yes)
# Any other portal setting is passed on from the environment, e.g. `RateLimit__PostsPerMinute=100 deploy/cluster/start.sh`.
# Writes STATE/cluster.env (URLs, ports, PIDs, paths, connection strings; KEY='value' lines) and prints it last.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
NODES=2
BASE_PORT=57000
PUBLISH=""
SMTP=""
STATE=""
SAMPLE_DATA=yes
while [ $# -gt 0 ]; do
    case $1 in
        --nodes) NODES=$2; shift 2 ;;
        --base-port) BASE_PORT=$2; shift 2 ;;
        --publish) PUBLISH=$2; shift 2 ;;
        --smtp) SMTP=$2; shift 2 ;;
        --state) STATE=$2; shift 2 ;;
        --sample-data) SAMPLE_DATA=$2; shift 2 ;;
        -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ $NODES =~ ^[1-9]$ ]] || { echo "--nodes must be 1 to 9" >&2; exit 2; }

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# Free = nothing listens on it and no connection uses it as its local port (ports in the ephemeral range, as 57000 is on
# Linux, can be taken by outgoing connections, and then a node cannot bind it).
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && ! ss -Htan "( sport = :$1 )" | grep -qv TIME-WAIT; }
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true; }

NGINX_PORT=$BASE_PORT
PG_PORT=$((BASE_PORT + 10))
REDIS_PORT=$((BASE_PORT + 11))
NODE_PORTS=()
for i in $(seq 1 "$NODES"); do NODE_PORTS+=($((BASE_PORT + i))); done
for port in "$NGINX_PORT" "$PG_PORT" "$REDIS_PORT" "${NODE_PORTS[@]}"; do
    port_free "$port" || { echo "port $port is in use (choose another --base-port)" >&2; exit 1; }
done

STATE=${STATE:-$(mktemp -d /tmp/portal-cluster.XXXXXX)}
mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)
chmod 755 "$STATE"
if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$STATE"; then
    echo "the postgres user cannot reach $STATE (a folder above it is not searchable by others)" >&2; exit 1
fi
ENV_FILE="$STATE/cluster.env"
: >"$ENV_FILE"
chmod 600 "$ENV_FILE" # it holds the database password and the key-encryption key
# Everything started so far is written down at once, so that stop.sh can end it even if this script fails half-way.
record() { printf "%s='%s'\n" "$1" "$2" >>"$ENV_FILE"; }
record CLUSTER_STATE "$STATE"
trap 'rc=$?; if [ $rc -ne 0 ]; then echo "start failed; logs in $STATE; stopping what was started" >&2;
      KEEP_CLUSTER_STATE=1 "$HERE/stop.sh" "$STATE" >&2 || true; fi' EXIT

# --- the portal, published once -------------------------------------------------------------------------------------
if [ -z "$PUBLISH" ]; then
    PUBLISH="$STATE/publish"
    echo "publishing the portal (Release) into $PUBLISH"
    dotnet publish "$ROOT/src/PublicPortal.Web" -c Release -o "$PUBLISH" -nologo -v:q >"$STATE/publish.log" 2>&1 \
        || { tail -n 30 "$STATE/publish.log" >&2; exit 1; }
fi
PUBLISH=$(cd "$PUBLISH" && pwd)
[ -f "$PUBLISH/PublicPortal.Web.dll" ] || { echo "no PublicPortal.Web.dll in $PUBLISH" >&2; exit 1; }
record CLUSTER_PUBLISH "$PUBLISH"

# --- PostgreSQL: a throwaway cluster, as tests/run-all.sh makes one (fsync off: a demo, not a database to keep) --------
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL binaries not found under /usr/lib/postgresql" >&2; exit 1; }
PG_DIR="$STATE/pg"
mkdir -p "$PG_DIR"
PG_PASSWORD="portal-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
(umask 077; echo "$PG_PASSWORD" >"$PG_DIR/pwfile")
[ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$PG_DIR"
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 \
    >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; exit 1; }
rm -f "$PG_DIR/pwfile"
record PG_BIN "$PG_BIN"
record PG_DATA "$PG_DIR/data"
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
        -c max_connections=300" >/dev/null || { cat "$PG_DIR/server.log" >&2; exit 1; }
# The database exists before any node starts, as a DBA would create it (the nodes migrate it).
as_pg env PGPASSWORD="$PG_PASSWORD" "$PG_BIN/createdb" -w -h "$PG_DIR" -p "$PG_PORT" -U postgres portal || { echo "createdb failed" >&2; exit 1; }
PORTAL_DB="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=portal"
record PG_PORT "$PG_PORT"
record CLUSTER_POSTGRES "$PORTAL_DB"
echo "PostgreSQL on 127.0.0.1:$PG_PORT"

# --- Redis: no persistence, loopback only ----------------------------------------------------------------------------
mkdir -p "$STATE/redis"
setsid /usr/bin/redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$STATE/redis" \
    --daemonize no </dev/null >"$STATE/redis/redis.log" 2>&1 &
record REDIS_PID $!
record REDIS_PORT "$REDIS_PORT"
record CLUSTER_REDIS "127.0.0.1:$REDIS_PORT"
for _ in $(seq 1 50); do
    pong=$( { exec 4<>"/dev/tcp/127.0.0.1/$REDIS_PORT"; } 2>/dev/null && printf 'PING\r\n' >&4 && timeout 2 head -c 5 <&4) || true
    [ "$pong" = "+PONG" ] && break
    sleep 0.1
done
[ "$pong" = "+PONG" ] || { cat "$STATE/redis/redis.log" >&2; exit 1; }
echo "Redis on 127.0.0.1:$REDIS_PORT"

# --- the nodes: identical but for the port; node 1 first (it migrates the database), then the others -----------------
KEK=$(head -c 32 /dev/urandom | base64)
SMTP_HOST=${SMTP%%:*}
SMTP_PORT=${SMTP##*:}
[ -n "$SMTP" ] && [ "$SMTP_PORT" = "$SMTP" ] && SMTP_PORT=25
sample=false
[ "$SAMPLE_DATA" = yes ] && sample=true
start_node() { # start_node INDEX PORT
    local log="$STATE/node$1.log"
    (cd "$PUBLISH" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
        Database__Provider=Postgres Database__LoadSampleData="$sample" \
        ConnectionStrings__Portal="$PORTAL_DB" ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT" \
        KeyProtection__Secret="$KEK" ForwardedHeaders__KnownProxies__0=127.0.0.1 \
        Mail__Host="$SMTP_HOST" Mail__Port="${SMTP_PORT:-25}" \
        setsid dotnet "$PUBLISH/PublicPortal.Web.dll" --urls "http://127.0.0.1:$2") </dev/null >"$log" 2>&1 &
    record "NODE_$1_PID" $!
    record "NODE_$1_URL" "http://127.0.0.1:$2"
}
# Ready when /healthz says so (200), or, on a build without /healthz (404), when the home page answers 200.
wait_node() { # wait_node INDEX PORT PID
    local url="http://127.0.0.1:$2" code
    for _ in $(seq 1 240); do
        kill -0 "$3" 2>/dev/null || break
        code=$(status "$url/healthz")
        if [ "$code" = 200 ] || { [ "$code" = 404 ] && [ "$(status "$url/")" = 200 ]; }; then
            echo "node $1 ready on $url (/healthz $code)"; return 0
        fi
        sleep 0.5
    done
    echo "node $1 did not become ready; last lines of $STATE/node$1.log:" >&2
    tail -n 40 "$STATE/node$1.log" >&2
    return 1
}
node_pid() { sed -n "s/^NODE_$1_PID='\(.*\)'$/\1/p" "$ENV_FILE"; }
start_node 1 "${NODE_PORTS[0]}"
wait_node 1 "${NODE_PORTS[0]}" "$(node_pid 1)"
for i in $(seq 2 "$NODES"); do start_node "$i" "${NODE_PORTS[$((i - 1))]}"; done
for i in $(seq 2 "$NODES"); do wait_node "$i" "${NODE_PORTS[$((i - 1))]}" "$(node_pid "$i")"; done
record CLUSTER_NODES "$NODES"
record CLUSTER_KEK "$KEK"

# --- nginx in front ---------------------------------------------------------------------------------------------------
NGINX_DIR="$STATE/nginx"
mkdir -p "$NGINX_DIR"
servers=""
for port in "${NODE_PORTS[@]}"; do
    servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'
done
# As root the workers would switch to `nobody`, who cannot write the temp folders here: keep them as the current user.
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user $(id -un);"
awk -v servers="${servers%$'\n'}" -v state="$STATE" -v port="$NGINX_PORT" -v user="$user_line" \
    '{ gsub(/@STATE@/, state); gsub(/@PORT@/, port); gsub(/@USER@/, user); if ($0 ~ /@SERVERS@/) print servers; else print }' \
    "$HERE/nginx.conf" >"$NGINX_DIR/nginx.conf"
/usr/sbin/nginx -t -q -p "$NGINX_DIR" -e "$NGINX_DIR/error.log" -c "$NGINX_DIR/nginx.conf" \
    || { cat "$NGINX_DIR/error.log" >&2; exit 1; }
/usr/sbin/nginx -p "$NGINX_DIR" -e "$NGINX_DIR/error.log" -c "$NGINX_DIR/nginx.conf" </dev/null
for _ in $(seq 1 50); do [ -s "$NGINX_DIR/nginx.pid" ] && break; sleep 0.1; done
record NGINX_PID "$(cat "$NGINX_DIR/nginx.pid")"
record NGINX_PORT "$NGINX_PORT"
record CLUSTER_URL "http://127.0.0.1:$NGINX_PORT"
[ "$(status "http://127.0.0.1:$NGINX_PORT/")" = 200 ] || { echo "nginx does not answer 200 on /" >&2; exit 1; }

trap - EXIT
echo
echo "portal cluster: http://127.0.0.1:$NGINX_PORT/ (nginx) → ${NODES} node(s): $(printf 'http://127.0.0.1:%s/ ' "${NODE_PORTS[@]}")"
echo "stop it with: $HERE/stop.sh $STATE"
echo "env file: $ENV_FILE"
