#!/usr/bin/env bash
# Runs the engine's JMH benchmarks and the same calls in NumPy on this machine, in one go, and prints
# ms per 10^6-value call for both and the ratio (Java / NumPy; below 1 means the engine is faster).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
PY="${SEEDCOMPAT_PYTHON:-$ROOT/python-reference/.venv/bin/python}"
[ -x "$PY" ] || bash "$ROOT/python-reference/setup.sh"

(cd "$ROOT" && mvn -B -q -Pbench -Dmaven.test.skip=true package -pl bench -am)
java -jar "$HERE/target/seedcompat-bench.jar" -rf json -rff "$HERE/target/jmh.json" "$@" >&2
"$PY" "$HERE/numpy_bench.py" > "$HERE/target/numpy.json"

"$PY" - "$HERE/target/jmh.json" "$HERE/target/numpy.json" <<'PY'
import json, sys
jmh = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open(sys.argv[1]))}
npy = json.load(open(sys.argv[2]))
print(f"{'call (10^6 values)':<20} {'engine ms':>10} {'numpy ms':>10} {'ratio':>7}   (numpy {npy['numpy']})")
for name, ms in npy["ms"].items():
    if name in jmh:
        print(f"{name:<20} {jmh[name]:>10.2f} {ms:>10.2f} {jmh[name] / ms:>7.2f}")
PY
