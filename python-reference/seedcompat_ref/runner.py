"""Executes one `run` request: build the target from the setup expression, then each call."""

import ast

from . import targets
from .evaluator import CaseError, Source, describe, dotted_name, eval_args
from .render import render


def _error(e):
    if isinstance(e, CaseError):
        return {"type": e.type_name, "message": e.message}
    return {"type": type(e).__name__, "message": str(e)}


def make_target(text):
    src = Source(text)
    node = src.tree
    name = dotted_name(node.func) if isinstance(node, ast.Call) else None
    setup = targets.lookup(name) if name else None
    if setup is None:
        what = f"'{name}'" if name else describe(node)
        supported = ", ".join(sorted(targets.SETUPS))
        raise CaseError("UnsupportedSetup", f"{what} is not a supported setup (supported: {supported})")
    args, kwargs = eval_args(src, node)
    return setup(args, kwargs)


def run_call(target, text):
    """One call line: {"call": text, <value fields>} or {"call": text, "error": {...}}."""
    try:
        src = Source(text)
        node = src.tree
        if not isinstance(node, ast.Call):
            raise CaseError("UnsupportedExpression",
                            f"expected a call such as rand(3), got {describe(node)} at {src.where(node)}")
        if not isinstance(node.func, ast.Name) or node.func.id not in target.methods:
            name = node.func.id if isinstance(node.func, ast.Name) else dotted_name(node.func)
            if name is None:
                raise src.unsupported(node.func, describe(node.func))
            raise CaseError("UnsupportedCall", f"'{name}' is not a supported call for {target.name}")
        args, kwargs = eval_args(src, node)
        result = target.invoke(node.func.id, args, kwargs)
    except Exception as e:  # the library's own errors are results too
        return {"call": text, "error": _error(e)}
    line = {"call": text}
    line.update(render(result))
    return line


def run(setup, calls):
    """The body of a `result` response (without id/type)."""
    try:
        target = make_target(setup)
    except Exception as e:
        return {"setup_error": _error(e), "results": []}
    return {"results": [run_call(target, c) for c in calls]}
