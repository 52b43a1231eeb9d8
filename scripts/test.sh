#!/usr/bin/env bash
# Runs every test: installs the system packages the tests use when they are missing (LibreOffice to open the
# generated documents, CJK fonts, Chromium and its driver for the browser test), then runs Maven.
# Usage: scripts/test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui libreoffice-calc-nogui)
[ -d /usr/share/fonts/opentype/noto ] || packages+=(fonts-noto-cjk)
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)

if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing test packages: ${packages[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

exec ./mvnw -B verify "$@"
