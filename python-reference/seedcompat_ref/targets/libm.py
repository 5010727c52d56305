"""Setup `libm`: the C math library's own functions, element-wise over an argument array, called
through ctypes in libm.so.6 (so glibc's ifunc picks the build this process runs: FMA, or the
generic one under GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA,...). Not NumPy's ufuncs, which are
different code. Inputs for long runs come from `libm.sample(...)` (see evaluator.py)."""

import ctypes

import numpy as np

from .base import Target

DOUBLE = ("log", "log1p", "exp", "sin", "cos", "tan")
FLOAT = ("logf", "log1pf", "expf", "sinf", "cosf")

_LIBM = None


def _libm():
    global _LIBM
    if _LIBM is None:
        lib = ctypes.CDLL("libm.so.6")
        for name in DOUBLE:
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = ctypes.c_double, [ctypes.c_double]
        for name in FLOAT:
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = ctypes.c_float, [ctypes.c_float]
        _LIBM = lib
    return _LIBM


class LibmTarget(Target):
    name = "libm"
    methods = frozenset(DOUBLE + FLOAT)

    def run_path(self, steps, called, args, kwargs, table):
        name = steps[-1]
        x = _bind_x(name, args, kwargs)
        dtype = np.float32 if name in FLOAT else np.float64
        arr = np.asarray(x, dtype=dtype)
        fn = getattr(_libm(), name)
        flat = arr.ravel().tolist()
        return np.array([fn(v) for v in flat], dtype=dtype).reshape(arr.shape)


def _bind_x(name, args, kwargs):
    """`f(x)` bound as the Java side's Signature binds it, with its messages."""
    for k in kwargs:
        if k != "x":
            raise TypeError(f"{name}() got an unexpected keyword argument '{k}'")
    if len(args) > 1:
        raise TypeError(f"{name}() takes at most 1 positional arguments ({len(args)} given)")
    if args and kwargs:
        raise TypeError(f"{name}() got multiple values for keyword argument 'x'")
    if not args and not kwargs:
        raise TypeError(f"{name}() takes at least 1 positional argument (0 given)")
    return args[0] if args else kwargs["x"]


def setup(args, kwargs):
    return LibmTarget(None)


SETUP_NAMES = ("libm",)
