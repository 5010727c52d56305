"""Setup `numpy.random.seed(...)`: seeds the global state; calls are numpy.random functions."""

import numpy as np

from .base import Target
from .numpy_legacy import NUMPY_LEGACY_METHODS

SETUP_NAMES = ("numpy.random.seed",)


class NumpyGlobalTarget(Target):
    name = "numpy.random (global)"
    methods = NUMPY_LEGACY_METHODS
    library_api = True
    attributes = {"_poisson_lam_max": None}  # RandomState's: the module lacks it (its AttributeError)


# The singleton's own MT19937: a case may swap it out (`set_bit_generator`), so each setup puts it
# back before seeding (which re-initialises all of its state, as on a fresh process).
_ORIGINAL_BIT_GENERATOR = np.random.get_bit_generator()


def setup(args, kwargs):
    np.random.set_bit_generator(_ORIGINAL_BIT_GENERATOR)
    np.random.seed(*args, **kwargs)
    return NumpyGlobalTarget(np.random)

TARGET = NumpyGlobalTarget  # the member table its setups answer with (`describe`)
