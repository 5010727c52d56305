"""The engine's own reference vectors: `python -m seedcompat_ref.engine_vectors OUT_DIR`.

Runs the real libraries (NumPy, PyTorch, CPython's `random`) on a fixed list of cases and writes
what they returned into OUT_DIR (the engine's test resources,
engine/src/test/resources/org/seedcompat/engine/reference), one text file per family and per
environment that changes the results: glibc's libm build (`fma`, or `nofma` selected by
GLIBC_TUNABLES) and PyTorch's CPU capability (ATEN_CPU_CAPABILITY). The engine's JUnit tests read
these files, so `mvn -pl engine test` checks bit-exactness without Python.

Each environment runs in a child process of its own (glibc reads GLIBC_TUNABLES when the process
starts). Nothing depends on time, randomness or the machine beyond what the header records, so a
re-run writes identical files; a machine that cannot produce an environment (no FMA, no AVX2)
fails instead of writing something else.

File format (UTF-8, LF):
    # key: value             header: how the file was made (the tests read libm and capability)
    case SETUP               a new case: r = SETUP, evaluated once
    call EXPR                evaluated in order with r bound (as many as the case has) ...
    TYPE V1 V2 ...           ... each followed by its result, flattened in C order
TYPE is f64, f32, f16 or bf16 (IEEE bit patterns, lower-case hex of 16, 8, 4, 4 digits), i (signed
or Python integers) or u (unsigned integers), both in decimal.
"""

import os
import platform
import subprocess
import sys
import tempfile

N = 24  # values per call

# The catalog's nofma variant (harness Catalog.NO_FMA_TUNABLES): masks what glibc's FMA builds need.
NO_FMA_TUNABLES = "glibc.cpu.hwcaps=-AVX2,-FMA,-AVX512F"
ENV_KEYS = ("GLIBC_TUNABLES", "ATEN_CPU_CAPABILITY")
COMMAND = "PYTHONPATH=python-reference python -m seedcompat_ref.engine_vectors " \
          "engine/src/test/resources/org/seedcompat/engine/reference"

BIT_GENERATORS = ("MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64")
SEEDS = ("12345", "2**80 + 3")


def bit_generator_cases():
    return _cases([f"{name}(SeedSequence({seed}))" for name in BIT_GENERATORS for seed in SEEDS],
                  [f"r.random_raw({N})"], [])


def seed_sequence_cases():
    setups = [f"SeedSequence({s})" for s in SEEDS] + ["SeedSequence([1, 2, 3])",
                                                      "SeedSequence(12345, spawn_key=(7, 2))"]
    calls = [f"r.generate_state({N})", "r.generate_state(12, np.uint64)"]
    return [(s, [c]) for s in setups for c in calls]


GENERATOR_CALLS = [
    f"r.random({N})",
    f"r.random({N}, dtype=np.float32)",
    f"r.integers(0, 10, {N})",
    f"r.integers(-5, 5, {N}, endpoint=True)",
    f"r.integers(0, 2**40 + 3, {N})",
    f"r.integers(0, 2**64 - 1, {N}, dtype=np.uint64, endpoint=True)",
    f"r.integers(-100000, 100000, {N}, dtype=np.int32)",
    f"r.integers(-1000, 1000, {N}, dtype=np.int16)",
    f"r.integers(0, 200, {N}, dtype=np.uint8)",
    f"r.integers(0, 2, {N}, dtype=np.bool_)",
    f"r.standard_normal({N})",
    f"r.standard_normal({N}, dtype=np.float32)",
    f"r.normal(3.0, 2.0, {N})",
    f"r.standard_exponential({N})",
    f"r.standard_exponential({N}, dtype=np.float32)",
    f"r.standard_exponential({N}, method='inv')",
    f"r.exponential(2.5, {N})",
    f"r.standard_gamma(0.5, {N})",
    f"r.standard_gamma(3.0, {N})",
    f"r.standard_gamma(2.0, {N}, dtype=np.float32)",
    f"r.gamma(2.5, 1.5, {N})",
    "r.gamma([0.5, 2.5, 10.0], 2.0, size=(8, 3))",
    f"r.beta(0.5, 0.5, {N})",
    f"r.beta(2.0, 5.0, {N})",
    f"r.binomial(10, 0.3, {N})",
    f"r.binomial(1000, 0.4, {N})",
    f"r.binomial(100, 0.9, {N})",
    "r.binomial([5, 500], [0.5, 0.2], size=(12, 2))",
    f"r.poisson(4.0, {N})",
    f"r.poisson(50.0, {N})",
    "r.poisson([[1.0], [30.0]], size=(2, 12))",
    f"r.uniform(-1.0, 3.0, {N})",
    f"r.vonmises(0.5, 3.0, {N})",
    f"r.vonmises(-2.0, 1e-6, {N})",
    f"r.vonmises(3.0, 2e6, {N})",
    f"r.choice(100, {N})",
    "r.choice(20, 10, replace=False)",
    "r.choice(1000, 12, replace=False)",
    f"r.choice(5, {N}, p=[0.1, 0.2, 0.3, 0.15, 0.25])",
    f"r.permutation({N})",
    f"r.shuffle(x := np.arange({N})) or x",
    f"r.hypergeometric(100, 200, 50, {N})",
    f"r.hypergeometric(7, 9, 5, {N})",
    "r.dirichlet([0.5, 1.5, 3.0], 8)",
    "r.dirichlet([0.05, 0.02, 0.08], 8)",
    "r.multinomial(100, [0.2, 0.3, 0.5], 8)",
    "r.multivariate_hypergeometric([5, 0, 12, 3], 7, 6)",
    "r.multivariate_hypergeometric([5, 0, 12, 3], 7, 6, method='count')",
    "r.integers([[-1], [0], [1]], [2**32 - 1, 2**32, 2**32 + 1])",
    "r.integers(0, [5, 6, 255], size=(8, 3), dtype=np.uint8)",
    "r.normal([0.0, 1.0, 2.0], [[1.0], [2.0]])",
    "r.uniform([0.0, 1.0], [5.0, 6.0], size=(4, 2))",
    "r.bytes(10)",
]

# Calls in sequence on one generator: the buffers (uint32, 8/16-bit) carry over, or not, as in NumPy.
GENERATOR_SEQUENCES = [
    ["r.random(3, dtype=np.float32)", "r.random(3)", "r.random(3, dtype=np.float32)"],
    ["r.standard_normal(3)", "r.integers(0, 256, 5, dtype=np.uint8)", "r.integers(0, 256, 5, dtype=np.uint8)"],
]


def _cases(setups, calls, sequences):
    """Every call alone, then every sequence, on a fresh object of every setup."""
    return [(s, [c]) for s in setups for c in calls] + [(s, seq) for s in setups for seq in sequences]


def generator_cases():
    return _cases(["default_rng(12345)", "Generator(MT19937(7))"], GENERATOR_CALLS, GENERATOR_SEQUENCES)


RANDOM_STATE_CALLS = [
    f"r.random_sample({N})",
    "r.rand(4, 6)",
    "r.tomaxint(12)",
    f"r.randint(0, 10, {N})",
    f"r.randint(0, 2**40, {N})",
    f"r.randint(-2**63, 2**63 - 1, {N}, dtype=np.int64)",
    f"r.randint(-5, 5, {N}, dtype=np.int8)",
    f"r.randint(0, 60000, {N}, dtype=np.uint16)",
    f"r.randint(0, 2**32, {N}, dtype=np.uint32)",
    f"r.randint(0, 2, {N}, dtype=np.bool_)",
    f"r.randn({N})",
    f"r.standard_normal({N})",
    f"r.normal(1.0, 3.0, {N})",
    f"r.uniform(-2.0, 2.0, {N})",
    f"r.vonmises(0.5, 3.0, {N})",
    f"r.vonmises(-2.0, 1e-6, {N})",
    f"r.vonmises(3.0, 2e6, {N})",
    f"r.standard_exponential({N})",
    f"r.exponential(3.0, {N})",
    f"r.standard_gamma(0.5, {N})",
    f"r.standard_gamma(4.0, {N})",
    f"r.gamma(2.0, 0.5, {N})",
    "r.gamma([0.5, 3.0], 1.0, size=(12, 2))",
    f"r.beta(0.3, 0.4, {N})",
    f"r.beta(3.0, 2.0, {N})",
    f"r.binomial(10, 0.3, {N})",
    f"r.binomial(1000, 0.6, {N})",
    f"r.poisson(3.0, {N})",
    f"r.poisson(100.0, {N})",
    f"r.choice(100, {N})",
    "r.choice(20, 10, replace=False)",
    f"r.choice(5, {N}, p=[0.1, 0.2, 0.3, 0.15, 0.25])",
    f"r.permutation({N})",
    f"r.shuffle(x := np.arange({N})) or x",
    f"r.shuffle(x := np.arange({N}.0)) or x",
    f"r.hypergeometric(100, 200, 50, {N})",
    f"r.hypergeometric(7, 9, 5, {N})",
    "r.dirichlet([0.5, 1.5, 3.0], 8)",
    "r.multinomial(100, [0.2, 0.3, 0.5], 8)",
    "r.randint([0, 5], [10, 2**33], size=(6, 2))",
    "r.normal([0.0, 1.0], 2.0, size=(5, 2))",
    "r.uniform([0.0, 1.0], [[5.0], [6.0]])",
    "r.bytes(10)",
]

# The legacy gauss keeps its second value between calls.
RANDOM_STATE_SEQUENCES = [
    ["r.randn(5)", "r.randn(6)", "r.standard_gamma(2.0, 3)", "r.randn(1)"],
]


def random_state_cases():
    return _cases(["RandomState(12345)", "RandomState([1, 2, 3])", "RandomState(PCG64(5))"], RANDOM_STATE_CALLS,
                  RANDOM_STATE_SEQUENCES)


TORCH_CALLS = [
    f"torch.rand({N})",
    f"torch.rand({N}, dtype=torch.float64)",
    f"torch.rand({N}, dtype=torch.float16)",
    f"torch.rand({N}, dtype=torch.bfloat16)",
    "torch.randn(7)",
    "torch.randn(7, dtype=torch.float64)",
    f"torch.randn({N})",
    f"torch.randn({N}, dtype=torch.float64)",
    "torch.randn(40)",
    f"torch.empty({N}).normal_(2.0, 0.5)",
    f"torch.empty({N}, dtype=torch.float64).normal_(-1.0, 3.0)",
    f"torch.empty({N}).uniform_(-2.0, 3.0)",
    f"torch.empty({N}, dtype=torch.float64).uniform_(-2.0, 3.0)",
    f"torch.randint(0, 10, ({N},))",
    f"torch.randint(-100, 100, ({N},), dtype=torch.int32)",
    f"torch.randint(0, 2**33, ({N},))",
    f"torch.randperm({N})",
    f"torch.bernoulli(torch.full(({N},), 0.3))",
    f"torch.empty({N}).bernoulli_(0.5)",
    f"torch.empty({N}).exponential_(2.0)",
    f"torch.empty({N}, dtype=torch.float64).exponential_(0.5)",
    f"torch.empty({N}).geometric_(0.3)",
    f"torch.empty({N}).cauchy_(0.0, 2.0)",
    f"torch.empty({N}, dtype=torch.float64).log_normal_(1.0, 0.5)",
]

# Below 16 elements normal_ runs the scalar Box-Muller, whose second value is cached in the generator.
TORCH_SEQUENCES = [
    ["torch.randn(3, dtype=torch.float64)", "torch.randn(3, dtype=torch.float64)", "torch.rand(3)"],
]


def torch_cases():
    return _cases(["torch.manual_seed(42)", "torch.manual_seed(2**40 + 5)"], TORCH_CALLS, TORCH_SEQUENCES)


def python_random_cases():
    setups = ["random.Random(12345)", "random.Random(2**100 + 7)"]
    calls = [f"[r.random() for _ in range({N})]"] + [
        f"[r.getrandbits({k}) for _ in range({N})]" for k in (7, 32, 64, 100)]
    return _cases(setups, calls, [])


PYTHON_SAMPLER_CALLS = [f"[r.{call} for _ in range({N})]" for call in (
    "gauss(0.0, 1.0)", "normalvariate(1.0, 2.0)", "lognormvariate(0.0, 0.5)", "expovariate(1.5)",
    "vonmisesvariate(1.0, 4.0)", "gammavariate(0.5, 1.0)", "gammavariate(1.0, 2.0)", "gammavariate(3.5, 1.0)",
    "betavariate(2.0, 3.0)", "paretovariate(2.5)", "weibullvariate(1.0, 1.5)", "triangular(0.0, 10.0, 2.0)",
    "uniform(-1.0, 1.0)", "randrange(0, 10**30, 7)")]


def python_sampler_cases():
    return _cases(["random.Random(12345)", "random.Random('seed')"], PYTHON_SAMPLER_CALLS, [])


def _torch_file(capability, libm):
    return (f"torch-{capability}-{libm}.txt", {"capability": capability, "libm": libm}, torch_cases)


# (file name, environment, cases). An environment names the libm build and/or the torch capability.
FILES = [
    ("numpy-bit-generators.txt", {}, bit_generator_cases),
    ("numpy-seed-sequence.txt", {}, seed_sequence_cases),
    ("numpy-generator-fma.txt", {"libm": "fma"}, generator_cases),
    ("numpy-generator-nofma.txt", {"libm": "nofma"}, generator_cases),
    ("numpy-random-state-fma.txt", {"libm": "fma"}, random_state_cases),
    ("numpy-random-state-nofma.txt", {"libm": "nofma"}, random_state_cases),
    _torch_file("default", "fma"),
    _torch_file("default", "nofma"),
    _torch_file("avx2", "fma"),
    _torch_file("avx2", "nofma"),
    ("python-random.txt", {}, python_random_cases),
    ("python-random-samplers-fma.txt", {"libm": "fma"}, python_sampler_cases),
    ("python-random-samplers-nofma.txt", {"libm": "nofma"}, python_sampler_cases),
]


def process_env(environment):
    """The child's variables for an environment (inherited ones of ENV_KEYS dropped)."""
    env = {k: v for k, v in os.environ.items() if k not in ENV_KEYS}
    if environment.get("libm") == "nofma":
        env["GLIBC_TUNABLES"] = NO_FMA_TUNABLES
    if "capability" in environment:
        env["ATEN_CPU_CAPABILITY"] = environment["capability"]
    return env


# ---------------------------------------------------------------- the child: evaluate and write

def _cpu_flags():
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.strip() == "flags":
                    return set(value.split())
    except OSError:
        pass
    return set()


def glibc_libm_build():
    """The libm build glibc runs in this process (the engine's MathVariant.glibcChoice rule)."""
    flags = _cpu_flags()
    if not {"fma", "avx2"} <= flags:
        return "nofma"
    for tunable in os.environ.get("GLIBC_TUNABLES", "").split(":"):
        if tunable.startswith("glibc.cpu.hwcaps="):
            caps = tunable[len("glibc.cpu.hwcaps="):].split(",")
            if {"-FMA", "-AVX2", "-FMA_Usable", "-AVX2_Usable"} & set(caps):
                return "nofma"
    return "fma"


def encode(value):
    """(type, tokens) for what a call returned: a NumPy array or scalar, a tensor, bytes, a list."""
    import numpy as np
    if type(value).__module__.startswith("torch"):
        return _encode_tensor(value)
    if isinstance(value, bytes):
        return "u", [str(b) for b in value]
    if isinstance(value, list) and value and all(type(v) is int for v in value):
        return "i", [str(v) for v in value]  # Python ints of any size
    a = np.asarray(value)
    if a.dtype == np.float64:
        return "f64", ["%016x" % b for b in a.ravel().view(np.uint64).tolist()]
    if a.dtype == np.float32:
        return "f32", ["%08x" % b for b in a.ravel().view(np.uint32).tolist()]
    if a.dtype.kind in "biu":
        return ("u" if a.dtype.kind == "u" else "i"), [str(int(v)) for v in a.ravel().tolist()]
    raise TypeError(f"cannot encode {a.dtype}")


def _encode_tensor(t):
    import torch
    t = t.contiguous().reshape(-1)
    if t.dtype == torch.float64:
        return "f64", ["%016x" % (b & (2**64 - 1)) for b in t.view(torch.int64).tolist()]
    if t.dtype == torch.float32:
        return "f32", ["%08x" % (b & (2**32 - 1)) for b in t.view(torch.int32).tolist()]
    if t.dtype in (torch.float16, torch.bfloat16):
        kind = "f16" if t.dtype == torch.float16 else "bf16"
        return kind, ["%04x" % (b & 0xFFFF) for b in t.view(torch.int16).tolist()]
    if t.dtype == torch.uint8:
        return "u", [str(v) for v in t.tolist()]
    if not t.dtype.is_floating_point and not t.dtype.is_complex:
        return "i", [str(int(v)) for v in t.tolist()]
    raise TypeError(f"cannot encode {t.dtype}")


def _namespace():
    import random

    import numpy as np
    ns = {"np": np, "random": random}
    for name in ("default_rng", "Generator", "RandomState", "SeedSequence") + BIT_GENERATORS:
        ns[name] = getattr(np.random, name)
    return ns


def header(environment):
    import numpy as np
    lines = ["seedcompat engine reference vectors: what the real libraries returned, for the engine's tests.",
             "Generated, never edited: " + COMMAND,
             "python: " + platform.python_version(),
             "numpy: " + np.__version__]
    if "capability" in environment:
        import torch
        lines.append("torch: " + torch.__version__)
    if "libm" in environment:
        lines.append("glibc: " + os.confstr("CS_GNU_LIBC_VERSION"))
    for key in ("libm", "capability"):
        if key in environment:
            lines.append(f"{key}: {environment[key]}")
    for key in ENV_KEYS:
        if key in os.environ:
            lines.append(f"env {key}: {os.environ[key]}")
    lines.append("format: 'case SETUP' (r = SETUP), then per call 'call EXPR' and its result 'TYPE V...' "
                 "(f64/f32/f16/bf16: IEEE bit patterns in hex; i/u: decimal)")
    return "".join(f"# {line}\n" for line in lines)


UNAVAILABLE = 3  # exit status: this machine cannot run an environment (nothing was written for it)


def check_environment(environment):
    """Exits with UNAVAILABLE when this process does not run the libm build or capability asked for."""
    want = environment.get("libm")
    problem = None
    if want is not None and glibc_libm_build() != want:
        problem = f"glibc runs its {glibc_libm_build()} build here, not {want} (fma needs a CPU with FMA and AVX2)"
    elif "capability" in environment:
        import torch
        got = torch.backends.cpu.get_cpu_capability().lower()
        if got != environment["capability"]:
            problem = f"PyTorch runs its {got} kernels here, not {environment['capability']}"
    if problem is not None:
        print(f"engine_vectors: {problem}", file=sys.stderr)
        sys.exit(UNAVAILABLE)


def render(environment, cases):
    ns = _namespace()
    if "capability" in environment:
        import torch
        ns["torch"] = torch
    out = [header(environment)]
    for setup, calls in cases:
        scope = dict(ns)
        scope["r"] = eval(setup, scope)  # noqa: S307 -- our own constant expressions, listed above
        out.append(f"case {setup}\n")
        for call in calls:
            kind, tokens = encode(eval(call, scope))  # noqa: S307
            out.append(f"call {call}\n{kind} {' '.join(tokens)}\n")
    return "".join(out)


def write_files(out_dir, names):
    by_name = {name: (environment, cases) for name, environment, cases in FILES}
    for name in names:
        environment, cases = by_name[name]
        check_environment(environment)
        text = render(environment, cases())
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def _is_ours(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.readline().startswith("# seedcompat engine reference vectors")


# ---------------------------------------------------------------- the parent: one child per environment

def main(argv):
    if len(argv) >= 2 and argv[0] == "--child":
        write_files(argv[1], argv[2:])
        return 0
    if len(argv) != 1:
        print("usage: python -m seedcompat_ref.engine_vectors OUT_DIR", file=sys.stderr)
        return 2
    out_dir = argv[0]
    os.makedirs(out_dir, exist_ok=True)
    groups = {}
    for name, environment, _ in FILES:
        groups.setdefault(tuple(sorted(environment.items())), []).append(name)
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    # Every environment first writes into a staging directory: out_dir changes only when all succeeded.
    with tempfile.TemporaryDirectory(prefix=".engine-vectors-", dir=out_dir) as staging:
        for environment, names in groups.items():
            env = process_env(dict(environment))
            env["PYTHONPATH"] = here
            done = subprocess.run([sys.executable, "-m", "seedcompat_ref.engine_vectors", "--child", staging, *names],
                                  env=env, check=False)
            if done.returncode != 0:
                print(f"engine_vectors: failed for {dict(environment)}; {out_dir} left unchanged", file=sys.stderr)
                return done.returncode if done.returncode == UNAVAILABLE else 1
        produced = {name for name, _, _ in FILES}
        for stale in sorted(set(os.listdir(out_dir)) - produced):
            path = os.path.join(out_dir, stale)
            if stale.endswith(".txt") and _is_ours(path):
                os.remove(path)
        for name in sorted(produced):
            os.replace(os.path.join(staging, name), os.path.join(out_dir, name))
    total = sum(os.path.getsize(os.path.join(out_dir, name)) for name, _, _ in FILES)
    print(f"engine_vectors: wrote {len(FILES)} files ({total} bytes) to {out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
