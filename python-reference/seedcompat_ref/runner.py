"""Executes one `run` request: build the target from the setup expression, then each call."""

import ast

from . import targets
from .evaluator import CaseError, Source, describe, dotted_name, eval_args
from .render import ResultTooLarge, mask_addresses, render


def _error(e):
    if isinstance(e, CaseError):
        return {"type": e.type_name, "message": e.message}
    return {"type": type(e).__name__, "message": mask_addresses(str(e))}


def setup_name(node):
    """The name a setup is registered under: `numpy.random.RandomState` for a plain call, and
    `torch.Generator().manual_seed` for a method called on an argument-less constructor."""
    if isinstance(node, ast.Name) and node.id == "libm":  # the one bare-name setup
        return "libm"
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call):
        inner = func.value
        inner_name = dotted_name(inner.func)
        if inner_name and not inner.args and not inner.keywords:
            return f"{inner_name}().{func.attr}"
        return None
    return dotted_name(func)


def make_target(text):
    src = Source(text)
    node = src.tree
    name = setup_name(node)
    setup = targets.lookup(name) if name else None
    if setup is None:
        what = f"'{name}'" if name else describe(node)
        supported = ", ".join(sorted(targets.SETUPS))
        raise CaseError("UnsupportedSetup", f"{what} is not a supported setup (supported: {supported})")
    args, kwargs = eval_args(src, node) if isinstance(node, ast.Call) else ([], {})
    return setup(args, kwargs)


def _shape_error(src, node):
    return CaseError("UnsupportedExpression",
                     f"expected a call such as rand(3) or an attribute such as bit_generator.state, "
                     f"got {describe(node)} at {src.where(node)}")


def parse_links(src):
    """A call line as its links: `empty(5).uniform_(0, 1)` -> [(["empty"], Call), (["uniform_"], Call)];
    a plain line (`rand(3)`, `bit_generator.state`) is one link (["name", ...], the ast.Call or None).
    Only a call may be followed by a method call: an attribute of a call result is refused."""
    links = []
    node = src.tree
    while True:
        call = node if isinstance(node, ast.Call) else None
        path = call.func if call is not None else node
        names = []
        while isinstance(path, ast.Attribute):
            names.append(path.attr)
            path = path.value
        if isinstance(path, ast.Call) and names:
            if call is None:  # empty(5).shape: kept as a link without a call, refused by run_call
                links.append((list(reversed(names)), None))
            else:
                links.append((list(reversed(names)), call))
            node = path
            continue
        if not isinstance(path, ast.Name):  # a literal, a subscript, ...
            raise _shape_error(src, path)
        links.append((dotted_name(call.func if call is not None else node).split("."), call))
        return list(reversed(links))


def parse_line(src):
    """A plain call line's path and call (see parse_links); `np` as the first name means `numpy`."""
    links = parse_links(src)
    if len(links) > 1:
        raise _shape_error(src, links[0][1])
    return links[0]


def _trailing_attribute(src, links):
    names, call = links[-1]
    return CaseError("UnsupportedExpression",
                     f"attribute '{names[-1]}' of a call result is not supported at {src.where(src.tree)}")


def run_call(target, text):
    """One call line: {"call": text, <value fields>} or {"call": text, "error": {...}}."""
    try:
        src = Source(text)
        links = parse_links(src)
        if len(links) > 1:
            if not getattr(target, "chains", False):
                raise _shape_error(src, links[0][1])
            if links[-1][1] is None:
                raise _trailing_attribute(src, links)
            result = target.run_chain(src, links)
        else:
            steps, call = links[0]
            table = target.check_path(steps, call is not None)
            args, kwargs = eval_args(src, call) if call is not None else ([], {})
            result = target.run_path(steps, call is not None, args, kwargs, table)
    except Exception as e:  # the library's own errors are results too
        return {"call": text, "error": _error(e)}
    line = {"call": text}
    try:
        line.update(render(result))
    except ResultTooLarge as e:
        return {"call": text, "error": {"type": "UnsupportedSize", "message": str(e)}}
    return line


class MissingModule(Exception):
    """A setup needs a module this interpreter does not have (torch in a numpy-only environment):
    a broken reference, not a result the engine could be compared with."""

    def __init__(self, module, message):
        super().__init__(message)
        self.module = module


def open_target(setup):
    """(target, None) or (None, setup error line); raises MissingModule."""
    try:
        return make_target(setup), None
    except ModuleNotFoundError as e:
        raise MissingModule(e.name or "?", str(e))
    except Exception as e:
        return None, _error(e)


def run_call_probed(target, text, probe):
    """(run_call's line, the rendered result of the probe after the call or None): the probe reads
    the generator's state without drawing from it."""
    line = run_call(target, text)
    if not probe:
        return line, None
    state = run_call(target, probe)
    if "error" in state:
        return line, None
    state.pop("call", None)
    return line, state


def run(setup, calls, probe=None):
    """The body of a `result` response (without id/type); with a probe, also `states` (one per call)."""
    target, error = open_target(setup)
    if error is not None:
        return {"setup_error": error, "results": []}
    done = [run_call_probed(target, c, probe) for c in calls]
    out = {"results": [line for line, _ in done]}
    if probe:
        out["states"] = [state for _, state in done]
    return out
