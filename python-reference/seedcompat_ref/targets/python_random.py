"""Setup `random.Random(seed)`: Python's own Mersenne Twister (the `random` module), whose state
layout the state bridge translates. Calls are methods of that Random instance."""

import random

from .base import Target


class PythonRandomTarget(Target):
    name = "random.Random"
    methods = frozenset(("random", "getrandbits", "getstate", "setstate", "seed"))


def setup(args, kwargs):
    return PythonRandomTarget(random.Random(*args, **kwargs))


SETUP_NAMES = ("random.Random",)

TARGET = PythonRandomTarget  # the member table its setups answer with (`describe`)
