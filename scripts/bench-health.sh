#!/usr/bin/env bash
# Load test of envcheck-health on loopback with wrk (Debian's package): /healthz and /readyz next
# to nginx serving a static 200 and a bare Hummingbird route (no middleware), same machine,
# same run; then a soak of /healthz + /readyz with the server's memory sampled.
#
#   bash scripts/bench-health.sh
#
# Goals (issue 6): /healthz >= 80% of the bare route, /readyz >= 80% of /healthz, zero errors,
# memory flat over the soak. Exits 1 when a goal is missed.
# Environment: DURATION (seconds per wrk run, default 10), ROUNDS (runs per target, in rotated
# order, the best one counts; default 2), SOAK (default 60), CONNECTIONS (default 64), THREADS
# (wrk threads, default 2), KEEP=1 keeps the temp dir. On a shared machine other load moves the
# figures between runs: compare ratios from one run, not absolutes across runs.
# Starts a throwaway PostgreSQL and Redis (scripts/services) so /readyz is really ready.
# Everything listens on 127.0.0.1 only; nginx's config, pid and logs live in the temp dir.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${DURATION:-10}"; ROUNDS="${ROUNDS:-2}"; SOAK="${SOAK:-60}"; CONNECTIONS="${CONNECTIONS:-64}"; THREADS="${THREADS:-2}"
log() { printf '==> %s\n' "$*" >&2; }
for tool in wrk nginx; do
    command -v "$tool" >/dev/null || { echo "bench-health: $tool is missing (apt-get install -y wrk nginx)" >&2; exit 2; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/envcheck-bench-health.XXXXXX")"
chmod 755 "$WORK"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    bash "$ROOT/scripts/services/redis.sh" stop "$WORK" >/dev/null 2>&1 || true
    bash "$ROOT/scripts/services/postgres.sh" stop "$WORK" >/dev/null 2>&1 || true
    if [ "${KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 100); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.1; done; echo "bench-health: $1 never answered" >&2; exit 2; }

log "building envcheck-health (release)"
(cd "$ROOT/runtime" && swift build -c release --product envcheck-health >&2)
BIN="$(cd "$ROOT/runtime" && swift build -c release --show-bin-path)/envcheck-health"

log "starting PostgreSQL and Redis"
bash "$ROOT/scripts/services/postgres.sh" start "$WORK" >&2
bash "$ROOT/scripts/services/redis.sh" start "$WORK" >&2

# The health server's project: the repository's schema and a .env with the test services.
HEALTH_PORT="$(free_port)"; BARE_PORT="$(free_port)"; NGINX_PORT="$(free_port)"
mkdir -p "$WORK/project"
cp -r "$ROOT/schemas" "$WORK/project/schemas"
(
    umask 077
    cat > "$WORK/project/.env" <<ENV
NODE_ENV=test
HOST=127.0.0.1
PORT=$HEALTH_PORT
DATABASE_URL=postgres://envcheck:$(cat "$WORK/postgres/password")@127.0.0.1:$(cat "$WORK/postgres/port")/envcheck
REDIS_URL=redis://:$(cat "$WORK/redis/password")@127.0.0.1:$(cat "$WORK/redis/port")/0
HEALTH_KEY=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
IDEMPOTENCY_TTL=1h
IDEMPOTENCY_MAX=200
TRUST_PROXY=loopback
ENV
)

log "starting envcheck-health on $HEALTH_PORT, the bare route on $BARE_PORT, nginx on $NGINX_PORT"
(cd "$WORK/project" && env -u NODE_ENV "$BIN" --log-level warning --check-interval 1 --check-timeout 2) > "$WORK/health.log" 2>&1 &
HEALTH_PID=$!; PIDS+=("$HEALTH_PID")
"$BIN" bare-server --host 127.0.0.1 --port "$BARE_PORT" > "$WORK/bare.log" 2>&1 &
PIDS+=($!)
mkdir -p "$WORK/nginx"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / { default_type application/json; return 200 '{"status":"pass"}'; }
    }
}
NGINX
nginx -c "$WORK/nginx.conf" -p "$WORK/nginx"
wait_for "http://127.0.0.1:$NGINX_PORT/"
wait_for "http://127.0.0.1:$BARE_PORT/"
wait_for "http://127.0.0.1:$HEALTH_PORT/healthz"
for _ in $(seq 50); do curl -fsS -o /dev/null "http://127.0.0.1:$HEALTH_PORT/readyz" && break; sleep 0.2; done
curl -fsS "http://127.0.0.1:$HEALTH_PORT/readyz?verbose" >&2 || { echo; echo "bench-health: /readyz is not ready" >&2; cat "$WORK/health.log" >&2; exit 2; }
echo >&2

# run NAME URL [SECONDS [SCRIPT]] -> "rps p99_ms errors" on stdout, wrk's report in WORK/NAME.txt
run() {
    local name="$1" url="$2" seconds="${3:-$DURATION}" script=()
    [ -n "${4:-}" ] && script=(-s "$4")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "${script[@]}" "$url" > "$WORK/$name.txt"
    python3 - "$WORK/$name.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
m = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", text))
errors += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
print(f"{rps:.0f} {p99:.2f} {errors}")
PY
}

log "warming up"
wrk -t1 -c8 -d2s "http://127.0.0.1:$HEALTH_PORT/healthz" > /dev/null
wrk -t1 -c8 -d2s "http://127.0.0.1:$BARE_PORT/" > /dev/null

declare -A URL RPS P99 ERR
URL[nginx]="http://127.0.0.1:$NGINX_PORT/"; URL[bare]="http://127.0.0.1:$BARE_PORT/"
URL[healthz]="http://127.0.0.1:$HEALTH_PORT/healthz"; URL[readyz]="http://127.0.0.1:$HEALTH_PORT/readyz"
ORDER=(nginx bare healthz readyz)
for round in $(seq "$ROUNDS"); do
    for name in "${ORDER[@]}"; do
        log "round $round: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s ${URL[$name]}"
        read -r rps p99 errors < <(run "$name-$round" "${URL[$name]}")
        # The best round counts (least disturbed by other load); errors add up over rounds.
        if [ -z "${RPS[$name]:-}" ] || python3 -c "import sys; sys.exit(0 if $rps > ${RPS[$name]} else 1)"; then
            RPS[$name]=$rps; P99[$name]=$p99
        fi
        ERR[$name]=$(( ${ERR[$name]:-0} + errors ))
    done
    ORDER=("${ORDER[@]:1}" "${ORDER[0]}")
done

log "soak: ${SOAK}s of /healthz and /readyz, memory sampled every 5 s"
cat > "$WORK/mix.lua" <<'LUA'
local paths = { "/healthz", "/readyz" }
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", paths[(n % 2) + 1])
end
LUA
rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$HEALTH_PID/status"; }
SAMPLES=("$(rss)")
run soak "http://127.0.0.1:$HEALTH_PORT" "$SOAK" "$WORK/mix.lua" > "$WORK/soak.result" &
SOAK_PID=$!
for _ in $(seq $((SOAK / 5))); do sleep 5; SAMPLES+=("$(rss)"); done
wait "$SOAK_PID"
read -r SOAK_RPS SOAK_P99 SOAK_ERR < "$WORK/soak.result"
DOWN="$(grep -c "Dependency is down" "$WORK/health.log" || true)"

python3 - "${RPS[nginx]}" "${RPS[bare]}" "${RPS[healthz]}" "${RPS[readyz]}" \
    "${P99[nginx]}" "${P99[bare]}" "${P99[healthz]}" "${P99[readyz]}" \
    "${ERR[nginx]}" "${ERR[bare]}" "${ERR[healthz]}" "${ERR[readyz]}" \
    "$SOAK_RPS" "$SOAK_P99" "$SOAK_ERR" "$SOAK" "$CONNECTIONS" "$THREADS" "$DURATION" "$ROUNDS" "$DOWN" "${SAMPLES[@]}" <<'PY'
import sys
a = sys.argv[1:]
rps = dict(zip(["nginx", "bare", "healthz", "readyz"], map(float, a[0:4])))
p99 = dict(zip(["nginx", "bare", "healthz", "readyz"], map(float, a[4:8])))
err = dict(zip(["nginx", "bare", "healthz", "readyz"], map(int, a[8:12])))
soak_rps, soak_p99, soak_err = float(a[12]), float(a[13]), int(a[14])
soak, connections, threads, duration, rounds, down = a[15], a[16], a[17], a[18], a[19], int(a[20])
samples = [int(x) for x in a[21:]]
load = open("/proc/loadavg").read().split()[0]
print(f"wrk -t{threads} -c{connections}, best of {rounds} x {duration} s per target, loopback, same 2-core machine (load average {load})")
print(f"{'target':<26}{'req/s':>10}{'p99 ms':>9}{'errors':>8}")
for name, label in [("nginx", "nginx return 200"), ("bare", "bare Hummingbird route"),
                    ("healthz", "envcheck-health /healthz"), ("readyz", "envcheck-health /readyz")]:
    print(f"{label:<26}{rps[name]:>10.0f}{p99[name]:>9.2f}{err[name]:>8}")
ratios = {
    "/healthz / bare route": rps["healthz"] / rps["bare"],
    "/readyz / /healthz": rps["readyz"] / rps["healthz"],
    "/healthz / nginx": rps["healthz"] / rps["nginx"],
    "bare route / nginx": rps["bare"] / rps["nginx"],
}
for name, value in ratios.items():
    print(f"ratio {name:<24}{value:>6.2f}")
mb = [s / 1024 for s in samples]
settled = mb[2] if len(mb) > 2 else mb[-1]
growth = (mb[-1] - settled) / settled if settled else 0
print(f"soak {soak} s (/healthz + /readyz): {soak_rps:.0f} req/s, p99 {soak_p99:.2f} ms, errors {soak_err}")
print("RSS MB every 5 s: " + " ".join(f"{m:.1f}" for m in mb))
print(f"RSS growth from 10 s to the end: {growth * 100:+.1f}%")
print(f"readiness checks that found a dependency down during the run: {down}")
goals = [
    ("/healthz >= 80% of the bare route", ratios["/healthz / bare route"] >= 0.8),
    ("/readyz >= 80% of /healthz", ratios["/readyz / /healthz"] >= 0.8),
    ("zero errors", sum(err.values()) + soak_err == 0),
    ("memory flat (< 10% growth after warm-up)", abs(growth) < 0.10),
]
for name, ok in goals:
    print(f"{'PASS' if ok else 'FAIL'} {name}")
sys.exit(0 if all(ok for _, ok in goals) else 1)
PY
