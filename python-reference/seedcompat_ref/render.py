"""Turns call results into the JSON value form the Java side compares against.

Floats always travel as IEEE-754 bit patterns so that no decimal round trip can hide a one-ulp
difference, and integers travel as exact JSON integers.
"""

import re
import sys

import numpy as np

from .evaluator import BIT_GENERATORS

INT64_MIN = -(1 << 63)
INT64_MAX = (1 << 63) - 1
REPR_LIMIT = 200

# Float dtypes by itemsize: the unsigned view that exposes the bits, and the hex width.
_FLOAT_BITS = {2: (np.uint16, 4), 4: (np.uint32, 8), 8: (np.uint64, 16)}


# CPython object addresses (`<... object at 0x7f...>`, `Generator(PCG64) at 0x7F...`) differ from run
# to run; reprs and error messages carry them masked, so they stay comparable.
_ADDRESS = re.compile(r"\bat 0x[0-9a-fA-F]+")


# PyTorch appends the C++ backtrace of some errors to the message ("Exception raised from ..." and
# one line per frame, with this machine's paths and addresses): debugging noise, not the message.
_CPP_TRACE = re.compile(r"\nException raised from [\s\S]*\n")


def mask_addresses(text):
    return _ADDRESS.sub("at 0x...", _CPP_TRACE.sub("", text))


def unsupported(x):
    return {"type": "unsupported", "repr": mask_addresses(repr(x))[:REPR_LIMIT]}


def _hex_list(bits, width):
    fmt = "0x%0" + str(width) + "x"
    return [fmt % b for b in bits.tolist()]


# Arrays longer than this travel as a digest (dtype, shape, count, first DIGEST_HEAD elements and the
# SHA-256 of every element's bits, little-endian at the dtype's width): the same form the golden
# vectors store, so a 2**28-element stream never crosses the pipe as JSON.
DIGEST_LIMIT = 1 << 22
# bytes results travel as hex: twice their length, which must fit in one frame.
MAX_BYTES = 16 << 20


class ResultTooLarge(Exception):
    """A result the reference cannot send (reported to the client as an UnsupportedSize error)."""
DIGEST_HEAD = 256


def _digest(arr, dtype_name, head):
    import hashlib

    flat = np.ascontiguousarray(arr.ravel(order="C"))
    flat = flat.astype(flat.dtype.newbyteorder("<"), copy=False)
    return {"dtype": dtype_name, "shape": list(arr.shape), "count": int(flat.size), "head": head,
            "sha256": hashlib.sha256(memoryview(flat).cast("B")).hexdigest()}


def render_array(arr, original=None):
    """numpy ndarray (any shape, 0-d included) -> {dtype, shape, data}, or a digest past DIGEST_LIMIT.
    `original` is what the caller had (e.g. a numpy scalar), for the repr of unsupported dtypes."""
    dt = arr.dtype
    shape = list(arr.shape)
    if arr.size > DIGEST_LIMIT and (dt.kind in "biu" or (dt.kind == "f" and dt.itemsize in _FLOAT_BITS)):
        head = render_array(arr.ravel(order="C")[:DIGEST_HEAD])["data"]
        return _digest(arr, dt.name, head)
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
        if bits.size > DIGEST_LIMIT:
            return _digest(bits, "bfloat16", _hex_list(bits.ravel()[:DIGEST_HEAD], 4))
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


# The objects of NumPy's Generator API that render as {"type": "object", "class": ..., <fields>}.
# Only exact classes: a subclass or any other object stays "unsupported".
_BIT_GENERATOR_CLASSES = frozenset(getattr(np.random, n) for n in BIT_GENERATORS)


def _render_torch_generator(x):
    torch = sys.modules.get("torch")
    if torch is not None and type(x) is torch.Generator:
        return {"type": "object", "class": "torch.Generator", "initial_seed": render(x.initial_seed())}
    return None


def _render_object(x):
    """A Generator, bit generator or SeedSequence -> {"type": "object", "class": <class name>, <fields>},
    else None. The fields are what fixes the object's future output, and nothing that is
    unreproducible: a bit generator carries its state but not its seed_seq (jumped() gives a
    fresh one drawn from OS entropy)."""
    cls = type(x)
    if cls is np.random.Generator:
        return {"type": "object", "class": "Generator", "bit_generator": render(x.bit_generator)}
    if cls in _BIT_GENERATOR_CLASSES:
        return {"type": "object", "class": cls.__name__, "state": render(x.state)}
    if cls is np.random.SeedSequence:
        return {"type": "object", "class": "SeedSequence", "entropy": render(x.entropy),
                "spawn_key": render(x.spawn_key), "pool_size": render(x.pool_size),
                "n_children_spawned": render(x.n_children_spawned)}
    return None


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
        if len(x) > MAX_BYTES:  # its hex would not fit in a frame; say so instead of exhausting memory
            raise ResultTooLarge(f"the result is {len(x)} bytes; the reference renders at most {MAX_BYTES} "
                                 f"bytes per call: ask for fewer bytes per call")
        return {"type": "bytes", "hex": bytes(x).hex()}
    if isinstance(x, tuple):
        return {"type": "tuple", "items": [render(i) for i in x]}
    if isinstance(x, list):
        return {"type": "list", "items": [render(i) for i in x]}
    if isinstance(x, dict):
        return {"type": "dict", "items": {str(k): render(v) for k, v in x.items()}}
    obj = _render_object(x)
    if obj is None:
        obj = _render_torch_generator(x)
    return obj if obj is not None else unsupported(x)
