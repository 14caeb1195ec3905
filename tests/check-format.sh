#!/usr/bin/env bash
# Checks the one formatting standard (.editorconfig at the repository root):
#   1. `dotnet format --verify-no-changes` has nothing to change: whitespace, using order, and every style rule the
#      .editorconfig sets to `warning` (analyzer rules too, which the build already enforces);
#   2. no line of C# under src/ or tests/ is longer than 140 characters (characters, not bytes: 中 counts as one).
#      EF Core's migrations (src/PublicPortal.Web/Data/Migrations) are generated and left out.
#   usage: tests/check-format.sh            (from anywhere; needs a restored solution: run a build first, or pass --restore)
# Prints one "ok <check>" or "FAIL <check>" line per check (tests/run-all.sh counts them), with what to fix above a FAIL;
# exits non-zero when either check fails. Fix the first with `dotnet format PublicPortal.sln`; wrap long lines by hand.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
MAX=140
restore=(--no-restore)
[ "${1:-}" = --restore ] && restore=()
failures=0

# 1. dotnet format. Its messages name absolute paths and one line per finding; show them relative, without the project.
log=$(mktemp /tmp/portal-format.XXXXXX.log)
t0=$SECONDS
if dotnet format PublicPortal.sln --verify-no-changes "${restore[@]}" -v:q >"$log" 2>&1; then
    echo "ok dotnet format --verify-no-changes ($((SECONDS - t0))s)"
else
    findings=$(grep -E ': (error|warning) ' "$log" | sed -e "s|^$ROOT/||" -e 's| \[[^]]*\]$||' | sort -u)
    if [ -n "$findings" ]; then
        echo "$findings" | head -n 100
        echo "($(wc -l <<<"$findings") findings.) Fix them with:  dotnet format PublicPortal.sln"
    else
        tail -n 40 "$log" # not a finding: dotnet format itself failed (restore, project load)
    fi
    echo "FAIL dotnet format --verify-no-changes ($((SECONDS - t0))s)"
    failures=$((failures + 1))
fi
rm -f "$log"

# 2. Line length. grep and bash count characters only in a UTF-8 locale; C.UTF-8 exists on every glibc system.
export LC_ALL=C.UTF-8
long=$(grep -rnE --include='*.cs' --exclude-dir=bin --exclude-dir=obj --exclude-dir=node_modules \
    "^.{$((MAX + 1)),}" src tests | grep -v '^src/PublicPortal.Web/Data/Migrations/' | sort -t: -k1,1 -k2,2n)
if [ -z "$long" ]; then
    echo "ok no C# line longer than $MAX characters"
else
    # file:line: (N characters) and the line's start, enough to find it. ${#text} counts characters in a UTF-8 locale.
    while IFS= read -r hit; do
        where=${hit%%:*}; rest=${hit#*:}; where="$where:${rest%%:*}"; text=${rest#*:}
        echo "$where: (${#text} characters) ${text:0:60}…"
    done <<<"$long" | head -n 200
    echo "($(wc -l <<<"$long") lines.) Wrap them at $MAX characters (.editorconfig max_line_length): break argument lists,"
    echo "chained calls and long interpolations; dotnet format does not wrap lines."
    echo "FAIL no C# line longer than $MAX characters"
    failures=$((failures + 1))
fi

[ "$failures" -eq 0 ]
