#!/usr/bin/env bash
# Installs what envcheck needs to build and test on a fresh Debian machine with Swift 6:
# the system packages (idempotent; skipped when already present).
#
#   scripts/setup.sh             # envcheck itself: libyaml-dev, pkg-config
#   scripts/setup.sh --runtime   # and the servers the runtime tests start: postgresql, redis-server
set -euo pipefail

packages=(libyaml-dev pkg-config)
if [[ "${1:-}" == "--runtime" ]]; then packages+=(postgresql redis-server); fi
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH (Swift 6 toolchain required)" >&2; exit 2; }
