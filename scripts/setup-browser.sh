#!/usr/bin/env bash
# npm run setup:browser: make sure crm-audit has a Chrome or Chromium for PDF output.
#   1. one is already there (CRM_AUDIT_CHROME, PUPPETEER_EXECUTABLE_PATH, the usual install paths,
#      puppeteer's cache): say so and stop;
#   2. else download chrome-headless-shell into puppeteer's cache, where the network allows (short timeout);
#   3. else, as root with apt-get, install Debian's or Ubuntu's chromium;
#   4. else print exactly what to do.
# Idempotent, and it never fails the install: it always exits 0 (HTML and Markdown reports need no browser).
set -u

say() { printf 'setup-browser: %s\n' "$*"; }
cache_dir="${PUPPETEER_CACHE_DIR:-$HOME/.cache/puppeteer}"
timeout_s="${CRM_AUDIT_DOWNLOAD_TIMEOUT:-90}"

is_exe() { [ -n "${1:-}" ] && [ -f "$1" ] && [ -x "$1" ]; }

version_of() { "$1" --version 2>/dev/null | grep -E '[0-9]+\.[0-9]+' | head -n 1; }

find_browser() {
  local p
  for p in "${CRM_AUDIT_CHROME:-}" "${PUPPETEER_EXECUTABLE_PATH:-}"; do
    if is_exe "$p"; then echo "$p"; return 0; fi
  done
  for p in \
    /usr/bin/google-chrome-stable /usr/bin/google-chrome /opt/google/chrome/chrome \
    /usr/bin/chromium /usr/bin/chromium-browser /snap/bin/chromium \
    /usr/bin/microsoft-edge-stable /usr/bin/microsoft-edge /opt/microsoft/msedge/msedge \
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" \
    "/Applications/Chromium.app/Contents/MacOS/Chromium" \
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"; do
    if is_exe "$p"; then echo "$p"; return 0; fi
  done
  # puppeteer's cache: the newest build first
  if [ -d "$cache_dir" ]; then
    p=$(find "$cache_dir" -maxdepth 4 -type f \( -name chrome -o -name chrome-headless-shell -o -name 'Google Chrome for Testing' \) -perm -u+x 2>/dev/null | sort -V -r | head -n 1)
    if is_exe "$p"; then echo "$p"; return 0; fi
  fi
  return 1
}

found=$(find_browser) && {
  say "a browser for PDF output is already here: $found ($(version_of "$found")). Nothing to do."
  exit 0
}

say "no Chrome or Chromium found; trying to download chrome-headless-shell into $cache_dir (at most ${timeout_s} s) ..."
here=$(cd "$(dirname "$0")/.." && pwd)
run_timeout() { if command -v timeout >/dev/null 2>&1; then timeout "$@"; else shift; "$@"; fi; }
if [ -x "$here/node_modules/.bin/browsers" ]; then
  browsers=("$here/node_modules/.bin/browsers")
else
  browsers=(npx --yes @puppeteer/browsers)
fi
if run_timeout "$timeout_s" "${browsers[@]}" install chrome-headless-shell@stable --path "$cache_dir" >/tmp/crm-audit-setup-browser.log 2>&1; then
  if found=$(find_browser); then
    say "downloaded: $found"
    exit 0
  fi
fi
say "the download did not work here (the network may block it; details in /tmp/crm-audit-setup-browser.log)."

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  say "installing Chromium with apt-get (running as root) ..."
  if DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/tmp/crm-audit-setup-apt.log 2>&1 ||
    { DEBIAN_FRONTEND=noninteractive apt-get update >>/tmp/crm-audit-setup-apt.log 2>&1 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >>/tmp/crm-audit-setup-apt.log 2>&1; }; then
    if found=$(find_browser); then
      say "installed: $found ($(version_of "$found")). As root, crm-audit starts it with --no-sandbox, which Chromium requires as root."
      exit 0
    fi
  fi
  say "apt-get could not install chromium (details in /tmp/crm-audit-setup-apt.log)."
fi

cat <<'TXT'
setup-browser: no browser could be installed automatically. PDF output needs one; HTML and Markdown work without.
  Do one of these, then run `crm-audit doctor` to check:
  - Debian/Ubuntu:  sudo apt-get install -y chromium        (Ubuntu may name it chromium-browser)
  - Fedora:         sudo dnf install -y chromium
  - macOS:          brew install --cask google-chrome        (or install Chrome from its website)
  - Windows:        install Google Chrome or use Microsoft Edge (already installed)
  - any system:     npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer
  - or point crm-audit at a browser you have:  export CRM_AUDIT_CHROME=/path/to/chrome   (or --chrome PATH)
TXT
exit 0
