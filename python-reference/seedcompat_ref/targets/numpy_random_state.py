"""Setup `numpy.random.RandomState(...)`: calls are methods of that fresh object."""

import numpy as np

from .base import NUMPY_LEGACY_METHODS, Target

SETUP_NAMES = ("numpy.random.RandomState",)


class RandomStateTarget(Target):
    name = "numpy.random.RandomState"
    methods = NUMPY_LEGACY_METHODS


def setup(args, kwargs):
    return RandomStateTarget(np.random.RandomState(*args, **kwargs))

TARGET = RandomStateTarget  # the member table its setups answer with (`describe`)
