package org.seedcompat.harness.side;

import java.util.ArrayList;
import java.util.List;
import org.seedcompat.harness.cases.Case;

/**
 * Calls with boundary integers (0, -1, 2**31 +- 1, 2**32, 2**53, 2**63 +- 1, 2**64, -2**63 - 1) in
 * every integer-like argument position of every supported call of every engine target, for the
 * tests that prove no Java exception reaches a user. The method names are the targets' own
 * (numpy/Members, RandomStateTarget, TorchTarget, TensorFill, PythonRandomTarget, LibmTarget).
 */
public final class BoundaryArgumentsSweep {

    public static final String[] BOUNDARIES = {"0", "-1", "2**31 - 1", "2**31", "2**31 + 1", "2**32", "2**53",
        "2**63 - 1", "2**63", "2**63 + 1", "2**64", "-2**63 - 1"};

    private static final String[] LEGACY = {"random_sample", "random", "rand", "ranf", "sample", "randint",
        "random_integers", "tomaxint", "randn", "standard_normal", "normal", "uniform", "choice", "permutation", "bytes",
        "standard_exponential", "exponential", "standard_gamma", "gamma", "beta", "binomial", "poisson", "seed",
        "hypergeometric", "dirichlet", "multinomial"};
    private static final String[] GENERATOR = {"random", "integers", "standard_normal", "normal", "standard_exponential",
        "exponential", "uniform", "choice", "permutation", "bytes", "spawn", "standard_gamma", "gamma", "beta",
        "binomial", "poisson", "hypergeometric", "dirichlet", "multinomial", "multivariate_hypergeometric"};
    private static final String[] BIT_GENERATOR = {"random_raw", "advance", "jumped", "spawn"};
    private static final String[] SEED_SEQUENCE = {"generate_state", "spawn"};
    private static final String[] TORCH = {"rand", "randn", "randint", "randperm", "manual_seed"};
    private static final String[] TENSOR = {"uniform_", "normal_", "random_", "exponential_", "geometric_", "cauchy_",
        "log_normal_", "bernoulli_"};
    private static final String[] PYTHON = {"getrandbits", "seed"};

    private BoundaryArgumentsSweep() {
    }

    /** One case per target and boundary value, each call a method with the value in one position. */
    public static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (String b : BOUNDARIES) {
            out.add(numpy("numpy.random.RandomState(1)", LEGACY, b));
            out.add(numpy("numpy.random.default_rng(1)", GENERATOR, b));
            out.add(numpy("numpy.random.PCG64(1)", BIT_GENERATOR, b));
            // MT19937.jumped(n) applies its jump n times, in NumPy as here: only the other methods for it
            out.add(numpy("numpy.random.MT19937(1)", new String[] {"random_raw", "advance", "spawn"}, b));
            out.add(numpy("numpy.random.SeedSequence(1)", SEED_SEQUENCE, b));
            List<String> torch = new ArrayList<>();
            for (String m : TORCH) {
                torch.add(m + "(" + b + ")");
                torch.add(m + "(" + b + ", (2,))");
                torch.add(m + "(0, " + b + ", (2,))");
                torch.add(m + "((" + b + ",))");
            }
            torch.add("multinomial(torch.tensor([0.5, 0.5]), " + b + ")");
            torch.add("multinomial(torch.tensor([0.5, 0.5]), 2, True, " + b + ")");
            torch.add("normal(0.0, 1.0, (" + b + ",))");
            torch.add("bernoulli(torch.full((2,), 0.5), " + b + ")");
            for (String m : TENSOR) {
                torch.add("empty(2, dtype=torch.int64)." + m + "(" + b + ")");
                torch.add("empty(2)." + m + "(0, " + b + ")");
                torch.add("empty(" + b + ")." + m + "()");
            }
            out.add(new Case("torch[" + b + "]", "torch.manual_seed(1)", torch));
            out.add(new Case("torch-seed[" + b + "]", "torch.manual_seed(" + b + ")", List.of("rand(2)", "initial_seed()")));
            List<String> py = new ArrayList<>();
            for (String m : PYTHON) {
                py.add(m + "(" + b + ")");
            }
            out.add(new Case("python[" + b + "]", "random.Random(1)", py));
            out.add(new Case("python-seed[" + b + "]", "random.Random(" + b + ")", List.of("random()")));
            out.add(new Case("libm[" + b + "]", "libm", List.of("log(libm.sample('uniform', " + b + ", 1))",
                    "exp([" + b + "])", "pow(2.0, " + b + ")", "powf([" + b + "], 0.5)")));
            out.add(new Case("legacy-seed[" + b + "]", "numpy.random.RandomState(" + b + ")", List.of("rand(2)")));
            out.add(new Case("rng-seed[" + b + "]", "numpy.random.default_rng(" + b + ")", List.of("random(2)")));
        }
        return out;
    }

    private static Case numpy(String setup, String[] methods, String b) {
        List<String> calls = new ArrayList<>();
        for (String m : methods) {
            calls.add(m + "(" + b + ")");
            calls.add(m + "(" + b + ", " + b + ")");
            calls.add(m + "(0, " + b + ")");
            calls.add(m + "(1, size=" + b + ")");
            calls.add(m + "(1, size=(" + b + ", 0))");
        }
        return new Case(setup.replaceAll("\\W+", "-") + "[" + b + "]", setup, calls);
    }
}
