#!/usr/bin/env bash
# Probe benchmark: 20 targets — live PostgreSQL and Redis, refused ports and silent servers (they
# accept and never answer) — probed by one `envcheck-probe` run. Prints the run's wall time next
# to the deadline, the slowest single probe and the sum of all probes: concurrent probing costs
# about the slowest probe (the deadline, with silent servers), never the sum.
#
#   bash scripts/bench-probe.sh            # RUNS (default 5), TIMEOUT (default 1s)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-5}"
TIMEOUT="${TIMEOUT:-1s}"
log() { printf '==> %s\n' "$*" >&2; }

log "building envcheck-probe (release)"
(cd "$ROOT/runtime" && swift build -c release --product envcheck-probe >&2)
PROBE="$(cd "$ROOT/runtime" && swift build -c release --show-bin-path)/envcheck-probe"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/envcheck-probe-bench.XXXXXX")"
cleanup() {
    [ -n "${SILENT_PID:-}" ] && kill "$SILENT_PID" 2>/dev/null || true
    bash "$ROOT/scripts/services/postgres.sh" stop "$WORK" 2>/dev/null || true
    bash "$ROOT/scripts/services/redis.sh" stop "$WORK" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
log "starting PostgreSQL and Redis in $WORK"
bash "$ROOT/scripts/services/postgres.sh" start "$WORK"
bash "$ROOT/scripts/services/redis.sh" start "$WORK"
PG_PORT="$(cat "$WORK/postgres/port")"; PG_PASSWORD="$(cat "$WORK/postgres/password")"
REDIS_PORT="$(cat "$WORK/redis/port")"; REDIS_PASSWORD="$(cat "$WORK/redis/password")"

# 4 silent servers, held open by a background process until the script ends; 4 refused ports.
mkfifo "$WORK/hold"
python3 "$ROOT/scripts/bench/silent-listeners.py" 4 < "$WORK/hold" > "$WORK/silent-ports" &
SILENT_PID=$!
exec 3> "$WORK/hold"
for _ in $(seq 1 50); do [ "$(wc -l < "$WORK/silent-ports")" -ge 4 ] && break; sleep 0.1; done
mapfile -t SILENT < "$WORK/silent-ports"
REFUSED=()
for _ in 1 2 3 4; do
    REFUSED+=("$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')")
done

# The project: 20 URL variables in a schema, their values in .env — 6 live PostgreSQL, 6 live
# Redis, 4 refused, 4 silent.
TARGETS=()
for _ in 1 2 3 4 5 6; do TARGETS+=("postgres://envcheck:$PG_PASSWORD@127.0.0.1:$PG_PORT/envcheck"); done
for _ in 1 2 3 4 5 6; do TARGETS+=("redis://:$REDIS_PASSWORD@127.0.0.1:$REDIS_PORT/0"); done
TARGETS+=("postgres://u:p@127.0.0.1:${REFUSED[0]}/db" "postgres://u:p@127.0.0.1:${REFUSED[1]}/db"
          "redis://127.0.0.1:${REFUSED[2]}/0" "redis://127.0.0.1:${REFUSED[3]}/0")
TARGETS+=("postgres://u:p@127.0.0.1:${SILENT[0]}/db?sslmode=disable" "postgres://u:p@127.0.0.1:${SILENT[1]}/db"
          "redis://127.0.0.1:${SILENT[2]}/0" "redis://127.0.0.1:${SILENT[3]}/0")
mkdir -p "$WORK/project/schemas"
: > "$WORK/project/.env"
echo "variables:" > "$WORK/project/schemas/bench.env.yaml"
for i in "${!TARGETS[@]}"; do
    name="$(printf 'TARGET_%02d' "$((i + 1))")"
    case "${TARGETS[$i]}" in postgres*) type=postgres-url ;; *) type=redis-url ;; esac
    printf '  %s:\n    type: %s\n' "$name" "$type" >> "$WORK/project/schemas/bench.env.yaml"
    echo "$name=${TARGETS[$i]}" >> "$WORK/project/.env"
done

log "probing 20 targets, deadline $TIMEOUT, $RUNS runs"
for run in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    "$PROBE" "$WORK/project" --timeout "$TIMEOUT" --quiet > /dev/null 2> "$WORK/summary" || true
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 )) $(grep -o 'probes in.*' "$WORK/summary")"
done > "$WORK/runs"
python3 - "$WORK/runs" "$TIMEOUT" <<'PY'
import re, statistics, sys
def ms(text):
    number, unit = text.split()
    return float(number) * (1000 if unit == "s" else 1)
rows = []
for line in open(sys.argv[1]):
    wall = float(line.split()[0])
    slowest = ms(re.search(r"slowest ([\d.]+ m?s)", line).group(1))
    total = ms(re.search(r"all together ([\d.]+ m?s)", line).group(1))
    counts = re.search(r"(\d+) up, (\d+) degraded, (\d+) down", line).groups()
    rows.append((wall, slowest, total, counts))
text = sys.argv[2]
deadline = float(text[:-2]) if text.endswith("ms") else float(text.rstrip("s")) * 1000
wall = statistics.median(r[0] for r in rows)
slowest = statistics.median(r[1] for r in rows)
total = statistics.median(r[2] for r in rows)
up, degraded, down = rows[0][3]
print(f"targets: 20 ({up} up, {int(degraded) + int(down)} failed: refused and silent)")
print(f"deadline (--timeout):            {deadline:8.0f} ms")
print(f"envcheck probe, whole process:   {wall:8.0f} ms   (median of {len(rows)}; {wall / deadline:.2f}x the deadline)")
print(f"slowest single probe:            {slowest:8.0f} ms")
print(f"sum of all probes:               {total:8.0f} ms   ({total / wall:.1f}x the wall time)")
PY
