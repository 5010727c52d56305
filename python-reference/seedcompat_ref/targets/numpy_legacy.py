"""The legacy NumPy API, shared by the RandomState object and the numpy.random module: every public
method of RandomState and every function numpy.random.mtrand exports. Both targets allow the union,
so a name only one of them has (RandomState.tomaxint, the module's ranf) raises the library's own
AttributeError on the other, as the Java side does."""

import numpy as np

from .base import public_methods

# get_bit_generator/set_bit_generator are allowed too: a replaced global bit generator cannot leak
# into later cases, because the global setup (numpy_global.setup) puts the original one back first.
NUMPY_LEGACY_METHODS = public_methods(np.random.RandomState) | frozenset(
    name for name in np.random.mtrand.__all__
    if callable(getattr(np.random.mtrand, name)) and not isinstance(getattr(np.random.mtrand, name), type))
