"""The legacy NumPy API, shared by the RandomState object and the numpy.random module: every public
method of RandomState and every function numpy.random.mtrand exports. Both targets allow the union,
so a name only one of them has (RandomState.tomaxint, the module's ranf) raises the library's own
AttributeError on the other, as the Java side does."""

import numpy as np

from .base import public_methods

# Process-wide configuration, not sampling: replacing the global bit generator would leak into
# every later case that seeds the global state in the same reference process.
_PROCESS_WIDE = ("get_bit_generator", "set_bit_generator")

NUMPY_LEGACY_METHODS = public_methods(np.random.RandomState) | frozenset(
    name for name in np.random.mtrand.__all__
    if name not in _PROCESS_WIDE and callable(getattr(np.random.mtrand, name))
    and not isinstance(getattr(np.random.mtrand, name), type))
