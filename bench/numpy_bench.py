"""Times the NumPy calls that LegacyBenchmark times in Java: best of 7 runs, ms per call of 10^6 values."""
import json
import sys
import timeit

import numpy as np

N = 1_000_000
rs = np.random.RandomState(42)
CALLS = {
    "randomSample": lambda: rs.random_sample(N),
    "randintInt64Small": lambda: rs.randint(0, 1000, size=N),
    "randintUint8": lambda: rs.randint(0, 200, size=N, dtype=np.uint8),
    "randn": lambda: rs.standard_normal(N),
    "permutation": lambda: rs.permutation(N),
    "bytes": lambda: rs.bytes(8 * N),
}
out = {}
for name, fn in CALLS.items():
    fn()
    out[name] = min(timeit.repeat(fn, number=1, repeat=7)) * 1e3
json.dump({"numpy": np.__version__, "ms": out}, sys.stdout)
