"""Turns call results into the JSON value form the Java side compares against.

Floats always travel as IEEE-754 bit patterns so that no decimal round trip can hide a one-ulp
difference, and integers travel as exact JSON integers.
"""

import sys

import numpy as np

INT64_MIN = -(1 << 63)
INT64_MAX = (1 << 63) - 1
REPR_LIMIT = 200

# Float dtypes by itemsize: the unsigned view that exposes the bits, and the hex width.
_FLOAT_BITS = {2: (np.uint16, 4), 4: (np.uint32, 8), 8: (np.uint64, 16)}


def unsupported(x):
    return {"type": "unsupported", "repr": repr(x)[:REPR_LIMIT]}


def _hex_list(bits, width):
    fmt = "0x%0" + str(width) + "x"
    return [fmt % b for b in bits.tolist()]


def render_array(arr, original=None):
    """numpy ndarray (any shape, 0-d included) -> {dtype, shape, data}.
    `original` is what the caller had (e.g. a numpy scalar), for the repr of unsupported dtypes."""
    dt = arr.dtype
    shape = list(arr.shape)
    if dt.kind in "biu":
        return {"dtype": dt.name, "shape": shape, "data": arr.ravel(order="C").tolist()}
    if dt.kind == "f" and dt.itemsize in _FLOAT_BITS:
        uint, width = _FLOAT_BITS[dt.itemsize]
        # Native byte order first, so the unsigned view reads the value's bits, not swapped ones.
        flat = np.ascontiguousarray(arr.ravel(order="C"), dtype=dt.newbyteorder("="))
        return {"dtype": dt.name, "shape": shape, "data": _hex_list(flat.view(uint), width)}
    # str, bytes, object, complex, datetime, longdouble...: not part of the contract.
    return unsupported(arr if original is None else original)


def _render_torch(t):
    import torch  # only reached when torch is already loaded

    name = str(t.dtype).rpartition(".")[2]
    t = t.detach().cpu().contiguous()
    if t.dtype == torch.bfloat16:
        # numpy has no bfloat16: reinterpret the 16 bits as int16, then read them unsigned.
        bits = t.view(torch.int16).numpy().view(np.uint16)
        return {"dtype": "bfloat16", "shape": list(t.shape), "data": _hex_list(bits.ravel(), 4)}
    try:
        arr = t.numpy()
    except (TypeError, RuntimeError):
        return unsupported(t)
    out = render_array(arr, t)
    if "dtype" in out:
        out["dtype"] = name  # torch's own name; equal to numpy's for every supported dtype
    return out


def _is_torch_tensor(x):
    torch = sys.modules.get("torch")
    return torch is not None and isinstance(x, torch.Tensor)


def render(x):
    """Any call result -> JSON-ready value (see README, "Value format")."""
    if x is None:
        return {"type": "None"}
    if isinstance(x, bool):  # before int: bool is an int subclass
        return {"dtype": "bool", "shape": [], "data": [x]}
    if isinstance(x, int):
        v = int(x)
        if INT64_MIN <= v <= INT64_MAX:
            return {"dtype": "int64", "shape": [], "data": [v]}
        return {"type": "int", "value": v}
    if isinstance(x, float):
        return render_array(np.asarray(float(x), dtype=np.float64))
    if isinstance(x, (np.ndarray, np.generic)):
        return render_array(np.asarray(x), x)
    if _is_torch_tensor(x):
        return _render_torch(x)
    if isinstance(x, str):
        return {"type": "str", "value": str(x)}
    if isinstance(x, (bytes, bytearray, memoryview)):
        return {"type": "bytes", "hex": bytes(x).hex()}
    if isinstance(x, tuple):
        return {"type": "tuple", "items": [render(i) for i in x]}
    if isinstance(x, list):
        return {"type": "list", "items": [render(i) for i in x]}
    if isinstance(x, dict):
        return {"type": "dict", "items": {str(k): render(v) for k, v in x.items()}}
    return unsupported(x)
