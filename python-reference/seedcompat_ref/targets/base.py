"""What every target is: a named object plus the whitelist of methods a case may call on it."""

# The legacy NumPy random API, shared by the RandomState object and the numpy.random module.
NUMPY_LEGACY_METHODS = frozenset((
    "seed", "get_state", "set_state", "random_sample", "random", "rand", "ranf", "sample",
    "randint", "random_integers", "tomaxint", "randn", "standard_normal", "normal", "uniform",
    "choice", "shuffle", "permutation", "bytes",
))


class Target:
    name = "?"  # how error messages name the target, e.g. "numpy.random.RandomState"
    methods = frozenset()
    # Methods that return None and shuffle an argument in place: (position, keyword) of the
    # argument to report instead, so the case sees what was done.
    in_place = {"shuffle": (0, "x")}

    def __init__(self, obj):
        self.obj = obj

    def invoke(self, method, args, kwargs):
        # A whitelisted name the real library lacks (RandomState.ranf in NumPy 2) raises the real
        # AttributeError: that is the library's behaviour, and the Java side must match it.
        result = getattr(self.obj, method)(*args, **kwargs)
        if method in self.in_place:
            pos, kw = self.in_place[method]
            if len(args) > pos:
                return args[pos]
            if kw in kwargs:
                return kwargs[kw]
        return result
