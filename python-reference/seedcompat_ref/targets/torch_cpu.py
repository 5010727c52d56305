"""Setups `torch.manual_seed(s)`, `torch.set_rng_state(t)` (the default CPU generator),
`torch.Generator()` and `torch.Generator().manual_seed(s)` (a generator of its own, passed as
generator= to every call). Calls are torch functions with the generator implied (`rand(5)`), and
chains that make a tensor and fill it in place (`empty(5, dtype=torch.float64).uniform_(2, 3)`).

torch is imported inside the setups, so a NumPy-only run never loads it.
"""

from ..evaluator import CaseError, eval_args
from .base import Target

# Functions that take generator=; the others act on the generator itself.
SAMPLERS = frozenset(("rand", "randn", "normal", "randint", "randperm", "bernoulli", "multinomial"))
GENERATOR_METHODS = frozenset(("initial_seed", "get_rng_state", "set_rng_state", "manual_seed"))
# The first link of a chain: a tensor to fill (no random numbers drawn).
FACTORIES = frozenset(("empty", "zeros", "ones"))
# Methods of a tensor in a chain: in-place samplers (take generator=) and views.
TENSOR_SAMPLERS = frozenset((
    "uniform_", "normal_", "random_", "exponential_", "geometric_", "cauchy_", "log_normal_", "bernoulli_",
))
TENSOR_VIEWS = frozenset(("t",))


class TorchTarget(Target):
    name = "torch (CPU generator)"
    methods = SAMPLERS | GENERATOR_METHODS
    chains = True

    @classmethod
    def members(cls, prefix="", library_only=False):
        """Adds the chains: 'f().' a tensor a chain may start from, '.m()' a method it goes on with."""
        if library_only:
            return set()
        return (super().members(prefix) | {f + "()." for f in FACTORIES}
                | {"." + m + "()" for m in TENSOR_SAMPLERS | TENSOR_VIEWS})

    def __init__(self, torch, generator):
        super().__init__(torch)
        self.torch = torch
        self.generator = generator  # None: the default generator

    def _with_generator(self, kwargs):
        if "generator" in kwargs:
            raise CaseError("UnsupportedArgument", "generator= is implied by the setup; leave it out")
        if self.generator is not None:
            kwargs = dict(kwargs, generator=self.generator)
        return kwargs

    def run_path(self, steps, called, args, kwargs, table):
        name = steps[-1]
        if name in SAMPLERS:
            return getattr(self.torch, name)(*args, **self._with_generator(kwargs))
        g = self.generator
        if name == "initial_seed":
            return (g.initial_seed if g is not None else self.torch.initial_seed)(*args, **kwargs)
        if name == "get_rng_state":
            return (g.get_state if g is not None else self.torch.get_rng_state)(*args, **kwargs)
        if name == "set_rng_state":
            return (g.set_state if g is not None else self.torch.set_rng_state)(*args, **kwargs)
        if name == "manual_seed":
            return (g.manual_seed if g is not None else self.torch.manual_seed)(*args, **kwargs)
        raise AssertionError(name)

    def run_chain(self, src, links):
        names, call = links[0]
        if len(names) != 1 or names[0] not in FACTORIES or call is None:
            raise CaseError("UnsupportedCall", f"'{'.'.join(names)}' cannot start a chain for {self.name} "
                            f"(start with one of: {', '.join(sorted(FACTORIES))})")
        args, kwargs = eval_args(src, call)
        value = getattr(self.torch, names[0])(*args, **kwargs)
        for names, call in links[1:]:
            method = ".".join(names)
            if len(names) != 1 or (method not in TENSOR_SAMPLERS and method not in TENSOR_VIEWS):
                raise CaseError("UnsupportedCall", f"'{method}' is not a supported tensor method for {self.name}")
            args, kwargs = eval_args(src, call)
            if method in TENSOR_SAMPLERS:
                kwargs = self._with_generator(kwargs)
            value = getattr(value, method)(*args, **kwargs)
        return value


def _torch():
    import torch
    return torch


def _manual_seed(args, kwargs):
    torch = _torch()
    torch.manual_seed(*args, **kwargs)
    return TorchTarget(torch, None)


def _set_rng_state(args, kwargs):
    torch = _torch()
    torch.set_rng_state(*args, **kwargs)
    return TorchTarget(torch, None)


def _generator(args, kwargs):
    torch = _torch()
    return TorchTarget(torch, torch.Generator(*args, **kwargs))


def _generator_seeded(args, kwargs):
    torch = _torch()
    g = torch.Generator()
    g.manual_seed(*args, **kwargs)
    return TorchTarget(torch, g)


TARGET = TorchTarget
SETUPS = {
    "torch.manual_seed": _manual_seed,
    "torch.set_rng_state": _set_rng_state,
    "torch.Generator": _generator,
    "torch.Generator().manual_seed": _generator_seeded,
}
