#!/usr/bin/env bash
# Builds python-reference/.venv with the pinned NumPy and PyTorch from requirements.txt.
#
# Atomic: the venv is built in .venv.partial-<pid>, verified by importing every pinned module
# and comparing versions, and only then renamed to .venv, so .venv is either absent or complete.
# Idempotent: a .venv that already has the pinned versions is kept and the script exits 0 at once.
# Concurrency-safe: builds are serialised with flock on .venv.lock.
#
# Env: SEEDCOMPAT_BOOTSTRAP_PYTHON  the Python used to create the venv (default: python3).
# All progress goes to stderr.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="$HERE/.venv"
REQS="$HERE/requirements.txt"
LOCK="$HERE/.venv.lock"
PARTIAL="$HERE/.venv.partial-$$"
OLD="$HERE/.venv.old-$$"
BOOT="${SEEDCOMPAT_BOOTSTRAP_PYTHON:-python3}"

log() { printf 'setup.sh: %s\n' "$*" >&2; }
die() {
    printf 'setup.sh: ERROR: %s\n' "$1" >&2
    [ $# -gt 1 ] && printf 'setup.sh: FIX: %s\n' "$2" >&2
    exit 1
}

# Checks that the venv's python imports each `name==version` pin of requirements.txt at exactly
# that version. "quick" reads installed metadata only (milliseconds); "full" imports the modules.
check_venv() { # <python> <quick|full>
    "$1" - "$REQS" "$2" <<'PY'
import importlib, importlib.metadata as md, sys
reqs, mode = sys.argv[1], sys.argv[2]
bad = []
for line in open(reqs):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    name, _, want = line.partition("==")
    name = name.strip()
    try:
        if mode == "full":
            have = importlib.import_module(name.replace("-", "_")).__version__
        else:
            have = md.version(name)
    except Exception as e:
        bad.append(f"{name}: {type(e).__name__}: {e}")
        continue
    if have != want.strip():
        bad.append(f"{name}: have {have}, want {want.strip()}")
if bad:
    print("; ".join(bad), file=sys.stderr)
    sys.exit(1)
PY
}

venv_ok() {
    [ -x "$VENV/bin/python" ] && check_venv "$VENV/bin/python" quick 2>/dev/null
}

cleanup() {
    rm -rf "$PARTIAL" "$OLD"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[ -f "$REQS" ] || die "$REQS is missing" "restore python-reference/requirements.txt"

# Fast path, without the lock: nothing to do.
if venv_ok; then
    log "$VENV is up to date"
    exit 0
fi

command -v flock >/dev/null 2>&1 \
    || die "'flock' not found on PATH (needed to serialise concurrent setups)" "install util-linux (apt-get install util-linux)"
exec 9>"$LOCK"
if ! flock -n 9; then
    log "another setup.sh is building the venv; waiting for it"
    flock 9
fi

# Whoever held the lock may have just built it.
if venv_ok; then
    log "$VENV is up to date"
    exit 0
fi
# Holding the lock, any partial or old dir is left over from a killed run.
rm -rf "$HERE"/.venv.partial-* "$HERE"/.venv.old-*

BOOT_PATH="$(command -v "$BOOT" 2>/dev/null)" \
    || die "bootstrap Python '$BOOT' not found on PATH" \
           "install Python 3 (e.g. apt-get install python3 python3-venv), or set SEEDCOMPAT_BOOTSTRAP_PYTHON=/path/to/python3"
log "bootstrap Python: $BOOT_PATH ($("$BOOT_PATH" -c 'import sys; print(sys.version.split()[0])' 2>&1))"

if [ -e "$VENV" ]; then
    log "existing $VENV does not match requirements.txt ($(check_venv "$VENV/bin/python" quick 2>&1 || true)); rebuilding"
fi

log "creating venv in $PARTIAL"
if ! VENV_OUT="$("$BOOT_PATH" -m venv "$PARTIAL" 2>&1)"; then
    printf '%s\n' "$VENV_OUT" >&2
    die "'$BOOT_PATH -m venv' failed (no venv/ensurepip module?)" \
        "install the venv module (Debian/Ubuntu: apt-get install python3-venv), or point SEEDCOMPAT_BOOTSTRAP_PYTHON at a full Python"
fi

log "installing requirements (pip install --retries 0 -r requirements.txt)"
PIP_LOG="$PARTIAL/pip-install.log"
set +e
"$PARTIAL/bin/python" -m pip install --retries 0 --disable-pip-version-check --no-input -r "$REQS" 2>&1 \
    | tee "$PIP_LOG" >&2
PIP_RC=${PIPESTATUS[0]}
set -e
if [ "$PIP_RC" -ne 0 ]; then
    MISSING="$(sed -n 's/.*No matching distribution found for \([^ ]*\).*/\1/p' "$PIP_LOG" | head -n 1)"
    if [ -n "$MISSING" ]; then
        die "pip could not find a wheel for '$MISSING' in the configured package indexes" \
            "make a wheel of '$MISSING' available to pip (the local wheel store / pip.conf indexes), or change the pin in requirements.txt"
    fi
    die "pip install failed with exit code $PIP_RC (see pip's output above)" \
        "fix the cause pip reports, then run setup.sh again"
fi
rm -f "$PIP_LOG"

log "verifying: importing the pinned modules"
if ! VERIFY_OUT="$(check_venv "$PARTIAL/bin/python" full 2>&1)"; then
    die "the new venv does not import the pinned versions: $VERIFY_OUT" \
        "check requirements.txt and the wheels pip picked (pip output above)"
fi

# Scripts in bin/ name the venv's own path (shebangs, activate); point them at the final one.
for f in "$PARTIAL"/bin/*; do
    if [ -f "$f" ] && [ ! -L "$f" ] && grep -qF "$PARTIAL" "$f" 2>/dev/null; then
        sed -i "s|$PARTIAL|$VENV|g" "$f"
    fi
done
sed -i "s|$PARTIAL|$VENV|g" "$PARTIAL/pyvenv.cfg"

if [ -e "$VENV" ] || [ -L "$VENV" ]; then
    mv -T "$VENV" "$OLD"
fi
mv -T "$PARTIAL" "$VENV"
log "done: $VENV has $(tr '\n' ' ' < "$REQS")"
