"""Registry of setup expressions. A new target is one small module listed in _MODULES, with either
SETUP_NAMES (dotted, spelled with `numpy.`/`torch.`) and setup(args, kwargs) -> Target, or a dict
SETUPS of such names to such functions (one module serving several setups), and TARGET, the Target
class its setups answer with (what `describe` reports; the Java method tables are tested against it).
Modules for torch must import torch inside setup(), so the server starts fast."""

from . import (numpy_bit_generator, numpy_generator, numpy_global, numpy_random_state, numpy_seed_sequence,
               python_random, torch_cpu, libm)

_MODULES = (numpy_random_state, numpy_global, numpy_generator, numpy_bit_generator, numpy_seed_sequence,
            torch_cpu, python_random, libm)

SETUPS = {}
_TABLES = {}
for _m in _MODULES:
    _names = getattr(_m, "SETUPS", None) or {name: _m.setup for name in _m.SETUP_NAMES}
    SETUPS.update(_names)
    _TABLES.update({name: _m.TARGET for name in _names})


def describe():
    """Per setup name, the sorted members a call line may reach (see Target.members), and those of
    them that are the library's own API rather than a hand-kept whitelist."""
    return ({name: sorted(table.members()) for name, table in _TABLES.items()},
            {name: sorted(table.members(library_only=True)) for name, table in _TABLES.items()})


def lookup(name):
    """The setup function for a dotted name such as 'numpy.random.RandomState', or None."""
    return SETUPS.get(name)
