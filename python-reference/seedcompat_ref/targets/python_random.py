"""Setup `random.Random(seed)`: Python's own Mersenne Twister (the `random` module), whose state
layout the state bridge translates. Calls are methods of that Random instance."""

import random

from .base import Target


class PythonRandomTarget(Target):
    name = "random.Random"
    methods = frozenset((
        "random", "getrandbits", "getstate", "setstate", "seed", "randbytes", "randrange", "randint",
        "choice", "choices", "sample", "shuffle", "uniform", "triangular", "gauss", "normalvariate", "lognormvariate",
        "expovariate", "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate"))


class PythonGlobalTarget(PythonRandomTarget):
    """Setup `random.seed(...)`: seeds the module's hidden instance; calls are the module's functions."""
    name = "random (global)"


def setup(args, kwargs):
    return PythonRandomTarget(random.Random(*args, **kwargs))


def setup_global(args, kwargs):
    random.seed(*args, **kwargs)  # re-initialises all of the hidden instance's state, gauss_next included
    return PythonGlobalTarget(random)


SETUPS = {"random.Random": setup, "random.seed": setup_global}

TARGET = PythonRandomTarget  # the member table its setups answer with (`describe`)
