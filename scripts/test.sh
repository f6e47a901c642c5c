#!/usr/bin/env bash
# Sets up, builds once, and runs every test. This is the command the README gives and CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --runtime
swift build --build-tests
ENVCHECK_BINARY="$(swift build --show-bin-path)/envcheck" swift test --skip-build
# The runtime package (probes, health server) against real PostgreSQL and Redis.
bash scripts/test-runtime.sh
# The pre-commit hook, through `pre-commit try-repo` on a sample repository (release builds).
bash scripts/test-precommit.sh
