"""The `fingerprint` op: everything about this process that can change random-number output."""

import os
import platform
import sys

import numpy as np

# x86 and ARM features that select different SIMD kernels in NumPy/PyTorch, or glibc's libm
# variants (exp/log/pow: FMA+AVX2, else FMA4 on AMD, else SSE2).
CPU_FLAGS = (
    "sse2", "sse3", "ssse3", "sse4_1", "sse4_2", "popcnt", "avx", "f16c", "fma", "fma4", "avx2",
    "avx512f", "avx512dq", "avx512cd", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16",
    "avx512_fp16", "amx_bf16", "amx_tile", "asimd", "asimdhp", "sve", "sve2",
)

# Environment that changes kernel selection or threading.
ENV_VARS = ("ATEN_CPU_CAPABILITY", "GLIBC_TUNABLES", "NPY_DISABLE_CPU_FEATURES", "NPY_ENABLE_CPU_FEATURES",
            "OMP_NUM_THREADS")

# /proc/cpuinfo spellings that differ from the common name.
_CPUINFO_ALIASES = {"sse3": "pni"}


def _cpuinfo():
    model, flags = None, set()
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                key, _, value = line.partition(":")
                key = key.strip().lower()
                if key in ("model name", "hardware", "cpu model") and model is None:
                    model = value.strip()
                elif key in ("flags", "features") and not flags:  # x86 / ARM spelling
                    flags = set(value.split())
    except OSError:
        pass
    return model, flags


def _glibc():
    try:
        return os.confstr("CS_GNU_LIBC_VERSION")  # e.g. "glibc 2.36"
    except (AttributeError, ValueError, OSError):
        lib, version = platform.libc_ver()
        return f"{lib} {version}" if lib else None


def _numpy_simd():
    try:  # private, but it is exactly what NumPy dispatches on
        from numpy._core._multiarray_umath import __cpu_baseline__, __cpu_dispatch__, __cpu_features__
        return {"baseline": list(__cpu_baseline__), "dispatch": list(__cpu_dispatch__),
                "available": sorted(k for k, v in __cpu_features__.items() if v)}
    except Exception as e:
        return {"unavailable": f"{type(e).__name__}: {e}"}


def _torch():
    try:
        import torch  # lazy: it takes seconds, and only this op and torch targets need it
    except Exception as e:
        return {"torch": None, "torch_unavailable": f"{type(e).__name__}: {e}",
                "torch_cpu_capability": None, "torch_num_threads": None}
    try:
        capability = torch.backends.cpu.get_cpu_capability()
    except Exception:
        capability = None
    return {"torch": torch.__version__, "torch_unavailable": None,
            "torch_cpu_capability": capability, "torch_num_threads": torch.get_num_threads()}


def fingerprint():
    model, flags = _cpuinfo()
    out = {
        "python": platform.python_version(),
        "executable": sys.executable,
        "numpy": np.__version__,
    }
    out.update(_torch())
    out.update({
        "numpy_simd": _numpy_simd(),
        "env": {k: os.environ.get(k) for k in ENV_VARS},
        "glibc": _glibc(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_model": model,
        "cpu_flags": {f: f in flags or _CPUINFO_ALIASES.get(f) in flags for f in CPU_FLAGS},
    })
    return out
