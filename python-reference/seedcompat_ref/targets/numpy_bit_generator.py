"""Setups `numpy.random.PCG64(...)`, `MT19937`, `PCG64DXSM`, `Philox`, `SFC64`: calls are methods and
attributes of that bit generator."""

import functools

import numpy as np

from ..evaluator import BIT_GENERATORS
from .base import Target
from .numpy_seed_sequence import SeedSequenceTarget


class BitGeneratorTarget(Target):
    # The whitelist is BitGenerator's; a member one class lacks (SFC64.advance, MT19937.advance,
    # SFC64.jumped) raises the real AttributeError.
    name = "numpy.random.BitGenerator"
    methods = frozenset(("random_raw", "advance", "jumped", "spawn"))
    attributes = {"state": None, "seed_seq": SeedSequenceTarget}
    in_place = {}

    def __init__(self, obj):
        super().__init__(obj)
        self.name = "numpy.random." + type(obj).__name__


def _setup(cls, args, kwargs):
    return BitGeneratorTarget(cls(*args, **kwargs))


SETUPS = {"numpy.random." + n: functools.partial(_setup, getattr(np.random, n)) for n in BIT_GENERATORS}

TARGET = BitGeneratorTarget  # the member table its setups answer with (`describe`)
