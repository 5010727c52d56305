"""Setup `libm`: the C math library's own functions, element-wise over an argument array, called
through ctypes in libm.so.6 (so glibc's ifunc picks the build this process runs: FMA, or the
generic one under GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA,...). Not NumPy's ufuncs, which are
different code. `pow(x, y)` and `powf(x, y)` take two arguments: arrays of one shape, or one of them
a scalar that is broadcast. Inputs for long runs come from `libm.sample(...)` (see evaluator.py)."""

import ctypes

import numpy as np

from .base import Target

DOUBLE = ("log", "log1p", "exp", "expm1", "sin", "cos", "tan", "acos")
FLOAT = ("logf", "log1pf", "expf", "sinf", "cosf")
BINARY = {"pow": ctypes.c_double, "powf": ctypes.c_float}

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
        for name, ctype in BINARY.items():
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = ctype, [ctype, ctype]
        _LIBM = lib
    return _LIBM


class LibmTarget(Target):
    name = "libm"
    methods = frozenset(DOUBLE + FLOAT + tuple(BINARY))

    def run_path(self, steps, called, args, kwargs, table):
        name = steps[-1]
        if name in BINARY:
            return _call_binary(name, *_bind_xy(name, args, kwargs))
        x = _bind_x(name, args, kwargs)
        dtype = np.float32 if name in FLOAT else np.float64
        arr = np.asarray(x, dtype=dtype)
        fn = getattr(_libm(), name)
        flat = arr.ravel().tolist()
        return np.array([fn(v) for v in flat], dtype=dtype).reshape(arr.shape)


def _call_binary(name, x, y):
    """`pow(x, y)` / `powf(x, y)` element-wise; a 0-d argument is broadcast."""
    dtype = np.float32 if name == "powf" else np.float64
    xa = np.asarray(x, dtype=dtype)
    ya = np.asarray(y, dtype=dtype)
    if xa.ndim and ya.ndim and xa.shape != ya.shape:
        raise ValueError(f"{name}(): x and y must have the same shape, or one of them be a scalar")
    shape = ya.shape if xa.ndim == 0 else xa.shape
    n = int(np.prod(shape, dtype=np.int64))
    xs = _ctype_values(xa, n)
    ys = _ctype_values(ya, n)
    fn = getattr(_libm(), name)
    return np.array([fn(a, b) for a, b in zip(xs, ys)], dtype=dtype).reshape(shape)


def _ctype_values(a, n):
    """The elements as ctypes values holding their exact bits (a Python float would pass a float32
    signaling NaN through double precision, quieting it); a 0-d array repeated n times."""
    flat = np.ascontiguousarray(a.ravel())
    ctype = ctypes.c_float if a.dtype == np.float32 else ctypes.c_double
    values = [ctype.from_buffer_copy(flat, i * flat.itemsize) for i in range(flat.size)]
    return values if a.ndim else values * n


def _bind_xy(name, args, kwargs):
    """`f(x, y)` bound as the Java side's Signature binds it (Cython's wording), with its messages and their order."""
    params = ("x", "y")
    if len(args) > 2:
        raise TypeError(f"{name}() takes exactly 2 positional arguments ({len(args)} given)")
    values = dict(zip(params, args))
    for k, v in kwargs.items():
        if k not in params:
            raise TypeError(f"{name}() got an unexpected keyword argument '{k}'")
        if k in values:
            raise TypeError(f"{name}() got multiple values for keyword argument '{k}'")
        values[k] = v
    if len(values) < 2:
        raise TypeError(f"{name}() takes exactly 2 positional arguments ({len(args)} given)")
    return values["x"], values["y"]


def _bind_x(name, args, kwargs):
    """`f(x)` bound as the Java side's Signature binds it, with its messages."""
    for k in kwargs:
        if k != "x":
            raise TypeError(f"{name}() got an unexpected keyword argument '{k}'")
    if len(args) > 1:
        raise TypeError(f"{name}() takes exactly 1 positional argument ({len(args)} given)")
    if args and kwargs:
        raise TypeError(f"{name}() got multiple values for keyword argument 'x'")
    if not args and not kwargs:
        raise TypeError(f"{name}() takes exactly 1 positional argument (0 given)")
    return args[0] if args else kwargs["x"]


def setup(args, kwargs):
    return LibmTarget(None)


SETUP_NAMES = ("libm",)

TARGET = LibmTarget  # the member table its setups answer with (`describe`)
