#!/usr/bin/env bash
# Runs every test: installs the system packages the tests use when they are missing (LibreOffice to open the
# generated documents, CJK fonts, Chromium and its driver for the browser test, Node.js for the BPMN lint), lints the
# BPMN models with bpmnlint, then runs Maven.
# Usage: scripts/test.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui libreoffice-calc-nogui)
[ -d /usr/share/fonts/opentype/noto ] || packages+=(fonts-noto-cjk)
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing test packages: ${packages[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

# The BPMN models pass bpmnlint's recommended rules (.bpmnlintrc), warnings included; versions pinned in
# package.json / package-lock.json. (After a hand edit, npm run bpmn:tidy fills in flows and label bounds.)
npm ci --no-audit --no-fund
npx --no-install bpmnlint --max-warnings=0 'processes/*.bpmn'

exec ./mvnw -B verify "$@"
