#!/usr/bin/env bash
# Installs the Debian Chromium used by the explorer's end-to-end tests and
# render bench (playwright-core drives it; `npx playwright install` cannot
# download browsers on this network). Idempotent: does nothing when present.
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_PATH" ]; then
  echo "chromium present: $("$CHROMIUM_PATH" --version 2>/dev/null || echo "$CHROMIUM_PATH")"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
"$CHROMIUM_PATH" --version
