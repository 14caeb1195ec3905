#!/usr/bin/env bash
# The one test command: installs what the tests need (only when missing), starts a throwaway PostgreSQL cluster, Redis
# and an SMTP sink, builds once, checks the formatting (tests/check-format.sh), and runs unit tests and integration tests
# on SQLite with the machine clock moved to China's midnight on New Year's Day (libfaketime), integration tests on
# PostgreSQL, browser tests, the cluster test and the publish check. Ends with one line "N passed, M failed" (summed
# over every run); exits non-zero when anything failed. CI runs it through .ci/run.
#   usage: tests/run-all.sh            (from anywhere; about 15 minutes on 2 cores once packages are installed)
# Environment: CONFIGURATION (default Release), KEEP_TEST_TEMP=1 to keep the scratch folder (logs, TRX files).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
CONFIGURATION=${CONFIGURATION:-Release}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

PASSED=0
FAILED=0
STATUS=0
STAGES=()
SCRATCH=""
PG_DATA=""
PG_BIN=""
SMTP_PID=""
REDIS_PID=""
SUMMARY_PRINTED=0

log() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
# initdb refuses to run as root: as root, run PostgreSQL as the postgres user; otherwise as ourselves.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

stage_start() { STAGE_NAME=$1; STAGE_T0=$SECONDS; log "$1"; }
stage_end() { STAGES+=("$(printf '%-38s %4ss  %s' "$STAGE_NAME" $((SECONDS - STAGE_T0)) "$1")"); }

cleanup() {
    if [ -n "$REDIS_PID" ] && kill -0 "$REDIS_PID" 2>/dev/null; then
        kill "$REDIS_PID" 2>/dev/null; wait "$REDIS_PID" 2>/dev/null
    fi
    if [ -n "$SMTP_PID" ] && kill -0 "$SMTP_PID" 2>/dev/null; then
        kill "$SMTP_PID" 2>/dev/null; wait "$SMTP_PID" 2>/dev/null
    fi
    if [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1
    fi
    if [ -n "$SCRATCH" ] && [ -d "$SCRATCH" ]; then
        if [ "${KEEP_TEST_TEMP:-0}" = 1 ]; then echo "scratch kept: $SCRATCH"; else rm -rf "$SCRATCH"; fi
    fi
}

summary() {
    [ "$SUMMARY_PRINTED" = 1 ] && return
    SUMMARY_PRINTED=1
    cleanup
    echo
    echo "Stage timings (total $((SECONDS))s):"
    for line in "${STAGES[@]}"; do echo "  $line"; done
    echo "$PASSED passed, $FAILED failed"
}
on_exit() {
    local rc=$?
    [ "$rc" -ne 0 ] && [ "$STATUS" -eq 0 ] && STATUS=$rc && [ "$FAILED" -eq 0 ] && FAILED=1
    summary
    exit "$STATUS"
}
trap on_exit EXIT
trap 'echo "interrupted"; STATUS=130; exit 130' INT TERM

fail_setup() { echo "SETUP FAILED: $*" >&2; STATUS=1; FAILED=$((FAILED + 1)); stage_end "FAILED"; exit 1; }

# ---------------------------------------------------------------------------------------------------------------------
stage_start "system packages"
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for pkg in chromium fonts-wqy-microhei postgresql python3-aiosmtpd faketime redis-server nginx; do installed "$pkg" || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    APT_LOG=$(mktemp /tmp/portal-apt.XXXXXX.log)
    { as_root apt-get update && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; } \
        >"$APT_LOG" 2>&1 || { tail -n 40 "$APT_LOG"; fail_setup "apt-get install ${missing[*]} (log: $APT_LOG)"; }
    rm -f "$APT_LOG"
else
    echo "all present"
fi
[ -x /usr/bin/chromium ] || fail_setup "/usr/bin/chromium not found"
[ -x /usr/bin/redis-server ] || fail_setup "/usr/bin/redis-server not found"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$PG_BIN/initdb" ] || fail_setup "PostgreSQL binaries not found under /usr/lib/postgresql"
stage_end "ok"

# ---------------------------------------------------------------------------------------------------------------------
stage_start "axe-core (npm)"
BROWSER_DIR="$ROOT/tests/PublicPortal.BrowserTests"
if [ -f "$BROWSER_DIR/node_modules/axe-core/axe.min.js" ] && [ "$BROWSER_DIR/node_modules/.package-lock.json" -nt "$BROWSER_DIR/package-lock.json" ]; then
    echo "node_modules up to date"
else
    (cd "$BROWSER_DIR" && npm ci --no-audit --no-fund --loglevel=error) || fail_setup "npm ci in $BROWSER_DIR"
fi
stage_end "ok"

# ---------------------------------------------------------------------------------------------------------------------
stage_start "services (PostgreSQL, Redis, SMTP)"
SCRATCH=$(mktemp -d /tmp/portal-tests.XXXXXX)
chmod 755 "$SCRATCH"
PG_DIR="$SCRATCH/pg"
mkdir -p "$PG_DIR"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_DIR"
PG_PASSWORD="portal-$RANDOM$RANDOM"
(umask 077; echo "$PG_PASSWORD" > "$PG_DIR/pwfile")
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_DIR/pwfile"
PG_DATA="$PG_DIR/data"
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$PG_DIR/pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 \
    >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; fail_setup "initdb"; }
PG_PORT=$(free_port)
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DIR/server.log" -w -t 30 start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    >/dev/null || { cat "$PG_DIR/server.log"; fail_setup "pg_ctl start"; }
export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=postgres"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"

# Redis for the tests of the shared (several-node) configuration: no persistence, loopback only, no password.
REDIS_PORT=$(free_port)
mkdir -p "$SCRATCH/redis"
/usr/bin/redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$SCRATCH/redis" \
    --daemonize no >"$SCRATCH/redis.log" 2>&1 &
REDIS_PID=$!
redis_ready=0
for _ in $(seq 1 50); do
    if pong=$( { exec 4<>"/dev/tcp/127.0.0.1/$REDIS_PORT"; } 2>/dev/null && printf 'PING\r\n' >&4 && timeout 2 head -c 5 <&4) \
        && [ "$pong" = "+PONG" ]; then redis_ready=1; break; fi
    kill -0 "$REDIS_PID" 2>/dev/null || break
    sleep 0.1
done
[ "$redis_ready" = 1 ] || { cat "$SCRATCH/redis.log"; fail_setup "redis-server did not answer on port $REDIS_PORT"; }
export PORTAL_TEST_REDIS="127.0.0.1:$REDIS_PORT"
echo "Redis $(/usr/bin/redis-server --version | awk '{print $3}') on 127.0.0.1:$REDIS_PORT"

SMTP_PORT=$(free_port)
export PORTAL_TEST_SMTP_HOST=127.0.0.1 PORTAL_TEST_SMTP_PORT=$SMTP_PORT PORTAL_TEST_SMTP_MAILDIR="$SCRATCH/maildir"
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$PORTAL_TEST_SMTP_MAILDIR" \
    >"$SCRATCH/smtp.log" 2>&1 &
SMTP_PID=$!
smtp_ready=0
for _ in $(seq 1 50); do
    if banner=$( { exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT"; } 2>/dev/null && timeout 2 head -c 3 <&3) && [ "$banner" = 220 ]; then
        smtp_ready=1; break
    fi
    kill -0 "$SMTP_PID" 2>/dev/null || break
    sleep 0.1
done
[ "$smtp_ready" = 1 ] || { cat "$SCRATCH/smtp.log"; fail_setup "aiosmtpd did not answer on port $SMTP_PORT"; }
echo "SMTP sink on 127.0.0.1:$SMTP_PORT, Maildir $PORTAL_TEST_SMTP_MAILDIR"
stage_end "ok"

# ---------------------------------------------------------------------------------------------------------------------
stage_start "build ($CONFIGURATION)"
if dotnet build PublicPortal.sln -c "$CONFIGURATION" -nologo -v:q; then
    stage_end "ok"
else
    STATUS=1; FAILED=$((FAILED + 1)); stage_end "FAILED"; exit 1
fi

# ---------------------------------------------------------------------------------------------------------------------
# The formatting standard (.editorconfig): dotnet format has nothing to change and no C# line passes 140 characters.
# A failure fails the run but does not stop it: the tests still say whether the code works.
stage_start "format check"
format_out=$("$ROOT/tests/check-format.sh" 2>&1)
format_rc=$?
echo "$format_out"
p=$(grep -c '^ok ' <<<"$format_out"); f=$(grep -c '^FAIL ' <<<"$format_out")
if [ "$format_rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
[ "$f" -gt 0 ] && STATUS=1
stage_end "$p passed, $f failed"

# ---------------------------------------------------------------------------------------------------------------------
RESULTS="$SCRATCH/results"
# run_tests NAME PROJECT [extra dotnet test args…]: runs one test project, counts its TRX totals into PASSED/FAILED.
# WRAP (an array, empty by default) is put in front of `dotnet test`, e.g. to run it under faketime.
WRAP=()
run_tests() {
    local name=$1 project=$2; shift 2
    local trx="$RESULTS/${name//[^A-Za-z0-9() -]/_}.trx"
    stage_start "$name"
    "${WRAP[@]}" dotnet test "$project" -c "$CONFIGURATION" --no-build --nologo \
        --logger "trx;LogFileName=$trx" --logger "console;verbosity=normal" "$@" >"$SCRATCH/$name.log" 2>&1
    local rc=$?
    # The console log is long (one line per test): show each failure's message (no stack trace), build errors, and the
    # runner's own totals.
    awk '/^  (Failed|Skipped) /{p=1} /^  Stack Trace:/{p=0} p; / error |^Total tests|^ +(Passed|Failed|Skipped): /' \
        "$SCRATCH/$name.log" | head -n 300
    local passed=0 failed=0 total=0 notrun=0
    if [ -f "$trx" ]; then
        local counters
        counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
        total=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
        passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
        failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
        notrun=$(( total - passed - failed ))
    fi
    local note="$passed passed, $failed failed"
    if [ ! -f "$trx" ] || [ "${total:-0}" -eq 0 ]; then
        note="no test results (runner exit $rc)"; failed=$((failed + 1))
        tail -n 40 "$SCRATCH/$name.log"
    elif [ "$notrun" -gt 0 ]; then
        # Skipped or not executed tests count as failures: a test that does not run proves nothing.
        note="$note, $notrun not run"; failed=$((failed + notrun))
    elif [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
        note="$note, runner exit $rc"; failed=1
    fi
    PASSED=$((PASSED + passed)); FAILED=$((FAILED + failed))
    [ "$failed" -gt 0 ] && STATUS=1
    stage_end "$note"
}
mkdir -p "$RESULTS"

run_tests "unit tests" tests/PublicPortal.Tests
PORTAL_TEST_POSTGRES_SAVED=$PORTAL_TEST_POSTGRES
unset PORTAL_TEST_POSTGRES
# The SQLite run happens with the machine's clock at 2026-12-31 16:10 UTC: 00:10 on New Year's Day in China, where UTC
# and China disagree about the day, the month and the year. Tests read the portal's FakeTimeProvider, so they must not
# notice; a test that does depends on the machine clock and would fail CI eight hours a day. The PostgreSQL run below
# runs the same tests on the real clock, so both clocks are covered without running everything three times.
# FAKETIME_AT picks another instant.
FAKETIME_AT=${FAKETIME_AT:-2026-12-31 16:10:00}
WRAP=(env TZ=UTC faketime "$FAKETIME_AT")
run_tests "unit tests at $FAKETIME_AT UTC" tests/PublicPortal.Tests
run_tests "integration tests (SQLite) at $FAKETIME_AT UTC" tests/PublicPortal.IntegrationTests
WRAP=()
export PORTAL_TEST_POSTGRES=$PORTAL_TEST_POSTGRES_SAVED
run_tests "integration tests (PostgreSQL)" tests/PublicPortal.IntegrationTests
unset PORTAL_TEST_POSTGRES
run_tests "browser tests (Chromium)" tests/PublicPortal.BrowserTests

# ---------------------------------------------------------------------------------------------------------------------
stage_start "publish check"
publish_out=$(PUBLISH_NO_BUILD=1 "$ROOT/tests/publish-check.sh" "$CONFIGURATION" "$SCRATCH/publish" 2>&1)
publish_rc=$?
echo "$publish_out"
p=$(grep -c '^ok ' <<<"$publish_out"); f=$(grep -c '^FAIL ' <<<"$publish_out")
if [ "$publish_rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
[ "$f" -gt 0 ] && STATUS=1
stage_end "$p passed, $f failed"

# ---------------------------------------------------------------------------------------------------------------------
# The cluster test (issue 14): deploy/cluster/start.sh runs the publish check's output as two nodes on their own
# PostgreSQL and Redis behind nginx (tests/PublicPortal.ClusterTests). Its ports are 12 in a row: take the first free block.
cluster_base=""
for base in 57000 57200 57400 57600 57800 58000; do
    used=0
    for port in $(seq "$base" $((base + 11))); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { used=1; break; }; done
    [ "$used" = 0 ] && { cluster_base=$base; break; }
done
cluster_publish=""
[ -f "$SCRATCH/publish/PublicPortal.Web.dll" ] && cluster_publish="$SCRATCH/publish"
# Its state folder (logs of both nodes and nginx) goes into the scratch folder, kept with KEEP_TEST_TEMP=1.
WRAP=(env TMPDIR="$SCRATCH" KEEP_CLUSTER_STATE="${KEEP_TEST_TEMP:-0}" PORTAL_CLUSTER_PUBLISH="$cluster_publish"
    PORTAL_CLUSTER_BASE_PORT="${cluster_base:-57000}")
run_tests "cluster test" tests/PublicPortal.ClusterTests
WRAP=()

exit "$STATUS"
