#!/usr/bin/env bash
# Makes sure the tools the tests drive are there: a headless Chromium for test/browser (the
# html report's browser test; Debian's chromium-headless-shell, and a font so the screenshot
# shows text) and the sqlite3 shell for the CSV import tests. Installs what is missing.
# Idempotent: does nothing when all are installed ($CHROMIUM_PATH pointing to a browser
# replaces the Chromium package), and runs apt-get update only when apt does not know a
# package yet.
# Needs root (or sudo) to install.
set -euo pipefail

PACKAGES=(sqlite3)
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  echo "ensure-test-tools: using CHROMIUM_PATH=$CHROMIUM_PATH"
else
  PACKAGES+=(chromium-headless-shell fonts-liberation)
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
known() { apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'; }

missing=()
for p in "${PACKAGES[@]}"; do installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then
  echo "ensure-test-tools: ${PACKAGES[*]} installed"
  exit 0
fi

SUDO=
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "ensure-test-tools: missing ${missing[*]} and not root; run as root: apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when apt cannot install a missing package yet (fresh container).
for p in "${missing[@]}"; do
  if ! known "$p"; then
    $SUDO apt-get update -qq
    break
  fi
done
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "ensure-test-tools: installed ${missing[*]}"
