#!/usr/bin/env bash
# Start-up benchmark: `envcheck check` on a clean 20-line .env against hello-world programs
# (stdlib only, and `import Foundation`), all release builds, hyperfine medians of 20 runs.
#
#   bash scripts/bench-startup.sh
#
# Goal: envcheck within 2x of the Foundation hello world. Also lists envcheck's shared
# libraries (ldd) and says whether Foundation / ICU is among them.
# Environment: SCRATCH (SwiftPM scratch path, default .build-bench), KEEP=1 keeps the temp dir.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRATCH="${SCRATCH:-.build-bench}"
log() { printf '==> %s\n' "$*" >&2; }

command -v hyperfine >/dev/null || { log "installing hyperfine"; apt-get install -y -qq hyperfine >&2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/envcheck-startup.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then log "keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

# --- builds --------------------------------------------------------------------------------
log "building envcheck (release, scratch path $SCRATCH)"
(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" >&2) || {
    echo "envcheck failed to build (swift build -c release --scratch-path $SCRATCH)"; exit 2; }
ENVCHECK="$(cd "$ROOT" && swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/envcheck"

log "building the hello-world programs (release)"
mkdir -p "$WORK/hello/Sources/hello-stdlib" "$WORK/hello/Sources/hello-foundation"
cat > "$WORK/hello/Package.swift" <<'EOF'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "hello",
    targets: [
        .executableTarget(name: "hello-stdlib"),
        .executableTarget(name: "hello-foundation"),
    ]
)
EOF
echo 'print("hello, world")' > "$WORK/hello/Sources/hello-stdlib/main.swift"
printf 'import Foundation\nprint("hello, world")\n' > "$WORK/hello/Sources/hello-foundation/main.swift"
(cd "$WORK/hello" && swift build -c release >&2)
HELLO_BIN="$(cd "$WORK/hello" && swift build -c release --show-bin-path)"

# --- input: a realistic 20-line .env that passes clean --------------------------------------
cat > "$WORK/.env" <<'EOF'
# Application
COMPOSE_PROJECT_NAME=shop
APP_ENV=production
APP_PORT=8080
APP_URL=https://shop.example.com

# Database
POSTGRES_HOST=db
POSTGRES_PORT=5432
POSTGRES_USER=shop
POSTGRES_DB=shop
DATABASE_URL=postgres://${POSTGRES_USER}@${POSTGRES_HOST}:${POSTGRES_PORT}/${POSTGRES_DB}

# Cache and workers
REDIS_URL=redis://redis:6379/0
WORKER_CONCURRENCY=4
LOG_LEVEL=info
export TZ=UTC
GREETING="Hello, ${COMPOSE_PROJECT_NAME:-world}"
IMAGE_TAG=${IMAGE_TAG:-latest}
EOF
(cd "$WORK" && "$ENVCHECK" check .env >&2) || {
    echo "envcheck check on the 20-line .env exited $? (expected 0: it must pass clean)" >&2; exit 1; }

# --- timing --------------------------------------------------------------------------------
cd "$WORK"
hyperfine --runs 20 --warmup 3 -N --export-json "$WORK/startup.json" \
    -n "hello (stdlib)" "$HELLO_BIN/hello-stdlib" \
    -n "hello (Foundation)" "$HELLO_BIN/hello-foundation" \
    -n "envcheck check .env" "$ENVCHECK check .env" >&2

python3 - "$WORK/startup.json" <<'EOF'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
med = {name: r["median"] * 1000 for name, r in results.items()}
print()
print("| program              | median ms | min ms | max ms |")
print("|----------------------|-----------|--------|--------|")
for name, r in results.items():
    print(f"| {name:<20} | {med[name]:>9.2f} | {r['min']*1000:>6.2f} | {r['max']*1000:>6.2f} |")
ratio = med["envcheck check .env"] / med["hello (Foundation)"]
print()
print(f"envcheck / hello(Foundation) = {ratio:.2f}x -> {'within' if ratio <= 2 else 'NOT within'} 2x")
print(f"envcheck / hello(stdlib)     = {med['envcheck check .env'] / med['hello (stdlib)']:.2f}x")
EOF

# --- shared libraries ----------------------------------------------------------------------
echo
echo "ldd envcheck:"
ldd "$ENVCHECK" | sed 's/^/  /'
IMPORT_RE='^\s*(@_exported\s+|internal\s+|public\s+|package\s+|private\s+)?import\s+(Foundation|FoundationEssentials|FoundationInternationalization)\b'
if ldd "$ENVCHECK" | grep -Eqi 'Foundation|icu'; then
    echo "=> envcheck loads Foundation libraries:"
    ldd "$ENVCHECK" | grep -Ei 'Foundation|icu' | awk '{print "   " $1}'
    if ldd "$ENVCHECK" | grep -Eqi 'libFoundation\.so|icu'; then
        echo "   (full Foundation / ICU: slow start-up)"
    else
        echo "   (FoundationEssentials only: no ICU)"
    fi
    echo "   imported by (envcheck's Sources):"
    hits="$(cd "$ROOT" && grep -rnE --include='*.swift' "$IMPORT_RE" Sources || true)"
    echo "${hits:-none}" | sed 's/^/     /'
    echo "   imported by (dependencies, $SCRATCH/checkouts):"
    hits="$(cd "$ROOT/$SCRATCH" && grep -rnE --include='*.swift' "$IMPORT_RE" checkouts | grep -v '/Tests/\|/Examples/\|/Plugins/\|/Tools/' || true)"
    echo "${hits:-none}" | sed 's/^/     /'
else
    echo "=> no Foundation / ICU library among envcheck's dependencies"
fi
