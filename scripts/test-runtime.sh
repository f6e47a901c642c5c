#!/usr/bin/env bash
# The runtime package's tests (runtime/: envcheck-probe, envcheck-health) against real servers:
# a throwaway PostgreSQL and Redis on free loopback ports in a temporary directory, started
# here and stopped on exit. The live tests fail (never skip) without them.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

services="$(mktemp -d "${TMPDIR:-/tmp}/envcheck-services.XXXXXX")"
cleanup() {
    bash "$root/scripts/services/postgres.sh" stop "$services" 2>/dev/null || true
    bash "$root/scripts/services/redis.sh" stop "$services" 2>/dev/null || true
    rm -rf "$services"
}
trap cleanup EXIT
bash scripts/services/postgres.sh start "$services"
bash scripts/services/redis.sh start "$services"

cd runtime
swift build --build-tests
bin="$(swift build --show-bin-path)"
ENVCHECK_TEST_SERVICES="$services" ENVCHECK_RUNTIME_BIN="$bin" ENVCHECK_REPOSITORY="$root" \
    swift test --skip-build
