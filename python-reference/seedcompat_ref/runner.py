"""Executes one `run` request: build the target from the setup expression, then each call."""

import ast

from . import targets
from .evaluator import CaseError, Source, describe, dotted_name, eval_args
from .render import mask_addresses, render


def _error(e):
    if isinstance(e, CaseError):
        return {"type": e.type_name, "message": e.message}
    return {"type": type(e).__name__, "message": mask_addresses(str(e))}


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


def parse_line(src):
    """A call line's path and call: `name`, `name.name...` or `name.name...(args)` ->
    (["name", ...], the ast.Call or None). `np` as the first name means `numpy`, as everywhere."""
    node = src.tree
    call = node if isinstance(node, ast.Call) else None
    path = call.func if call is not None else node
    base = path
    while isinstance(base, ast.Attribute):
        base = base.value
    if not isinstance(base, ast.Name):  # a literal, a subscript, a call inside the path, ...
        raise CaseError("UnsupportedExpression",
                        f"expected a call such as rand(3) or an attribute such as bit_generator.state, "
                        f"got {describe(base)} at {src.where(base)}")
    return dotted_name(path).split("."), call


def run_call(target, text):
    """One call line: {"call": text, <value fields>} or {"call": text, "error": {...}}."""
    try:
        src = Source(text)
        steps, call = parse_line(src)
        table = target.check_path(steps, call is not None)
        args, kwargs = eval_args(src, call) if call is not None else ([], {})
        result = target.run_path(steps, call is not None, args, kwargs, table)
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
