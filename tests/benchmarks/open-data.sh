#!/usr/bin/env bash
# Benchmark, not a test (speed is measured here, never asserted in the suite). Builds a SQLite database with ROWS
# published phase-out entries (default 1,000,000), runs the portal in Release/Production on it and reports:
#   - the whole register as one CSV download: seconds, bytes, rows, and the server's resident memory before and after;
#   - requests/s (wrk, if installed: apt-get install -y wrk) for a feed, a deep list page and a filtered JSON download.
# Usage: tests/benchmarks/open-data.sh [ROWS]        Results go to stdout; the scratch folder is removed afterwards
# (KEEP_DB=/path/portal.db keeps the generated database there, for looking at query plans with sqlite3).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROWS="${1:-1000000}"
PORT="${PORT:-5199}"
SCRATCH="$(mktemp -d)"
DB="$SCRATCH/portal.db"
URL="http://127.0.0.1:$PORT"
trap 'kill "$APP" 2>/dev/null || true; [ -z "${KEEP_DB:-}" ] || mv "$DB" "$KEEP_DB"; rm -rf "$SCRATCH"' EXIT

cd "$ROOT"
dotnet build -c Release src/PublicPortal.Web -v q -nologo >/dev/null

start_app() {
    ASPNETCORE_ENVIRONMENT=Production Database__LoadSampleData=false Site__CacheSeconds="${CACHE_SECONDS:-0}" \
    ConnectionStrings__Portal="Data Source=$DB" \
        dotnet run -c Release --no-build --no-launch-profile --project src/PublicPortal.Web -- --urls "$URL" >"$SCRATCH/app.log" 2>&1 &
    APP=$!
    for _ in $(seq 1 120); do curl -fs -o /dev/null "$URL/" && return; sleep 0.5; done
    echo "the portal did not start; log:" >&2; cat "$SCRATCH/app.log" >&2; exit 1
}
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$(pgrep -f "urls $URL" | head -1)/status"; }
hwm_kb() { awk '/^VmHWM/ {print $2}' "/proc/$(pgrep -f "urls $URL" | head -1)/status"; }

echo "== creating the schema and reference data"
start_app; kill "$APP"; wait "$APP" 2>/dev/null || true

echo "== inserting $ROWS phase-out entries (1 enterprise per 10 rows) with sqlite3"
SECONDS=0
sqlite3 "$DB" >/dev/null <<SQL
PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $ROWS / 10 + 1)
INSERT INTO Enterprises (CreditCode, Name, JurisdictionId, IsSample)
SELECT printf('91440304BENCH%05d', i), printf('基准测试第%d号钢铁有限公司', i),
       (SELECT Id FROM Jurisdictions WHERE Code = '440304'), 0 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $ROWS)
INSERT INTO PhaseOutEntries (Equipment, Capacity, CapacityUnit, Measure, CompletedOn, Status, EnterpriseId, JurisdictionId,
    CityId, IndustryId, AspectId, DepartmentId, Year, PublishedAt, UpdatedAt, IsSample, State)
SELECT printf('%d立方米炼铁高炉，含"引号"和逗号', 300 + i % 500), (i % 997) / 10.0, '万吨/年', 'Dismantled',
       printf('%d-05-20', 2015 + i % 10), 'Completed',
       (SELECT MIN(Id) FROM Enterprises) + (i - 1) / 10,
       (SELECT Id FROM Jurisdictions WHERE Code = '440304'), (SELECT Id FROM Jurisdictions WHERE Code = '440300'),
       (SELECT Id FROM Industries WHERE Code = 'steel'), (SELECT Id FROM Aspects WHERE Code = 'energy'),
       (SELECT Id FROM Departments WHERE Code = '440300-gxj'), 2015 + i % 10,
       printf('%d-06-01 00:00:%02d', 2015 + i % 10, i % 60), printf('%d-06-01 00:00:%02d', 2015 + i % 10, i % 60), 0, 'Published'
FROM n;
COMMIT;
ANALYZE;
SQL
echo "inserted in $SECONDS s, database $(du -h "$DB" | cut -f1)"

start_app
echo "== whole register as CSV ($URL/data/phase-out.csv)"
echo "server RSS before: $(( $(rss_kb) / 1024 )) MiB"
curl -fs -o "$SCRATCH/all.csv" -w 'downloaded %{size_download} bytes in %{time_total} s (first byte after %{time_starttransfer} s)\n' "$URL/data/phase-out.csv"
echo "rows (incl. header): $(wc -l < "$SCRATCH/all.csv")"
echo "server RSS after: $(( $(rss_kb) / 1024 )) MiB, peak (VmHWM): $(( $(hwm_kb) / 1024 )) MiB"

if command -v wrk >/dev/null; then
    for path in "/feeds/all.atom" "/feeds/jurisdictions/440304.atom" "/lists/phase-out?page=2000" "/data/phase-out/2020.json?county=440304&q=%E7%AC%AC77%E5%8F%B7"; do
        echo "== wrk -t2 -c16 -d10s $path (output cache off)"
        wrk -t2 -c16 -d10s "$URL$path" | grep -E "Requests/sec|Latency|Non-2xx" || true
    done
else
    echo "(wrk not installed: apt-get install -y wrk for the request-rate part)"
fi
