#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages saring needs when they are missing.
# `system-deps.sh` for running saring; `system-deps.sh test` adds PostgreSQL for the test suite.
set -euo pipefail
need=()
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
for pkg in python3-venv python3-dev pkg-config libicu-dev build-essential; do
  have "$pkg" || need+=("$pkg")
done
if [ "${1:-}" = "test" ]; then
  have postgresql || need+=(postgresql)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "warning: cannot install ${need[*]} (no apt-get); install them by hand" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing system packages: ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
