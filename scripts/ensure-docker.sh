#!/usr/bin/env bash
# Makes a Docker engine answer on this machine, for the reference environments as images
# (scripts/build-reference-images.sh, python-reference/environments.json; issue 14).
# Idempotent: exits 0 at once when `docker info` already answers.
# Installs Debian's docker.io with apt-get when dockerd is missing (root needed): the machine may
# have only a docker *client* in /usr/local/bin. Then starts dockerd in the background without a
# bridge or iptables (no network is reachable anyway; containers run with --network none) and
# waits until it answers. Never pulls: no registry is reachable.
# Concurrency-safe via flock. Prints the docker client to use on stdout (the client that matches
# the daemon: Debian's /usr/bin/docker when it is there); progress goes to stderr.
#
# Env: SEEDCOMPAT_DOCKERD_LOG     dockerd's log (default /tmp/seedcompat-dockerd.log)
#      SEEDCOMPAT_DOCKER_TIMEOUT  seconds to wait for the daemon (default 60)
set -euo pipefail

LOG="${SEEDCOMPAT_DOCKERD_LOG:-/tmp/seedcompat-dockerd.log}"
TIMEOUT="${SEEDCOMPAT_DOCKER_TIMEOUT:-60}"

log() { printf 'ensure-docker.sh: %s\n' "$*" >&2; }
die() {
    printf 'ensure-docker.sh: ERROR: %s\n' "$1" >&2
    [ $# -gt 1 ] && printf 'ensure-docker.sh: FIX: %s\n' "$2" >&2
    exit 1
}

# The client that matches Debian's daemon; a newer client in /usr/local/bin also works
# (API version negotiation), so it is the fallback.
client() {
    if [ -x /usr/bin/docker ]; then echo /usr/bin/docker
    else command -v docker 2>/dev/null || true
    fi
}
answers() {
    local c; c="$(client)"
    [ -n "$c" ] && timeout 10 "$c" info >/dev/null 2>&1
}

if answers; then client; exit 0; fi

[ "$(id -u)" = 0 ] \
    || die "no Docker daemon answers and starting one needs root" \
           "run this script as root, or start a Docker engine yourself (or set DOCKER_HOST to one that answers)"

command -v flock >/dev/null 2>&1 \
    || die "'flock' not found on PATH (needed to serialise concurrent starts)" "install util-linux (apt-get install util-linux)"
exec 9>/tmp/seedcompat-ensure-docker.lock
flock 9   # two callers at once install and start once
if answers; then client; exit 0; fi

export DEBIAN_FRONTEND=noninteractive
if ! command -v dockerd >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 \
        || die "dockerd is missing and apt-get is not available" "install a Docker engine (dockerd, containerd, runc)"
    if ! apt-cache show docker.io >/dev/null 2>&1; then
        log "package lists do not know docker.io yet: apt-get update"
        apt-get update -q >&2 || die "apt-get update failed" "check the machine's Debian mirror, then rerun this script"
    fi
    log "installing Debian's docker.io (dockerd, containerd, runc; about 15 s, once)"
    apt-get install -y -q --no-install-recommends docker.io >&2 \
        || die "apt-get install docker.io failed" "read the apt output above, fix it and rerun this script"
    command -v dockerd >/dev/null 2>&1 \
        || die "docker.io installed but dockerd is still not on PATH" "check the package's file list (dpkg -L docker.io)"
fi

# A dockerd that runs but does not answer (still starting, or wedged) must not be doubled:
# two daemons on one data root corrupt it.
if pgrep -x dockerd >/dev/null 2>&1; then
    log "a dockerd process runs but does not answer yet; waiting for it"
else
    log "starting dockerd (no bridge, no iptables); log: $LOG"
    # setsid: the daemon outlives this script and is not killed with the caller's process group.
    setsid dockerd --bridge=none --iptables=false --ip6tables=false >>"$LOG" 2>&1 < /dev/null &
fi

for ((i = 0; i < TIMEOUT * 2; i++)); do
    if answers; then
        log "ready: $("$(client)" version --format 'client {{.Client.Version}}, server {{.Server.Version}}' 2>/dev/null || echo docker)"
        client
        exit 0
    fi
    if ! pgrep -x dockerd >/dev/null 2>&1; then
        tail -n 20 "$LOG" >&2 2>/dev/null || true
        die "dockerd exited while starting (its last log lines are above; full log: $LOG)" \
            "fix the cause in the log (storage driver, a stale /var/run/docker.pid), then rerun this script"
    fi
    sleep 0.5
done
tail -n 20 "$LOG" >&2 2>/dev/null || true
die "dockerd did not answer 'docker info' within ${TIMEOUT}s (log: $LOG)" \
    "read $LOG; raise SEEDCOMPAT_DOCKER_TIMEOUT if the machine is just slow"
