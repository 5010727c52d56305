#!/usr/bin/env bash
# Makes headless Chromium and its WebDriver available for the report's rendering test
# (harness ReportRenderingIT). Idempotent: exits 0 at once when both are installed.
# Installs Debian's chromium and chromium-driver with apt-get (root needed; apt-get update
# first when the package lists do not know chromium). Concurrency-safe via flock.
set -euo pipefail

BROWSER=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

log() { printf 'ensure-chromium.sh: %s\n' "$*" >&2; }
die() {
    printf 'ensure-chromium.sh: ERROR: %s\n' "$1" >&2
    [ $# -gt 1 ] && printf 'ensure-chromium.sh: FIX: %s\n' "$2" >&2
    exit 1
}

[ -x "$BROWSER" ] && [ -x "$DRIVER" ] && exit 0

command -v apt-get >/dev/null 2>&1 \
    || die "$BROWSER or $DRIVER is missing and apt-get is not available" \
           "install Chromium and its WebDriver so that $BROWSER and $DRIVER exist"
[ "$(id -u)" = 0 ] \
    || die "$BROWSER or $DRIVER is missing and installing them needs root" \
           "run as root: apt-get install -y --no-install-recommends chromium chromium-driver"

exec 9>/tmp/seedcompat-ensure-chromium.lock
flock 9   # two test runs at once install once
[ -x "$BROWSER" ] && [ -x "$DRIVER" ] && exit 0

export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show chromium chromium-driver >/dev/null 2>&1; then
    log "package lists do not know chromium yet: apt-get update"
    apt-get update -q >&2 || die "apt-get update failed" "check the machine's Debian mirror, then rerun this script"
fi
log "installing chromium and chromium-driver (a few minutes, once)"
apt-get install -y -q --no-install-recommends chromium chromium-driver >&2 \
    || die "apt-get install chromium chromium-driver failed" "read the apt output above, fix it and rerun this script"
[ -x "$BROWSER" ] && [ -x "$DRIVER" ] \
    || die "chromium installed but $BROWSER or $DRIVER is still missing" "check the Debian packages' file lists (dpkg -L chromium-driver)"
log "ready: $("$BROWSER" --version 2>/dev/null || echo chromium)"
