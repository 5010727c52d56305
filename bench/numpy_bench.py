"""Times the NumPy and PyTorch calls that LegacyBenchmark and TorchBenchmark time in Java: best of 7
runs, ms per call of 10^6 values. torch runs single-threaded, as the engine does (its RNG kernels are
serial anyway; randperm's index fill is the only parallel part)."""
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
import torch

torch.set_num_threads(1)
torch.manual_seed(42)
CALLS.update({
    "torchRand": lambda: torch.rand(N),
    "torchRandn": lambda: torch.randn(N),
    "torchRandnDouble": lambda: torch.randn(N, dtype=torch.float64),
    "torchRandint": lambda: torch.randint(0, 1000, (N,)),
    "torchRandperm": lambda: torch.randperm(N),
})
out = {}
for name, fn in CALLS.items():
    fn()
    out[name] = min(timeit.repeat(fn, number=1, repeat=7)) * 1e3
json.dump({"numpy": np.__version__ + ", torch " + torch.__version__, "ms": out}, sys.stdout)
