"""Registry of setup expressions. A new target is one small module with SETUP_NAMES (dotted,
spelled with `numpy.`/`torch.`) and setup(args, kwargs) -> Target, listed in _MODULES.
Modules for torch must import torch inside setup(), so the server starts fast."""

from . import numpy_global, numpy_random_state

_MODULES = (numpy_random_state, numpy_global)

SETUPS = {name: m.setup for m in _MODULES for name in m.SETUP_NAMES}


def lookup(name):
    """The setup function for a dotted name such as 'numpy.random.RandomState', or None."""
    return SETUPS.get(name)
