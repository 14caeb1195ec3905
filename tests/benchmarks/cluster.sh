#!/usr/bin/env bash
# Benchmark, not a test (figures are reported, never asserted). Runs the portal as one node and as two nodes behind
# nginx, on PostgreSQL and Redis (deploy/cluster/start.sh, fresh for each), and prints side by side:
#   - cached public pages through nginx: requests/s with wrk (-t2 -c32) on / and /lists/phase-out (output cache in Redis);
#   - tip-off intake on PostgreSQL: tip-offs/s as browsers file them (form GET, proof of work, multipart POST with a
#     ~200 KB 1024×768 JPEG, tests/benchmarks/ClusterLoad.cs), and once without a photo; "lost" = receipts shown whose
#     row is not in the database (0 expected) — every filing without a receipt is listed with its status.
# Everything (wrk, the load generator, nginx, PostgreSQL, Redis, the nodes) shares this machine's cores: the figures are
# for comparing the two shapes on one machine, not a capacity plan. The proof of work is set to 1 bit: the server checks
# one hash whatever the difficulty, and the client's solving is not what is measured. The rate limits are lifted.
#   usage: tests/benchmarks/cluster.sh [--publish DIR]      (TIPS=400 WORKERS=16 DURATION=10s BASE_PORT=57040)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TIPS=${TIPS:-400}
WORKERS=${WORKERS:-16}
DURATION=${DURATION:-10s}
BASE_PORT=${BASE_PORT:-57040}
SCRATCH=$(mktemp -d /tmp/portal-cluster-bench.XXXXXX)
chmod 755 "$SCRATCH"
STATE=""
trap '[ -n "$STATE" ] && [ -d "$STATE" ] && "$ROOT/deploy/cluster/stop.sh" "$STATE" >/dev/null; rm -rf "$SCRATCH"' EXIT
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

PUBLISH=""
[ "${1:-}" = --publish ] && PUBLISH=$(cd "$2" && pwd)
if [ -z "$PUBLISH" ]; then
    echo "== publishing the portal (Release)"
    PUBLISH="$SCRATCH/publish"
    dotnet publish "$ROOT/src/PublicPortal.Web" -c Release -o "$PUBLISH" -nologo -v:q >/dev/null
fi
LOAD=(dotnet run "$ROOT/tests/benchmarks/ClusterLoad.cs" --)
"${LOAD[@]}" photo "$SCRATCH/photo.jpg"

declare -A RESULT
measure() { # measure NODES
    local nodes=$1
    STATE="$SCRATCH/cluster-$nodes"
    echo
    echo "== $nodes node(s) behind nginx"
    HumanCheck__ProofOfWorkBits=1 RateLimit__PostsPerMinute=10000000 RateLimit__LookupsPerMinute=10000000 \
    Logging__LogLevel__Default=Warning \
        "$ROOT/deploy/cluster/start.sh" --nodes "$nodes" --base-port "$BASE_PORT" --publish "$PUBLISH" --state "$STATE" \
        --sample-data yes | grep -E '^(portal cluster|node)'
    # shellcheck disable=SC1091
    source "$STATE/cluster.env"
    for path in / /lists/phase-out; do
        for _ in 1 2 3; do curl -fs -o /dev/null "$CLUSTER_URL$path"; done # fill the cache
        local rps
        rps=$(wrk -t2 -c32 -d"$DURATION" "$CLUSTER_URL$path" | tee "$SCRATCH/wrk.txt" | awk '/Requests\/sec/ {print $2}')
        grep -E "Latency|Non-2xx|Socket errors" "$SCRATCH/wrk.txt" | sed 's/^/   /' || true
        echo "   GET $path: $rps requests/s"
        RESULT["$nodes $path"]=$rps
    done
    local password=${CLUSTER_POSTGRES#*Password=}
    password=${password%%;*}
    for photo in "$SCRATCH/photo.jpg" none; do
        local line lost
        line=$("${LOAD[@]}" tips "$CLUSTER_URL" "$TIPS" "$WORKERS" "$photo" "$SCRATCH/receipts.txt")
        sed 's/^/   /' <<<"$line"
        # Every receipt shown must have its row.
        local list found
        list=$(sed "s/.*/'&'/" "$SCRATCH/receipts.txt" | paste -sd, -)
        found=$(PGPASSWORD=$password "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d portal -Atc \
            "SELECT count(*) FROM \"Tips\" WHERE \"TrackingNumber\" IN (${list:-''})")
        lost=$(( $(wc -l <"$SCRATCH/receipts.txt") - found ))
        echo "   lost (receipt shown, no row): $lost"
        RESULT["$nodes $photo"]="$(grep -o '[0-9.]* tip-offs/s' <<<"$line" | head -n 1), lost $lost"
    done
    "$ROOT/deploy/cluster/stop.sh" "$STATE" >/dev/null
    STATE=""
}

measure 1
measure 2

echo
echo "== summary ($(nproc) cores, load average at the start: $LOAD_BEFORE)"
printf '%-52s %-26s %-26s\n' "" "1 node + nginx" "2 nodes + nginx"
printf '%-52s %-26s %-26s\n' "cached GET / (requests/s)" "${RESULT["1 /"]}" "${RESULT["2 /"]}"
printf '%-52s %-26s %-26s\n' "cached GET /lists/phase-out (requests/s)" "${RESULT["1 /lists/phase-out"]}" \
    "${RESULT["2 /lists/phase-out"]}"
printf '%-52s %-26s %-26s\n' "tip-offs with a ~200 KB photo (PostgreSQL)" "${RESULT["1 $SCRATCH/photo.jpg"]}" \
    "${RESULT["2 $SCRATCH/photo.jpg"]}"
printf '%-52s %-26s %-26s\n' "tip-offs without a photo (PostgreSQL)" "${RESULT["1 none"]}" "${RESULT["2 none"]}"
