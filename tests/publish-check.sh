#!/usr/bin/env bash
# Proves the published app is self-contained: `dotnet publish` output carries content/, wwwroot/ and our web.config, and
# `dotnet PublicPortal.Web.dll` started from / (not the repository) serves the home page and the stylesheet.
#   usage: tests/publish-check.sh [Configuration=Release] [output folder=a new temp folder]
# Prints one "ok <check>" or "FAIL <check>" line per check (tests/run-all.sh counts them); exits non-zero on any FAIL.
# PUBLISH_NO_BUILD=1 reuses an existing build of that configuration (run-all.sh builds first).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CONFIGURATION=${1:-Release}
OUT=${2:-$(mktemp -d /tmp/portal-publish.XXXXXX)/publish}
failures=0
check() { # check NAME COMMAND...
    local name=$1; shift
    if "$@"; then echo "ok $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

rm -rf "$OUT"
mkdir -p "$(dirname "$OUT")"
no_build=()
[ "${PUBLISH_NO_BUILD:-0}" = 1 ] && no_build=(--no-build)
if ! dotnet publish "$ROOT/src/PublicPortal.Web" -c "$CONFIGURATION" -o "$OUT" "${no_build[@]}" -nologo -v:q >"$OUT.publish.log" 2>&1; then
    cat "$OUT.publish.log"
    echo "FAIL dotnet publish"
    exit 1
fi
echo "ok dotnet publish"

check "publish output has content/policies/" test -d "$OUT/content/policies"
check "publish output has content/reference/" test -f "$OUT/content/reference/jurisdictions.yaml"
check "publish output has wwwroot/css/site.css" test -f "$OUT/wwwroot/css/site.css"
check "published web.config is the repository's" cmp -s "$ROOT/web.config" "$OUT/web.config"

port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
# Production (no environment variable), default SQLite database in App_Data beside the dll, started from /.
(cd / && exec env -u ASPNETCORE_ENVIRONMENT -u DOTNET_ENVIRONMENT -u PORTAL_TEST_POSTGRES \
    dotnet "$OUT/PublicPortal.Web.dll" --urls "http://127.0.0.1:$port") >"$OUT.app.log" 2>&1 &
app_pid=$!
trap 'kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null' EXIT

status() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$port$1"; }
ready=0
for _ in $(seq 1 120); do
    kill -0 "$app_pid" 2>/dev/null || break
    [ "$(status /)" = 200 ] && { ready=1; break; }
    sleep 0.5
done
if [ "$ready" = 0 ]; then tail -n 40 "$OUT.app.log"; fi
check "GET / from the published app answers 200" test "$(status /)" = 200
check "GET /css/site.css from the published app answers 200" test "$(status /css/site.css)" = 200
check "GET /no-such-page from the published app answers 404" test "$(status /no-such-page)" = 404

[ "$failures" -eq 0 ]
