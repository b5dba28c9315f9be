#!/usr/bin/env bash
# ActLab entry script: installs the Debian packages listed in .ci/packages, builds, and runs.
#   ./actlab.sh run [ARGS...]   install, build (release) and start actlab (the GUI without ARGS)
#   ./actlab.sh test            install, build (dev) and run every test
#   ./actlab.sh build [PRESET]  install and build only (default: dev)
#   ./actlab.sh asan            install, build the asan preset (ASan + UBSan) and run every test under it
#   ./actlab.sh package         install, build (release) and make the Debian package with CPack
#   ./actlab.sh lint            the format check (clang-format) and the desktop, AppStream and man page checks
#   ./actlab.sh fuzz            install clang and libFuzzer, build the fuzz harnesses (.build/fuzz)
#   ./actlab.sh tools           also install the tools for reference data, benchmarks and screenshots
# With CI=true (as in .ci/run) every build treats compiler warnings as errors.
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
  local werror=()
  [ "${CI:-}" = true ] && werror=(-DACTLAB_WARNINGS_AS_ERRORS=ON)
  cmake --preset "$1" "${werror[@]}" >/dev/null
  cmake --build --preset "$1"
}

lint() {
  local cxx
  mapfile -t cxx < <(git -c safe.directory="$here" ls-files '*.cpp' '*.hpp' '*.h')
  clang-format --dry-run --Werror "${cxx[@]}"
  echo "clang-format: ${#cxx[@]} files formatted"
  desktop-file-validate resources/*.desktop
  appstreamcli validate --no-net resources/*.metainfo.xml
  local man; man="$(groff -man -ww -z -Tutf8 resources/actlab.1 2>&1)"
  [ -z "$man" ] || { echo "$man" >&2; exit 1; }
}

cmd="${1:-run}"; shift || true
case "$cmd" in
  run)     install_group build; build release; exec ./.build/release/app/actlab "$@" ;;
  test)    install_group build; build dev; ctest --preset dev ;;
  build)   install_group build; build "${1:-dev}" ;;
  asan)    install_group build; build asan; ctest --preset asan ;;
  package) install_group build; install_group package; build release
           (cd .build/release && cpack -G DEB)
           ls -l .build/release/actlab_*.deb ;;
  lint)    install_group ci; lint ;;
  fuzz)    install_group build; install_group fuzz; build fuzz ;;
  tools)   install_group build; install_group tools ;;
  *) echo "usage: ./actlab.sh run [ARGS...] | test | build [PRESET] | asan | package | lint | fuzz | tools" >&2; exit 2 ;;
esac
