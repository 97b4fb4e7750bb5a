#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine with the .NET SDK:
# Chromium (browser tests), Japanese fonts, a Java runtime (Nu Html Checker), and the npm packages
# (Azurite, vnu-jar, axe-core). Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
# Japanese glyphs, so screenshots and layout checks see real text rather than empty boxes.
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need_apt[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -f tests/tools/package.json ]; then
  echo "Installing npm packages for the tests (tests/tools)"
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
fi
