"""Setup `numpy.random.seed(...)`: seeds the global state; calls are numpy.random functions."""

import numpy as np

from .base import Target
from .numpy_legacy import NUMPY_LEGACY_METHODS

SETUP_NAMES = ("numpy.random.seed",)


class NumpyGlobalTarget(Target):
    name = "numpy.random (global)"
    methods = NUMPY_LEGACY_METHODS
    library_api = True


def setup(args, kwargs):
    np.random.seed(*args, **kwargs)
    return NumpyGlobalTarget(np.random)

TARGET = NumpyGlobalTarget  # the member table its setups answer with (`describe`)
