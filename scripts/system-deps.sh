#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages saring needs when they are missing.
# `system-deps.sh` for running saring; `system-deps.sh test` adds PostgreSQL, a Java runtime
# (Spark) and Chromium (browser tests) for the test suite; `system-deps.sh bench` adds wrk
# (the HTTP load generator of benchmarks/api_load.py).
set -euo pipefail
need=()
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }
for pkg in python3-venv python3-dev pkg-config libicu-dev build-essential; do
  have "$pkg" || need+=("$pkg")
done
if [ "${1:-}" = "test" ]; then
  have postgresql || need+=(postgresql)
  # Spark's local mode runs on a Java runtime; the web page is tested in headless Chromium.
  command -v java >/dev/null || need+=(default-jre-headless)
  have procps || need+=(procps)
  [ -x /usr/bin/chromium ] || need+=(chromium)
fi
if [ "${1:-}" = "bench" ]; then
  command -v wrk >/dev/null || need+=(wrk)
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
