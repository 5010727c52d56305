#!/usr/bin/env bash
# Builds the reference environments of python-reference/environments.json as Docker images,
# offline (issue 14): seedcompat/reference:<name>, one per environment.
#
#   scripts/build-reference-images.sh              the default environment ("default": true)
#   scripts/build-reference-images.sh NAME...      those environments
#   scripts/build-reference-images.sh --all        every environment (the torch images are big)
#   scripts/build-reference-images.sh --list       names, pins and whether the image exists
#
# Layers, so that a second numpy version costs seconds and a few MB:
#   seedcompat/base:bookworm-py311       debootstrap --variant=minbase bookworm + python3, python3-venv,
#                                        imported with `docker import` (no registry to pull from)
#   seedcompat/torch:<torch>|none        base + /opt/venv with torch and its dependencies (no numpy),
#                                        shared by every numpy version on that torch
#   seedcompat/reference:<name>          + numpy (its own layer) + the python-reference package (last:
#                                        it changes most often)
# Wheels come from the local wheel store with `pip --no-index --find-links` (the default index
# configuration retries unreachable hosts for minutes). Only the wheels an image needs are put in its
# build context, as hard links (no copy on disk), and they are installed in a throw-away build
# stage: the image keeps the installed files, not the wheels. No BuildKit here (legacy builder:
# no RUN --mount, no heredocs); every build runs with --network none and never pulls.
# Idempotent and cached: an existing image is kept (a changed python-reference package or Dockerfile
# just rebuilds the cheap top layers from the cache). Builds are serialised with flock.
#
# Env: SEEDCOMPAT_WHEEL_STORE   the wheel store's directories, ':'-separated
#                               (default /opt/wheels:/opt/pypi/files:/opt/pypi-more/files)
#      SEEDCOMPAT_DEBIAN_MIRROR debootstrap's mirror (default: the first deb URI in /etc/apt, else deb.debian.org)
#      SEEDCOMPAT_REBUILD=1     rebuild the reference images (their numpy and package layers)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ENVS="$HERE/python-reference/environments.json"
WORK="$HERE/target/reference-images"
STORE="${SEEDCOMPAT_WHEEL_STORE:-/opt/wheels:/opt/pypi/files:/opt/pypi-more/files}"
BASE=seedcompat/base:bookworm-py311
PY=python3   # the host's, only to read the JSON and to resolve which wheels an image needs

log() { printf 'build-reference-images.sh: %s\n' "$*" >&2; }
die() {
    printf 'build-reference-images.sh: ERROR: %s\n' "$1" >&2
    [ $# -gt 1 ] && printf 'build-reference-images.sh: FIX: %s\n' "$2" >&2
    exit 1
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
size_of() { "$DOCKER" image inspect --format '{{.Size}}' "$1" | awk '{ printf "%.0f MB", $1 / 1e6 }'; }

[ -f "$ENVS" ] || die "$ENVS is missing" "restore python-reference/environments.json"
command -v "$PY" >/dev/null 2>&1 || die "python3 not found (needed to read $ENVS)" "install python3"
# The host's pip picks the wheels for the image's Python 3.11 (stage_wheels): it must be a 3.11 too.
[ "$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" = 3.11 ] \
    || die "the host's python3 is $("$PY" --version 2>&1), the wheel choice needs 3.11" "put a Python 3.11 first on PATH as python3"

# Queries environments.json: "names" | "default" | "list" | "field NAME KEY" | "reqs NAME".
envq() {
    "$PY" - "$ENVS" "$@" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1])); cmd = sys.argv[2]; envs = doc["environments"]
by = {e["name"]: e for e in envs}
if cmd == "names":
    print("\n".join(by))
elif cmd == "default":
    print("\n".join(e["name"] for e in envs if e.get("default")))
elif cmd == "field":
    v = by[sys.argv[3]].get(sys.argv[4])
    print("" if v is None else ("true" if v is True else "false" if v is False else v))
elif cmd == "reqs":
    # The torch layer's requirements: the explicit list (pip_no_deps) or just torch==<version>.
    e = by[sys.argv[3]]
    print("\n".join(e.get("requirements") or ([f"torch=={e['torch']}"] if e.get("torch") else [])))
elif cmd == "list":
    for e in envs:
        print(f"{e['name']}\tnumpy {e['numpy']}\ttorch {e.get('torch') or '-'}\tpython {e['python']}"
              + ("\t(default)" if e.get("default") else ""))
PY
}

# Docker tags allow [A-Za-z0-9_.-]: '2.13.0+cpu' becomes '2.13.0-cpu'.
tag_of() { printf '%s' "$1" | tr -c 'A-Za-z0-9_.\n-' '-'; }

# --list needs no daemon.
if [ "${1:-}" = --list ]; then
    have=""
    if DOCKER="$("$HERE/scripts/ensure-docker.sh" 2>/dev/null)"; then have=1; fi
    while IFS= read -r line; do
        name="${line%%$'\t'*}"
        state="not built"
        [ -n "$have" ] && "$DOCKER" image inspect "seedcompat/reference:$name" >/dev/null 2>&1 \
            && state="built ($(size_of "seedcompat/reference:$name"))"
        printf '%s\t%s\n' "$line" "$state"
    done < <(envq list)
    exit 0
fi

case "${1:-}" in
    "") mapfile -t TARGETS < <(envq default) ;;
    --all) mapfile -t TARGETS < <(envq names) ;;
    -*) die "unknown option $1" "use NAME..., --all or --list" ;;
    *) TARGETS=("$@") ;;
esac
for t in "${TARGETS[@]}"; do
    # Not grep -q: its early exit would break the pipe, and pipefail would report that.
    envq names | grep -xF "$t" >/dev/null || die "no environment '$t' in $ENVS" "pick one of: $(envq names | tr '\n' ' ')"
done

DOCKER="$("$HERE/scripts/ensure-docker.sh")" || exit 1
export DOCKER_BUILDKIT=0   # the legacy builder; BuildKit is not installed and would want to pull

mkdir -p "$WORK"
exec 9>"$WORK/.build.lock"
if ! flock -n 9; then
    log "another build-reference-images.sh is building; waiting for it"
    flock 9
fi

# -------- the base image: Debian bookworm minbase + Python 3.11, from Debian's packages only.
build_base() {
    "$DOCKER" image inspect "$BASE" >/dev/null 2>&1 && return 0
    [ "$(id -u)" = 0 ] || die "building $BASE (debootstrap) needs root" "run this script as root once"
    if ! command -v debootstrap >/dev/null 2>&1; then
        log "installing debootstrap"
        apt-get install -y -q --no-install-recommends debootstrap >&2 \
            || { apt-get update -q >&2 && apt-get install -y -q --no-install-recommends debootstrap >&2; } \
            || die "apt-get install debootstrap failed" "read the apt output above, fix it and rerun"
    fi
    local mirror="${SEEDCOMPAT_DEBIAN_MIRROR:-}"
    if [ -z "$mirror" ]; then
        mirror="$(grep -rhoE '^(URIs:|deb) +[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
                  | awk '{print $2}' | grep -E '/debian/?$' | head -n 1 || true)"   # Debian's main archive, not security or third-party repos
        mirror="${mirror:-http://deb.debian.org/debian}"
    fi
    local t0 rootfs="$WORK/rootfs"
    t0="$(now)"
    rm -rf "$rootfs"   # a half-made rootfs of a killed run; debootstrap does not resume
    log "debootstrap --variant=minbase bookworm from $mirror (python3, python3-venv)"
    debootstrap --variant=minbase --include=python3,python3-venv bookworm "$rootfs" "$mirror" \
        > "$WORK/debootstrap.log" 2>&1 \
        || { tail -n 20 "$WORK/debootstrap.log" >&2; die "debootstrap failed (log: $WORK/debootstrap.log)" \
                  "check the Debian mirror ($mirror) or set SEEDCOMPAT_DEBIAN_MIRROR"; }
    # Downloaded .debs and package lists are not needed in the image.
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    local pyver
    pyver="$(chroot "$rootfs" python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    [ "$pyver" = 3.11 ] || die "the base rootfs has Python $pyver, the wheels need 3.11" "build from bookworm"
    tar -C "$rootfs" -c . | "$DOCKER" import \
        --change 'ENV LANG=C.UTF-8' --change 'CMD ["python3"]' - "$BASE" >/dev/null
    rm -rf "$rootfs"
    log "built $BASE in $(since "$t0") ($(size_of "$BASE"); Python $("$DOCKER" run --rm --network none "$BASE" python3 -c 'import platform; print(platform.python_version())'))"
}

# Puts the wheels that `pip install REQ...` needs into DIR, as hard links into the store
# (a copy only where the store is on another file system). pip resolves on the host against the
# store (--dry-run --report; --ignore-installed: the host's own packages must not count); the
# host's Python is 3.11 on the same glibc, so it picks the wheels the image's Python will.
# With --no-deps exactly REQ... are taken.
stage_wheels() { # <dir> <no_deps:true|false> <req>...
    local dir="$1" nodeps="$2"; shift 2
    local -a links=() extra=()
    IFS=: read -r -a dirs <<< "$STORE"
    for d in "${dirs[@]}"; do links+=(--find-links "$d"); done
    [ "$nodeps" = true ] && extra=(--no-deps)
    mkdir -p "$dir"
    "$PY" -m pip install --dry-run --ignore-installed --no-index --quiet --report "$dir/../report.json" \
        "${links[@]}" "${extra[@]}" "$@" >&2 \
        || die "pip cannot resolve '$*' from the wheel store ($STORE)" \
               "add the missing wheels to the store, or fix the pins in $ENVS"
    "$PY" - "$dir/../report.json" "$dir" <<'PY'
import json, os, shutil, sys, urllib.parse, urllib.request
report, out = json.load(open(sys.argv[1])), sys.argv[2]
for item in report["install"]:
    src = urllib.request.url2pathname(urllib.parse.urlparse(item["download_info"]["url"]).path)
    dst = os.path.join(out, os.path.basename(src))
    if not os.path.exists(dst):
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)
PY
    rm -f "$dir/../report.json"
}

# The build stages are left as untagged images holding the wheels; only ours are removed
# (the daemon may be shared: DOCKER_HOST).
prune_stages() {
    "$DOCKER" image prune -f --filter label=org.seedcompat.stage >/dev/null 2>&1 || true
}

# -------- the torch layer (or the bare venv for numpy-only environments).
# Stage "install" gets the wheels and installs them into /opt/venv; the image copies only /opt/venv.
build_torch_layer() { # <env-name> -> prints the image
    local env="$1" torch nodeps image ctx t0
    torch="$(envq field "$env" torch)"
    nodeps="$(envq field "$env" pip_no_deps)"; nodeps="${nodeps:-false}"
    image="seedcompat/torch:$(tag_of "${torch:-none}")"
    echo "$image"
    "$DOCKER" image inspect "$image" >/dev/null 2>&1 && return 0
    t0="$(now)"
    ctx="$WORK/ctx/torch-$(tag_of "${torch:-none}")"
    rm -rf "$ctx"; mkdir -p "$ctx/wheels"
    mapfile -t reqs < <(envq reqs "$env" | sed '/^$/d')
    [ ${#reqs[@]} -gt 0 ] && stage_wheels "$ctx/wheels" "$nodeps" "${reqs[@]}"
    # pip byte-compiles here, once, in the shared layer: containers then start without compiling.
    local pipflags="--no-index --find-links /wheels --no-cache-dir --disable-pip-version-check"
    [ "$nodeps" = true ] && pipflags="$pipflags --no-deps"
    {
        echo "FROM $BASE AS install"
        echo "LABEL org.seedcompat.stage=install"
        echo "COPY wheels /wheels"
        echo "RUN python3 -m venv /opt/venv"
        if [ ${#reqs[@]} -gt 0 ]; then
            # Quoted: requirement specifiers may hold '<', '>'.
            printf 'RUN /opt/venv/bin/pip install %s' "$pipflags"; printf " '%s'" "${reqs[@]}"; echo
        fi
        echo "FROM $BASE"
        echo "COPY --from=install /opt/venv /opt/venv"
        echo 'ENV PATH=/opt/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    } > "$ctx/Dockerfile"
    log "building $image (${reqs[*]:-no torch}; $(du -shL "$ctx/wheels" | cut -f1) of wheels)"
    "$DOCKER" build --network none --pull=false --force-rm -t "$image" "$ctx" > "$ctx/build.log" 2>&1 \
        || { tail -n 30 "$ctx/build.log" >&2; die "docker build of $image failed (log: $ctx/build.log)" \
                  "read the log; a pip error names the wheel the store lacks"; }
    prune_stages
    rm -rf "$ctx/wheels"
    log "built $image in $(since "$t0") ($(size_of "$image"))"
}

# -------- the environment image: numpy on top of its torch layer, then the reference package.
build_env() { # <env-name>
    local env="$1" numpy layer image ctx t0 nodeps
    image="seedcompat/reference:$env"
    if "$DOCKER" image inspect "$image" >/dev/null 2>&1 && [ "${SEEDCOMPAT_REBUILD:-0}" != 1 ]; then
        log "$image exists ($(size_of "$image")); SEEDCOMPAT_REBUILD=1 rebuilds it"
        return 0
    fi
    numpy="$(envq field "$env" numpy)"
    layer="$(build_torch_layer "$env")"
    t0="$(now)"
    ctx="$WORK/ctx/env-$env"
    rm -rf "$ctx"; mkdir -p "$ctx/numpy"
    stage_wheels "$ctx/numpy" true "numpy==$numpy"
    # The reference package as committed in the work tree, without caches or tests' leftovers.
    mkdir -p "$ctx/python-reference"
    tar -C "$HERE/python-reference" --exclude=__pycache__ --exclude='*.pyc' --exclude='.venv*' \
        -c seedcompat_ref requirements.txt environments.json | tar -C "$ctx/python-reference" -x
    # numpy goes to its own layer: installed with --target in a build stage, then copied into
    # site-packages (one COPY, no wheel left in the image). The import tests fail the build early
    # when numpy and torch do not load together; they come before the package, which changes more.
    {
        echo "FROM $layer AS numpy"
        echo "LABEL org.seedcompat.stage=numpy"
        echo "COPY numpy /numpy"
        echo "RUN pip install --no-index --find-links /numpy --no-deps --no-cache-dir --disable-pip-version-check --target /site numpy==$numpy && rm -rf /site/bin"
        echo "FROM $layer"
        echo "COPY --from=numpy /site /opt/venv/lib/python3.11/site-packages"
        # Set before the import tests: byte code written by them would land in this image's layers.
        echo "ENV PYTHONDONTWRITEBYTECODE=1"
        echo "RUN python -c \"import numpy, sys; assert numpy.__version__ == '$numpy', numpy.__version__\""
        if [ -n "$(envq field "$env" torch)" ]; then
            echo "RUN python -c \"import torch, numpy; print(torch.__version__); torch.manual_seed(1); torch.rand(1).numpy()\""
        fi
        echo "COPY python-reference /opt/seedcompat/python-reference"
        echo "ENV PYTHONPATH=/opt/seedcompat/python-reference SEEDCOMPAT_ENV=$env"
        echo "WORKDIR /opt/seedcompat/python-reference"
        echo "LABEL org.seedcompat.env=$env org.seedcompat.numpy=$numpy org.seedcompat.torch=$(tag_of "$(envq field "$env" torch)")"
        echo 'CMD ["python", "-m", "seedcompat_ref"]'
    } > "$ctx/Dockerfile"
    local old; old="$("$DOCKER" image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)"
    log "building $image (numpy $numpy on $layer)"
    "$DOCKER" build --network none --pull=false --force-rm -t "$image" "$ctx" > "$ctx/build.log" 2>&1 \
        || { tail -n 30 "$ctx/build.log" >&2; die "docker build of $image failed (log: $ctx/build.log)" \
                  "read the log above"; }
    prune_stages
    rm -rf "$ctx/numpy"
    # A rebuild leaves the replaced image untagged: remove it (fails harmlessly while a container uses it).
    if [ -n "$old" ] && [ "$old" != "$("$DOCKER" image inspect --format '{{.Id}}' "$image")" ]; then
        "$DOCKER" rmi "$old" >/dev/null 2>&1 || true
    fi
    log "built $image in $(since "$t0") ($(size_of "$image"))"
}

T0="$(now)"
build_base
for t in "${TARGETS[@]}"; do build_env "$t"; done
log "done in $(since "$T0"): ${TARGETS[*]}"
