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
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "error: the tests need these Debian packages: ${need_apt[*]}; install them as root (apt-get install ${need_apt[*]}) and run this again." >&2
      exit 1
    fi
    sudo_cmd="sudo"
  fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# npm ci starts from scratch each time, so it runs only when the lock file changed since the last install.
lock_hash=$(sha256sum tests/tools/package-lock.json | cut -d' ' -f1)
stamp=tests/tools/node_modules/.installed-from-lock
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  echo "Installing npm packages for the tests (tests/tools)"
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$stamp"
fi
