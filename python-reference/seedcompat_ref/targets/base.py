"""What every target is: a named object plus the whitelist of what a call line may reach on it.

A call line is a path `name`, `name.name...` or `name.name...(args)` (see README, "Case
language"). Each Target subclass is also the member table of one kind of object: `methods` may
end a path as a call, `attributes` may be read, and an attribute that leads to another kind of
object names that kind's Target class, so a path can go on (`bit_generator.random_raw(3)`).
Paths are checked against these tables before anything runs.
"""

from ..evaluator import CaseError

def public_methods(obj, exclude=()):
    """The public callables of a library object, classes left out: where a target's whitelist is
    the library's own API, a method the library gains is reachable without touching this side
    (the Java tables must be a subset; MethodTablesIT lists what the engine does not cover yet)."""
    names = set()
    for name in dir(obj):
        if name.startswith("_") or name in exclude:
            continue
        member = getattr(obj, name)
        if callable(member) and not isinstance(member, type):
            names.add(name)
    return frozenset(names)


class Target:
    name = "?"  # how error messages name the target, e.g. "numpy.random.RandomState"
    methods = frozenset()
    # True when `methods` is the library's public API (public_methods) rather than a hand-kept
    # whitelist: the Java table may then be a subset of it, otherwise the two must be equal.
    library_api = False
    # Readable attributes: name -> the Target class describing the value (a path may continue
    # through it), or None for a plain value (the path must end there).
    attributes = {}
    # Methods that return None and shuffle an argument in place: (position, keyword) of the
    # argument to report instead, so the case sees what was done.
    in_place = {"shuffle": (0, "x")}

    def __init__(self, obj):
        self.obj = obj

    @classmethod
    def members(cls, prefix="", library_only=False):
        """Everything a call line may reach, flattened: 'm()' a method, 'a' an attribute, 'a.m()'
        through it. The `describe` request sends these; the Java tables are tested against them.
        With library_only, just the methods that come from the library's API (library_api)."""
        out = {prefix + m + "()" for m in cls.methods} if cls.library_api or not library_only else set()
        for name, table in cls.attributes.items():
            if not library_only:
                out.add(prefix + name)
            if table is not None:
                out |= table.members(prefix + name + ".", library_only)
        return out

    def check_path(self, steps, called):
        """Raises UnsupportedCall unless every step of the path is whitelisted where it stands.
        `steps` are the names in order; `called` says whether the last one is called.
        Returns the member table (Target class) that owns the last step."""
        path = ".".join(steps)
        table = type(self)
        for step in steps[:-1]:
            if table is None or step not in table.attributes:  # e.g. jumped.state, state.x
                raise CaseError("UnsupportedCall", f"'{path}' is not a supported call for {self.name}")
            table = table.attributes[step]
        last = steps[-1]
        if table is not None:
            if last in (table.methods if called else table.attributes):
                return table
            if called and last in table.attributes:
                raise CaseError("UnsupportedCall", f"'{path}' is an attribute, not a method: write it without (...)")
            if not called and last in table.methods:
                raise CaseError("UnsupportedCall", f"'{path}' is a method: call it as {path}(...)")
        raise CaseError("UnsupportedCall", f"'{path}' is not a supported call for {self.name}")

    def run_path(self, steps, called, args, kwargs, table):
        """Follows an already checked path on the real object. A whitelisted name the real library
        lacks (RandomState.ranf in NumPy 2, SFC64.advance) raises the real AttributeError: that is
        the library's behaviour, and the Java side must match it."""
        obj = self.obj
        for step in steps[:-1]:
            obj = getattr(obj, step)
        member = getattr(obj, steps[-1])
        if not called:
            return member
        result = member(*args, **kwargs)
        if steps[-1] in table.in_place:
            pos, kw = table.in_place[steps[-1]]
            if len(args) > pos:
                return args[pos]
            if kw in kwargs:
                return kwargs[kw]
        return result
