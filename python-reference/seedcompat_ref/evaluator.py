"""The case language: a small, whitelisted subset of Python expressions.

Cases are parsed with ast and walked node by node; nothing is ever passed to eval/exec, so a
case can only build plain values (numbers, strings, containers, numpy arrays and dtypes) and
call the methods a target whitelists.
"""

import ast
import operator

import numpy as np


class CaseError(Exception):
    """An error reported in the case's own terms (SyntaxError, UnsupportedExpression, ...)."""

    def __init__(self, type_name, message):
        super().__init__(message)
        self.type_name = type_name
        self.message = message


# Largest integer '**' result allowed, in bits: stops 10**10**10 from eating the process.
MAX_POW_BITS = 1 << 20

# Largest list built by '*' repetition or numpy.zeros/ones/full, in elements.
MAX_BUILT_ELEMENTS = 1 << 22

# `np.` is an alias of `numpy.` everywhere.
_ALIASES = {"np": "numpy"}

_FUNCTIONS = {"arange": np.arange, "numpy.arange": np.arange, "array": np.array, "numpy.array": np.array}

# The bit generator classes of the Generator API. They and SeedSequence may also be constructed
# inside arguments (only spelled `numpy.random.X(...)`), to seed Generator(...), default_rng(...)
# and each other: numpy.random.Generator(numpy.random.PCG64(numpy.random.SeedSequence(1))).
BIT_GENERATORS = ("PCG64", "MT19937", "PCG64DXSM", "Philox", "SFC64")


def _filled(fill):
    """numpy.zeros/ones/full, refused above MAX_BUILT_ELEMENTS (the Java side has the same cap)."""
    def build(shape, *args, **kwargs):
        dims = (shape,) if isinstance(shape, int) else tuple(shape)
        n = 1
        for d in dims:
            n *= int(d)
        if n > MAX_BUILT_ELEMENTS:
            raise CaseError("UnsupportedExpression", f"an array of over {MAX_BUILT_ELEMENTS} elements is not supported")
        return fill(shape, *args, **kwargs)
    return build


_FUNCTIONS.update({"numpy.zeros": _filled(np.zeros), "numpy.ones": _filled(np.ones), "numpy.full": _filled(np.full)})
_FUNCTIONS.update({"numpy.random." + n: getattr(np.random, n) for n in BIT_GENERATORS + ("SeedSequence",)})
# A RandomState may be built in an argument too (default_rng(RandomState(3)) shares its bit generator).
_FUNCTIONS["numpy.random.RandomState"] = np.random.RandomState


def libm_sample(kind, n, seed, low=0.0, high=1.0):
    """Inputs for the libm target, drawn from default_rng(seed) (the Java engine draws the same)."""
    rng = np.random.default_rng(seed)
    if kind == "bits":
        return rng.integers(0, 2 ** 64, size=n, dtype=np.uint64).view(np.float64)
    if kind == "bits32":
        return rng.integers(0, 2 ** 32, size=n, dtype=np.uint32).view(np.float32)
    if kind in ("uniform", "uniform32"):
        u = rng.uniform(low, high, n)
        return u if kind == "uniform" else u.astype(np.float32)
    if kind in ("reciprocal", "reciprocal32"):  # 1/shape, the gamma samplers' exponents
        r = 1.0 / rng.uniform(low, high, n)
        return r if kind == "reciprocal" else r.astype(np.float32)
    if kind in ("integers", "integers32"):  # whole-number exponents, for negative bases
        v = rng.integers(int(low), int(high), size=n).astype(np.float64)
        return v if kind == "integers" else v.astype(np.float32)
    raise ValueError(f"unknown sample kind '{kind}' "
                     "(bits, bits32, uniform, uniform32, reciprocal, reciprocal32, integers, integers32)")


_FUNCTIONS["libm.sample"] = libm_sample

_DTYPE_NAMES = (
    "bool_", "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "intp", "uintp", "int_", "uint", "intc", "uintc",
    "byte", "ubyte", "short", "ushort", "longlong", "ulonglong", "half", "single", "double",
)
_ATTRIBUTES = {"numpy." + n: getattr(np, n) for n in _DTYPE_NAMES if hasattr(np, n)}
_ATTRIBUTES.update({"numpy.inf": float("inf"), "numpy.nan": float("nan")})

# torch names usable in arguments, resolved when first used (importing torch takes seconds, and a
# NumPy-only run never pays for it): dtypes and the tensor constructors.
TORCH_DTYPES = (
    "float16", "bfloat16", "float32", "float64", "half", "float", "double", "int8", "int16", "int32",
    "int64", "uint8", "uint16", "uint32", "uint64", "short", "int", "long", "bool",
)
TORCH_FUNCTIONS = ("tensor", "full")


def _torch_attribute(name):
    import torch
    return getattr(torch, name)


# Bare Python type names, as in randint(0, 2, dtype=bool); numpy maps them to int64/float64/bool.
_NAMES = {"int": int, "float": float, "bool": bool}

_BINOPS = {
    ast.Add: ("+", operator.add), ast.Sub: ("-", operator.sub), ast.Mult: ("*", operator.mul),
    ast.Div: ("/", operator.truediv), ast.FloorDiv: ("//", operator.floordiv),
    ast.Mod: ("%", operator.mod), ast.Pow: ("**", operator.pow),
}
_UNARYOPS = {ast.USub: ("-", operator.neg), ast.UAdd: ("+", operator.pos)}
_OTHER_OPS = {
    ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitAnd: "&", ast.BitXor: "^",
    ast.MatMult: "@", ast.Invert: "~", ast.Not: "not",
}
_CONSTRUCTS = {
    ast.Subscript: "subscript", ast.Slice: "slice", ast.Compare: "comparison",
    ast.BoolOp: "boolean operator", ast.IfExp: "conditional expression", ast.Lambda: "lambda",
    ast.ListComp: "list comprehension", ast.SetComp: "set comprehension",
    ast.DictComp: "dict comprehension", ast.GeneratorExp: "generator expression",
    ast.Set: "set display", ast.JoinedStr: "f-string", ast.NamedExpr: "assignment expression",
    ast.Starred: "starred expression", ast.Await: "await", ast.Yield: "yield",
}
_PLAIN_CONSTANTS = (bool, int, float, str, type(None))


class Source:
    """One case text and its parse tree; knows how to name a node's position."""

    def __init__(self, text):
        self.text = text
        # Like eval(), tolerate leading blanks (ast.parse calls them an IndentationError).
        body = text.lstrip(" \t")
        self.lead = len(text) - len(body)
        self.lines = body.split("\n")
        try:
            self.tree = ast.parse(body, mode="eval").body
        except SyntaxError as e:
            raise CaseError("SyntaxError", f"{e.msg} at {self._where(e.lineno or 1, max(e.offset or 1, 1))}")
        except (ValueError, RecursionError, MemoryError) as e:  # NUL bytes, absurd nesting
            raise CaseError("SyntaxError", f"{e} at column 1")

    def _where(self, lineno, col):
        """col is 1-based in the stripped text's line; report it in the original text."""
        if lineno == 1:
            return f"column {col + self.lead}"
        return f"line {lineno}, column {col}"

    def where(self, node):
        # ast offsets count UTF-8 bytes; report characters.
        line = self.lines[node.lineno - 1] if 0 < node.lineno <= len(self.lines) else ""
        col = len(line.encode("utf-8")[: node.col_offset].decode("utf-8", "ignore")) + 1
        return self._where(node.lineno, col)

    def unsupported(self, node, what):
        return CaseError("UnsupportedExpression", f"{what} is not supported at {self.where(node)}")


def dotted_name(node):
    """'numpy.random.RandomState' for that Name/Attribute chain (np. normalised), else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(_ALIASES.get(node.id, node.id))
    return ".".join(reversed(parts))


def describe(node):
    if isinstance(node, ast.Constant):
        if isinstance(node.value, complex):
            return "complex literal"
        if isinstance(node.value, bytes):
            return "bytes literal"
        return f"literal {node.value!r}"
    if isinstance(node, (ast.BinOp, ast.UnaryOp)) and type(node.op) in _OTHER_OPS:
        return f"operator '{_OTHER_OPS[type(node.op)]}'"
    if isinstance(node, ast.Name):
        return f"name '{node.id}'"
    if isinstance(node, ast.Attribute):
        return f"attribute '{dotted_name(node) or node.attr}'"
    if isinstance(node, ast.Call):
        return f"call to '{dotted_name(node.func) or describe(node.func)}'"
    return _CONSTRUCTS.get(type(node), type(node).__name__)


def _is_number(v):
    return type(v) in (int, float)  # exact: bools and arrays are not numbers here


def eval_args(src, call):
    """Evaluates a Call node's arguments -> (args list, kwargs dict)."""
    args = []
    for a in call.args:
        if isinstance(a, ast.Starred):
            raise src.unsupported(a, "argument unpacking '*'")
        args.append(eval_value(src, a))
    kwargs = {}
    for k in call.keywords:
        if k.arg is None:
            raise src.unsupported(k.value, "keyword unpacking '**'")
        kwargs[k.arg] = eval_value(src, k.value)
    return args, kwargs


def eval_value(src, node):
    """Evaluates one argument expression against the whitelist."""
    if isinstance(node, ast.Constant):
        if type(node.value) in _PLAIN_CONSTANTS:
            return node.value
        raise src.unsupported(node, describe(node))
    if isinstance(node, ast.List):
        return [eval_value(src, e) for e in node.elts]
    if isinstance(node, ast.Tuple):
        return tuple(eval_value(src, e) for e in node.elts)
    if isinstance(node, ast.Dict):
        out = {}
        for k, v in zip(node.keys, node.values):
            if k is None:
                raise src.unsupported(v, "dict unpacking '**'")
            out[eval_value(src, k)] = eval_value(src, v)
        return out
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARYOPS:
        sym, fn = _UNARYOPS[type(node.op)]
        v = eval_value(src, node.operand)
        if not _is_number(v):
            raise src.unsupported(node, f"unary '{sym}' on {type(v).__name__} (numbers only)")
        return fn(v)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _binop(src, node)
    if isinstance(node, ast.Name) and node.id in _NAMES:
        return _NAMES[node.id]
    if isinstance(node, ast.Attribute) and dotted_name(node) in _ATTRIBUTES:
        return _ATTRIBUTES[dotted_name(node)]
    if isinstance(node, ast.Attribute) and dotted_name(node) in {"torch." + n for n in TORCH_DTYPES}:
        return _torch_attribute(node.attr)
    if isinstance(node, ast.Call) and dotted_name(node.func) in _FUNCTIONS:
        args, kwargs = eval_args(src, node)
        return _FUNCTIONS[dotted_name(node.func)](*args, **kwargs)
    if isinstance(node, ast.Call) and dotted_name(node.func) in {"torch." + n for n in TORCH_FUNCTIONS}:
        args, kwargs = eval_args(src, node)
        return _torch_attribute(node.func.attr)(*args, **kwargs)
    raise src.unsupported(node, describe(node))


def _binop(src, node):
    sym, fn = _BINOPS[type(node.op)]
    a = eval_value(src, node.left)
    b = eval_value(src, node.right)
    if sym == "*" and (type(a) in (list, tuple) and type(b) is int or type(b) in (list, tuple) and type(a) is int):
        seq, n = (a, b) if type(b) is int else (b, a)
        if len(seq) * max(n, 0) > MAX_BUILT_ELEMENTS:
            raise src.unsupported(node, f"a repetition of over {MAX_BUILT_ELEMENTS} elements")
        return seq * n
    if not (_is_number(a) and _is_number(b)):
        raise src.unsupported(node, f"'{sym}' on {type(a).__name__} and {type(b).__name__} (numbers only)")
    if sym == "**" and type(a) is int and type(b) is int and b > 0 and abs(a) > 1:
        if b * (abs(a).bit_length() - 1) > MAX_POW_BITS:
            raise src.unsupported(node, f"'**' with a result over {MAX_POW_BITS} bits")
    result = fn(a, b)  # ZeroDivisionError/OverflowError surface as the call's error
    if isinstance(result, complex):  # e.g. (-8) ** 0.5
        raise src.unsupported(node, f"'{sym}' with a complex result")
    return result
