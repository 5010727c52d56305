"""Setup `numpy.random.RandomState(...)`: calls are methods of that fresh object."""

import numpy as np

from .base import Target
from .numpy_legacy import NUMPY_LEGACY_METHODS

SETUP_NAMES = ("numpy.random.RandomState",)


class RandomStateTarget(Target):
    name = "numpy.random.RandomState"
    methods = NUMPY_LEGACY_METHODS
    library_api = True
    attributes = {"_poisson_lam_max": None}  # the largest lam poisson accepts (NumPy's tests read it)


def setup(args, kwargs):
    return RandomStateTarget(np.random.RandomState(*args, **kwargs))

TARGET = RandomStateTarget  # the member table its setups answer with (`describe`)
