"""Setups `numpy.random.default_rng(...)` and `numpy.random.Generator(<bit generator>)`: calls are
methods of that Generator, and `bit_generator` leads to its bit generator's members."""

import numpy as np

from .base import Target, public_methods
from .numpy_bit_generator import BitGeneratorTarget


class GeneratorTarget(Target):
    name = "numpy.random.Generator"
    methods = public_methods(np.random.Generator)
    library_api = True
    attributes = {"bit_generator": BitGeneratorTarget, "_poisson_lam_max": None}
    in_place = {"shuffle": (0, "x")}


def _default_rng(args, kwargs):
    return GeneratorTarget(np.random.default_rng(*args, **kwargs))


def _generator(args, kwargs):
    return GeneratorTarget(np.random.Generator(*args, **kwargs))


SETUPS = {"numpy.random.default_rng": _default_rng, "numpy.random.Generator": _generator}

TARGET = GeneratorTarget  # the member table its setups answer with (`describe`)
