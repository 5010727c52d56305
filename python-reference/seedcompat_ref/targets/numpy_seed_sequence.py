"""Setup `numpy.random.SeedSequence(...)`: calls are methods and attributes of that object."""

import numpy as np

from .base import Target

SETUP_NAMES = ("numpy.random.SeedSequence",)


class SeedSequenceTarget(Target):
    name = "numpy.random.SeedSequence"
    methods = frozenset(("generate_state", "spawn"))
    attributes = {"entropy": None, "spawn_key": None, "pool_size": None, "n_children_spawned": None, "state": None}
    in_place = {}


def setup(args, kwargs):
    return SeedSequenceTarget(np.random.SeedSequence(*args, **kwargs))

TARGET = SeedSequenceTarget  # the member table its setups answer with (`describe`)
