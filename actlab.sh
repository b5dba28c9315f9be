#!/usr/bin/env bash
# ActLab entry script: installs the Debian packages listed in .ci/packages, builds, and runs.
#   ./actlab.sh run [ARGS...]   install, build (release) and start actlab (the GUI without ARGS)
#   ./actlab.sh test            install, build (dev) and run every test
#   ./actlab.sh build           install and build only
#   ./actlab.sh fuzz            install clang and libFuzzer, build the fuzz harnesses (.build/fuzz)
#   ./actlab.sh tools           also install the tools for reference data, benchmarks and screenshots
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

packages() { awk -v g="$1" '!/^#/ && NF >= 2 && $2 == g { print $1 }' .ci/packages; }

install_group() {
  local missing=()
  for p in $(packages "$1"); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

build() { # $1 = preset
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1"
}

cmd="${1:-run}"; shift || true
case "$cmd" in
  run)   install_group build; build release; exec ./.build/release/app/actlab "$@" ;;
  test)  install_group build; build dev; ctest --preset dev ;;
  build) install_group build; build "${1:-dev}" ;;
  fuzz)  install_group build; install_group fuzz; build fuzz ;;
  tools) install_group build; install_group tools ;;
  *) echo "usage: ./actlab.sh run [ARGS...] | test | build [PRESET] | fuzz | tools" >&2; exit 2 ;;
esac
