package org.seedcompat.harness.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.seedcompat.engine.numpy.bitgen.BitGenerators;
import org.seedcompat.harness.cases.Case;

/**
 * Arbitrary legacy RandomState cases for the live tests: random seeds (ints across the whole range,
 * arrays of any length, the global form), random sizes from 0 to 10^5 and random parameters. Each
 * run draws new ones from a logged seed ({@code SEEDCOMPAT_FUZZ_SEED} replays a run).
 */
public final class RandomCases {

    private static final String[][] INT_DTYPES = {
        {"bool", "0", "2"}, {"int8", "-128", "128"}, {"uint8", "0", "256"}, {"int16", "-32768", "32768"},
        {"uint16", "0", "65536"}, {"int32", "-2147483648", "2147483648"}, {"uint32", "0", "4294967296"},
        {"int64", "-9223372036854775808", "9223372036854775807"}, {"uint64", "0", "18446744073709551616"}};

    private final SplittableRandom r;

    public RandomCases(long seed) {
        this.r = new SplittableRandom(seed);
    }

    public static long seedFromEnvironment() {
        String s = System.getenv("SEEDCOMPAT_FUZZ_SEED");
        return s != null && !s.isBlank() ? Long.parseLong(s.trim()) : System.nanoTime();
    }

    public List<Case> legacy(int count) {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String seed = seed();
            String setup = r.nextInt(5) == 0 ? "numpy.random.seed(" + seed + ")" : "numpy.random.RandomState(" + seed + ")";
            List<String> calls = new ArrayList<>();
            int n = 1 + r.nextInt(8);
            for (int k = 0; k < n; k++) {
                calls.add(call());
            }
            out.add(new Case("random-" + i, setup, calls));
        }
        return out;
    }

    /** Arbitrary Generator cases over all five bit generators, seeds of every form NumPy accepts. */
    public List<Case> modern(int count) {
        String[] bitGenerators = BitGenerators.names().toArray(new String[0]); // PCG64 first: replays keep their cases
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String seed = r.nextInt(4) == 0
                    ? "numpy.random.SeedSequence(" + seed() + ", spawn_key=(" + r.nextInt(10) + ", " + r.nextInt(1000) + "))"
                    : r.nextInt(3) == 0 ? new BigInteger(1 + r.nextInt(200), new java.util.Random(r.nextLong())).toString() : seed();
            String setup = r.nextInt(3) == 0 ? "numpy.random.default_rng(" + seed + ")"
                    : "numpy.random.Generator(numpy.random." + bitGenerators[r.nextInt(bitGenerators.length)] + "(" + seed + "))";
            List<String> calls = new ArrayList<>();
            int n = 1 + r.nextInt(8);
            for (int k = 0; k < n; k++) {
                calls.add(modernCall());
            }
            out.add(new Case("random-modern-" + i, setup, calls));
        }
        return out;
    }

    private String modernCall() {
        if (r.nextInt(3) == 0) {
            return distributionCall(true);
        }
        int n = size();
        String dtype = r.nextBoolean() ? "'float64'" : "'float32'";
        switch (r.nextInt(16)) {
            case 11:
                return "standard_gamma(" + params(this::gammaShape, n) + ", dtype=" + dtype + ")";
            case 12:
                return "gamma(" + gammaShape() + ", " + params(this::positive, n) + ")";
            case 13:
                return "beta(" + betaParam() + ", " + params(this::betaParam, n) + ")";
            case 14:
                return "binomial(" + trials() + ", " + params(this::probability, n) + ")";
            case 15:
                return "poisson(" + params(this::lam, n) + ")";
            case 0:
                return "random(" + n + ", dtype=" + dtype + ")";
            case 1: {
                String[] d = INT_DTYPES[r.nextInt(INT_DTYPES.length)];
                BigInteger lo = new BigInteger(d[1]);
                BigInteger span = new BigInteger(d[2]).subtract(lo);
                BigInteger width = (r.nextBoolean() ? BigInteger.valueOf(1 + r.nextInt(300))
                        : new BigInteger(span.bitLength() + 8, new java.util.Random(r.nextLong())).mod(span).add(BigInteger.ONE)).min(span);
                BigInteger a = lo.add(new BigInteger(span.bitLength() + 8, new java.util.Random(r.nextLong())).mod(span.subtract(width).add(BigInteger.ONE)));
                return "integers(" + a + ", " + a.add(width) + ", size=" + n + ", dtype='" + d[0] + "')";
            }
            case 2:
                return "standard_normal(" + n + ", dtype=" + dtype + ")";
            case 3:
                return "normal(" + dbl() + ", " + Math.abs(Double.parseDouble(dbl())) + ", " + n + ")";
            case 4:
                return "standard_exponential(" + n + ", dtype=" + dtype + (r.nextInt(4) == 0 ? ", method='inv'" : "") + ")";
            case 5:
                return "uniform(" + dbl() + ", " + dbl() + ", " + n + ")";
            case 6: {
                int pop = 1 + r.nextInt(r.nextBoolean() ? 50 : 300000);
                boolean replace = r.nextBoolean();
                return "choice(" + pop + ", " + (replace ? n : Math.min(n, pop)) + ", replace=" + (replace ? "True" : "False")
                        + ", shuffle=" + (r.nextBoolean() ? "True" : "False") + ")";
            }
            case 7:
                return "permutation(" + n + ")";
            case 8:
                return "permuted(arange(" + n + "))";
            case 9:
                return "bytes(" + Math.min(n, 10000) + ")";
            default:
                return "bit_generator.state";
        }
    }

    private static final String[] TORCH_FLOATS = {"torch.float32", "torch.float64", "torch.float16", "torch.bfloat16"};
    private static final String[][] TORCH_INTS = {
        {"torch.uint8", "0", "256"}, {"torch.int8", "-128", "128"}, {"torch.int16", "-32768", "32768"},
        {"torch.int32", "-2147483648", "2147483648"}, {"torch.int64", "-9223372036854775808", "9223372036854775807"},
        {"torch.bool", "0", "2"}, {"torch.float32", "-16777216", "16777217"}, {"torch.float64", "-4503599627370496", "4503599627370497"}};

    /**
     * Arbitrary CPython {@code random} cases: {@code random.Random(seed)} or the global
     * {@code random.seed(seed)} with int (any size, negative), str and float seeds, then every
     * method of the module with random parameters across their branches.
     */
    public List<Case> python(int count) {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String seed = switch (r.nextInt(5)) {
                case 0 -> "'" + Long.toString(r.nextLong(), 36) + "'";
                case 1 -> Double.toString(r.nextDouble() * 1e6 - 5e5);
                case 2 -> new BigInteger(1 + r.nextInt(300), new java.util.Random(r.nextLong())).negate().toString();
                default -> Long.toString(r.nextLong(1L << 40));
            };
            String setup = r.nextInt(4) == 0 ? "random.seed(" + seed + ")" : "random.Random(" + seed + ")";
            List<String> calls = new ArrayList<>();
            int n = 1 + r.nextInt(10);
            for (int k = 0; k < n; k++) {
                calls.add(pythonCall());
            }
            out.add(new Case("random-python-" + i, setup, calls));
        }
        return out;
    }

    private String pythonCall() {
        double a = Math.round((r.nextDouble() * 20 - 10) * 1000) / 1000.0;
        double p = Math.round(r.nextDouble() * 1e4) / 1000.0 + 0.001; // (0, 10]
        double q = Math.round(r.nextDouble() * 1e4) / 1000.0 + 0.001;
        double small = r.nextInt(3) == 0 ? 1.0 : Math.round(r.nextDouble() * 1000) / 1000.0 + 0.001;
        switch (r.nextInt(22)) {
            case 0: return "random()";
            case 1: return "getrandbits(" + r.nextInt(300) + ")";
            case 2: return "randbytes(" + r.nextInt(100) + ")";
            case 3: {
                BigInteger lo = new BigInteger(1 + r.nextInt(100), new java.util.Random(r.nextLong())).subtract(BigInteger.ONE.shiftLeft(50));
                BigInteger width = new BigInteger(1 + r.nextInt(120), new java.util.Random(r.nextLong())).add(BigInteger.ONE);
                return r.nextBoolean() ? "randrange(" + width + ")" : "randrange(" + lo + ", " + lo.add(width) + ", " + (1 + r.nextInt(9)) + ")";
            }
            case 4: return "randint(" + (r.nextInt(1000) - 500) + ", " + (500 + r.nextInt(1 << 20)) + ")";
            case 5: return "choice(" + list(1 + r.nextInt(30)) + ")";
            case 6: return "shuffle(" + list(r.nextInt(40)) + ")";
            case 7: return "uniform(" + a + ", " + p + ")";
            case 8: return "triangular(" + a + ", " + (a + p) + ", " + (r.nextBoolean() ? "None" : Double.toString(a + r.nextDouble() * p)) + ")";
            case 9: return "gauss(" + a + ", " + p + ")";
            case 10: return "normalvariate(" + a + ", " + p + ")";
            case 11: return "lognormvariate(" + (a / 10) + ", " + (p / 10) + ")";
            case 12: return "expovariate(" + p + ")";
            case 13: return "vonmisesvariate(" + a + ", " + (r.nextInt(4) == 0 ? "1e-7" : Double.toString(p)) + ")";
            case 14: return "gammavariate(" + (r.nextInt(3) == 0 ? Double.toString(small) : Double.toString(p)) + ", " + q + ")";
            case 15: return "betavariate(" + (r.nextBoolean() ? small : p) + ", " + q + ")";
            case 16: return "paretovariate(" + p + ")";
            case 17: return "weibullvariate(" + p + ", " + q + ")";
            case 18: return "getstate()";
            case 19: return "seed(" + r.nextInt(1 << 30) + ")";
            case 20: {
                int n = 1 + r.nextInt(r.nextBoolean() ? 30 : 300);
                String pop = list(n);
                return switch (r.nextInt(4)) {
                    case 0 -> "sample(" + pop + ", " + r.nextInt(n + 1) + ")";
                    case 1 -> "sample(" + list(3) + ", " + r.nextInt(8) + ", counts=[" + (1 + r.nextInt(5)) + ", " + r.nextInt(5) + ", " + r.nextInt(5) + "])";
                    case 2 -> "choices(" + pop + ", k=" + r.nextInt(50) + ")";
                    default -> "choices(" + list(3) + ", " + (r.nextBoolean() ? "" : "cum_") + "weights=[" + p + ", " + (p + q) + ", " + (p + q + a * a) + "], k=" + r.nextInt(20) + ")";
                };
            }
            default: return "gammavariate(1.0, " + q + ")";
        }
    }

    private String list(int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ", ").append(r.nextInt(3) == 0 ? "'" + (char) ('a' + r.nextInt(26)) + "'" : Integer.toString(r.nextInt(1000)));
        }
        return b.append(']').toString();
    }

    /**
     * Arbitrary torch cases: seeds over the whole uint64/int64 range (low 32 bits used), the default
     * and a private generator, every sampler with random sizes, dtypes and parameters. Each one runs
     * under both capabilities.
     */
    public List<Case> torch(int count) {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String seed = switch (r.nextInt(3)) {
                case 0 -> Long.toString(r.nextLong(1L << 32));
                case 1 -> Long.toString(r.nextLong()); // negative seeds wrap to uint64
                default -> Long.toUnsignedString(r.nextLong());
            };
            String setup = r.nextBoolean() ? "torch.manual_seed(" + seed + ")" : "torch.Generator().manual_seed(" + seed + ")";
            List<String> calls = new ArrayList<>();
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) {
                calls.add(torchCall());
            }
            if (r.nextInt(3) == 0) {
                calls.add("get_rng_state()");
            }
            out.add(new Case("random-torch-" + i, setup, calls));
        }
        return out;
    }

    private String torchCall() {
        int n = r.nextInt(4) == 0 ? r.nextInt(16) : size(); // small sizes take the scalar normal path
        String f = TORCH_FLOATS[r.nextInt(TORCH_FLOATS.length)];
        String pos = Double.toString(0.05 + 5 * r.nextDouble());
        switch (r.nextInt(14)) {
            case 0:
                return "rand(" + n + ", dtype=" + f + ")";
            case 1:
                return "randn(" + n + ", dtype=" + f + ")";
            case 2:
                return "normal(" + dbl() + ", " + pos + ", (" + n + ",), dtype=" + f + ")";
            case 3: {
                String[] d = TORCH_INTS[r.nextInt(TORCH_INTS.length)];
                long lo = Long.parseLong(d[1]);
                long hi = new BigInteger(d[2]).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
                long width = r.nextBoolean() ? 1 + r.nextInt(1000) : 1 + r.nextLong(hi - lo <= 0 ? Long.MAX_VALUE : hi - lo);
                long a = lo + r.nextLong(Math.max(1, hi - lo - width + 1));
                return "randint(" + a + ", " + (a + width) + ", (" + n + ",), dtype=" + d[0] + ")";
            }
            case 4:
                return "randperm(" + n + ")";
            case 5:
                return "empty(" + n + ", dtype=" + f + ").uniform_(" + dbl() + ", " + (10 + r.nextInt(100)) + ")";
            case 6:
                return "empty(" + n + ", dtype=" + f + ").exponential_(" + pos + ")";
            case 7:
                return "empty(" + n + ", dtype=" + (r.nextBoolean() ? f : "torch.int64") + ").geometric_("
                        + (0.01 + 0.98 * r.nextDouble()) + ")";
            case 8:
                return "empty(" + n + ", dtype=" + f + ").cauchy_(" + dbl() + ", " + pos + ")";
            case 9:
                return "empty(" + n + ", dtype=" + f + ").log_normal_(" + (r.nextDouble() - 0.5) + ", " + (0.1 + r.nextDouble()) + ")";
            case 10:
                return "empty(" + n + ", dtype=" + f + ").bernoulli_(" + r.nextDouble() + ")";
            case 11:
                return "empty(" + n + ", dtype=" + TORCH_INTS[r.nextInt(6)][0] + ").random_()";
            case 12: {
                int k = 1 + r.nextInt(20);
                StringBuilder p = new StringBuilder("torch.tensor([");
                for (int j = 0; j < k; j++) {
                    p.append(j == 0 ? "" : ", ").append(r.nextInt(5) == 0 ? "0.0" : Double.toString(r.nextDouble()));
                }
                p.append("], dtype=torch.float64)"); // float64: no ties in p/q, whose topk order is not reproduced
                p.replace(0, 0, "");
                boolean replacement = r.nextBoolean();
                int samples = replacement ? 1 + r.nextInt(50) : 1;
                return "multinomial(" + p.toString().replace("[0.0]", "[1.0]") + ", " + samples + ", " + (replacement ? "True" : "False") + ")";
            }
            default: {
                int rows = 1 + r.nextInt(20);
                int cols = 1 + r.nextInt(20);
                return "empty(" + rows + ", " + cols + ", dtype=" + f + ").t().normal_(" + dbl() + ", " + pos + ")";
            }
        }
    }

    private String seed() {
        switch (r.nextInt(4)) {
            case 0:
                return Long.toString(r.nextLong(1L << 32));
            case 1:
                return Integer.toString(r.nextInt(1000));
            case 2: {
                int len = 1 + (r.nextBoolean() ? r.nextInt(4) : r.nextInt(1000));
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < len; i++) {
                    sb.append(i == 0 ? "" : ", ").append(r.nextLong(1L << 32));
                }
                return sb.append(']').toString();
            }
            default:
                return "arange(" + (1 + r.nextInt(2000)) + ")";
        }
    }

    /** A size from 0 to 10^5, mostly small, log-uniform above 100. */
    private int size() {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return 0;
        }
        if (kind < 6) {
            return 1 + r.nextInt(100);
        }
        return (int) Math.round(Math.pow(10, 2 + 3 * r.nextDouble()));
    }

    private String dbl() {
        double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(7) - 3);
        return Double.toString(v);
    }

    /**
     * The last parameter and the size of a distribution call: a scalar with {@code size=n}, or
     * (one call in four) 1 to 4 parameters as a list broadcast against {@code size=(rows, k)}, or
     * with no size at all.
     */
    private String params(java.util.function.Supplier<String> value, int n) {
        if (r.nextInt(4) != 0) {
            return value.get() + ", size=" + n;
        }
        int k = 1 + r.nextInt(4);
        String values = list(k, value);
        return r.nextBoolean() ? values + ", size=None" : values + ", size=(" + Math.max(1, n / k / 10) + ", " + k + ")";
    }

    /** Gamma shapes on every path: 0, below 1 (pow), exactly 1 (exponential), above 1 (Marsaglia–Tsang), huge. */
    private String gammaShape() {
        switch (r.nextInt(6)) {
            case 0:
                return "1.0";
            case 1:
                return r.nextInt(4) == 0 ? "0.0" : Double.toString(Math.pow(10, -3 * r.nextDouble()));
            case 2:
                return Double.toString(r.nextDouble());
            case 3:
                return Double.toString(Math.pow(10, 7 * r.nextDouble()));
            default:
                return Double.toString(1 + 20 * r.nextDouble());
        }
    }

    /** Beta parameters: at most 1 (Johnk, also tiny), above 1 (gamma ratio). */
    private String betaParam() {
        switch (r.nextInt(5)) {
            case 0:
                return Double.toString(r.nextDouble() + Double.MIN_NORMAL);
            case 1:
                return Double.toString(Math.pow(10, -8 * r.nextDouble()));
            case 2:
                return "1.0";
            default:
                return Double.toString(1 + 30 * r.nextDouble());
        }
    }

    /** binomial's n: small, up to 10^9 (BTPE), rarely near 2^62 (with any p). */
    private String trials() {
        switch (r.nextInt(6)) {
            case 0:
                return Integer.toString(r.nextInt(21));
            case 1:
                return Long.toString(1L << 62 - r.nextInt(3));
            default:
                return Long.toString((long) Math.pow(10, 9 * r.nextDouble()));
        }
    }

    /** binomial's p: 0, 1, 0.5, tiny, or anything in [0, 1). */
    private String probability() {
        switch (r.nextInt(10)) {
            case 0:
                return "0.0";
            case 1:
                return "1.0";
            case 2:
                return "0.5";
            case 3:
                return Double.toString(Math.pow(10, -18 * r.nextDouble()));
            case 4:
                return Double.toString(1 - Math.pow(10, -12 * r.nextDouble()));
            default:
                return Double.toString(r.nextDouble());
        }
    }

    /** poisson's lam: 0, multiplication (below 10), PTRS (10 and up, to 10^12). */
    private String lam() {
        switch (r.nextInt(5)) {
            case 0:
                return r.nextBoolean() ? "0.0" : "10.0";
            case 1:
            case 2:
                return Double.toString(10 * r.nextDouble());
            case 3:
                return Double.toString(10 + 200 * r.nextDouble());
            default:
                return Double.toString(Math.pow(10, 1 + 11 * r.nextDouble()));
        }
    }

    /**
     * The distributions both APIs share beyond the first few, with their branches and edges
     * (vonmises' small/large kappa, hypergeometric's sampling vs HRUA, logseries near 1, zipf's
     * rejection, noncentral_chisquare with df at most 1, dirichlet's small-alpha path), the
     * array-bounds integers and array-parameter normal/uniform; Generator's multivariate
     * hypergeometric too. Parameters stay where the legacy kernels return (zipf below 1025,
     * vonmises' kappa below 2e16).
     */
    private String distributionCall(boolean generator) {
        int n = Math.min(size(), 3000);
        switch (r.nextInt(generator ? 27 : 26)) {
            case 0:
                return "laplace(" + dbl() + ", " + params(this::positive, n) + ")";
            case 1:
                return "gumbel(" + dbl() + ", " + params(this::positive, n) + ")";
            case 2:
                return "logistic(" + dbl() + ", " + params(this::positive, n) + ")";
            case 3:
                return "lognormal(" + dbl() + ", " + params(this::positive, n) + ")";
            case 4:
                return "rayleigh(" + params(this::positive, n) + ")";
            case 5:
                return "standard_cauchy(" + n + ")";
            case 6:
                return "weibull(" + params(this::shape, n) + ")";
            case 7:
                return (r.nextBoolean() ? "pareto(" : "power(") + params(this::shape, n) + ")";
            case 8:
                return "wald(" + positive() + ", " + params(this::positive, n) + ")";
            case 9: {
                double left = Double.parseDouble(dbl());
                double mode = left + Math.abs(Double.parseDouble(dbl()));
                double right = mode + Math.abs(Double.parseDouble(dbl())) + (r.nextBoolean() ? 0 : 1e-3);
                return "triangular(" + left + ", " + mode + ", " + right + ", " + n + ")";
            }
            case 10:
                return "chisquare(" + params(this::degrees, n) + ")";
            case 11:
                return "f(" + degrees() + ", " + params(this::degrees, n) + ")";
            case 12:
                return "standard_t(" + params(this::degrees, n) + ")";
            case 13:
                return "noncentral_chisquare(" + degrees() + ", " + params(this::nonNegative, n) + ")";
            case 14:
                return "noncentral_f(" + degrees() + ", " + degrees() + ", " + params(this::nonNegative, n) + ")";
            case 15:
                return "geometric(" + params(this::unitOpenClosed, n) + ")";
            case 16:
                return "logseries(" + params(() -> r.nextInt(4) == 0 ? Double.toString(1 - Math.pow(10, -12 * r.nextDouble()))
                        : Double.toString(r.nextDouble()), n) + ")";
            case 17:
                return "zipf(" + params(() -> Double.toString(1 + Math.pow(10, 3 * r.nextDouble() - 3) * (r.nextBoolean() ? 1 : 900)), n) + ")";
            case 18:
                return "negative_binomial(" + positive() + ", " + params(this::unitOpenClosed, n) + ")";
            case 19:
                return "vonmises(" + dbl() + ", " + params(this::kappa, n) + ")";
            case 20: {
                long good = count();
                long bad = count();
                long total = good + bad;
                long sample = total == 0 ? 0 : (long) (r.nextDouble() * (total + 1));
                return "hypergeometric(" + good + ", " + bad + ", " + Math.min(sample, total) + ", " + n + ")";
            }
            case 21:
                return "dirichlet(" + list(1 + r.nextInt(5), () -> r.nextBoolean() ? Double.toString(0.1 * r.nextDouble())
                        : positive()) + ", " + Math.min(n, 500) + ")";
            case 22: {
                int k = 1 + r.nextInt(5);
                double[] w = new double[k];
                double sum = 0;
                for (int i = 0; i < k; i++) {
                    w[i] = r.nextDouble();
                    sum += w[i];
                }
                StringBuilder pv = new StringBuilder("[");
                for (int i = 0; i < k; i++) {
                    pv.append(i == 0 ? "" : ", ").append(w[i] / sum * 0.999);
                }
                return "multinomial(" + (r.nextBoolean() ? r.nextInt(30) : r.nextInt(1_000_000)) + ", " + pv + "], "
                        + Math.min(n, 500) + ")";
            }
            case 23: {
                String[] d = INT_DTYPES[r.nextInt(INT_DTYPES.length)];
                long lo = d[0].equals("bool") ? 0 : r.nextInt(2) == 0 ? 0 : -r.nextInt(100);
                if (d[0].startsWith("u") || d[0].equals("bool")) {
                    lo = 0;
                }
                String his = list(1 + r.nextInt(4), () -> Long.toString(d[0].equals("bool") ? 1 + r.nextInt(2) : 1 + r.nextInt(120)));
                String lows = "[[" + lo + "], [" + (d[0].equals("bool") ? 0 : lo + r.nextInt(1)) + "]]";
                return (generator ? "integers(" : "randint(") + lows + ", " + his + ", dtype='" + d[0] + "')";
            }
            case 24:
                return "normal(" + list(1 + r.nextInt(4), this::dbl) + ", " + params(this::positive, n) + ")";
            case 25:
                return "uniform(" + list(1 + r.nextInt(4), this::dbl) + ", " + list(1, this::dbl) + ")";
            default: {
                String colors = list(1 + r.nextInt(5), () -> Integer.toString(r.nextInt(r.nextBoolean() ? 10 : 100000)));
                int total = 0;
                for (String c : colors.substring(1, colors.length() - 1).split(", ")) {
                    total += Integer.parseInt(c);
                }
                return "multivariate_hypergeometric(" + colors + ", " + (total == 0 ? 0 : r.nextInt(Math.min(total, 1000) + 1))
                        + ", " + Math.min(n, 200) + ", method=" + (r.nextBoolean() ? "'marginals'" : "'count'") + ")";
            }
        }
    }

    private String list(int k, java.util.function.Supplier<String> value) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < k; i++) {
            sb.append(i == 0 ? "" : ", ").append(value.get());
        }
        return sb.append(']').toString();
    }

    /** A shape parameter: 0 sometimes, tiny, around 1, large. */
    private String shape() {
        return r.nextInt(8) == 0 ? "0.0" : Double.toString(Math.pow(10, 5 * r.nextDouble() - 2));
    }

    /** Degrees of freedom: at most 1 (the noncentral chi-square's Poisson path), or up to 10^4. */
    private String degrees() {
        return r.nextInt(3) == 0 ? Double.toString(r.nextDouble() + 1e-3) : Double.toString(Math.pow(10, 4 * r.nextDouble()));
    }

    private String nonNegative() {
        return r.nextInt(6) == 0 ? "0.0" : Double.toString(Math.pow(10, 6 * r.nextDouble() - 3));
    }

    /** A probability in (0, 1]: 1 exactly, tiny, or anything (geometric's search vs inversion). */
    private String unitOpenClosed() {
        switch (r.nextInt(5)) {
            case 0:
                return "1.0";
            case 1:
                return Double.toString(Math.pow(10, -12 * r.nextDouble()));
            default:
                return Double.toString(1 - r.nextDouble());
        }
    }

    /** vonmises' kappa: 0, below 1e-8 (uniform), below 1e-5 (the small-kappa s), moderate, above 1e6 (wrapped normal). */
    private String kappa() {
        switch (r.nextInt(6)) {
            case 0:
                return r.nextBoolean() ? "0.0" : "1e-9";
            case 1:
                return Double.toString(1e-5 * r.nextDouble());
            case 2:
                return Double.toString(Math.pow(10, 6 + 6 * r.nextDouble()));
            default:
                return Double.toString(Math.pow(10, 4 * r.nextDouble() - 2));
        }
    }

    /** hypergeometric's ngood/nbad: 0, small, or large (HRUA), the total below 10^9. */
    private long count() {
        switch (r.nextInt(4)) {
            case 0:
                return r.nextInt(3);
            case 1:
                return r.nextInt(30);
            default:
                return (long) Math.pow(10, 8.5 * r.nextDouble());
        }
    }

    private String positive() {
        return Double.toString(Math.pow(10, 4 * r.nextDouble() - 2));
    }

    private String call() {
        if (r.nextInt(3) == 0) {
            return distributionCall(false);
        }
        int n = size();
        switch (r.nextInt(20)) {
            case 13:
                return "standard_exponential(" + n + ")";
            case 14:
                return "exponential(" + params(this::positive, n) + ")";
            case 15:
                return "standard_gamma(" + params(this::gammaShape, n) + ")";
            case 16:
                return "gamma(" + gammaShape() + ", " + params(this::positive, n) + ")";
            case 17:
                return "beta(" + betaParam() + ", " + params(this::betaParam, n) + ")";
            case 18:
                return "binomial(" + trials() + ", " + params(this::probability, n) + ")";
            case 19:
                return "poisson(" + params(this::lam, n) + ")";
            case 0:
                return "rand(" + n + ")";
            case 1:
                return "random_sample(size=(" + (1 + r.nextInt(30)) + ", " + (1 + r.nextInt(30)) + "))";
            case 2:
                return "uniform(" + dbl() + ", " + dbl() + ", " + n + ")";
            case 3: {
                String[] d = INT_DTYPES[r.nextInt(INT_DTYPES.length)];
                BigInteger lo = new BigInteger(d[1]);
                BigInteger hi = new BigInteger(d[2]);
                BigInteger span = hi.subtract(lo);
                BigInteger a = lo.add(new BigInteger(span.bitLength() + 8, new java.util.Random(r.nextLong())).mod(span));
                BigInteger width = r.nextBoolean() ? BigInteger.valueOf(1 + r.nextInt(1000))
                        : new BigInteger(span.bitLength() + 8, new java.util.Random(r.nextLong())).mod(span).add(BigInteger.ONE);
                BigInteger b = a.add(width).min(hi);
                if (b.compareTo(a) <= 0) {
                    b = a.add(BigInteger.ONE);
                }
                return "randint(" + a + ", " + b + ", size=" + n + ", dtype='" + d[0] + "')";
            }
            case 4:
                return "randn(" + Math.min(n, 20000) + ")";
            case 5:
                return "normal(" + dbl() + ", " + Math.abs(Double.parseDouble(dbl())) + ", " + Math.min(n, 20000) + ")";
            case 6: {
                int pop = 1 + r.nextInt(r.nextBoolean() ? 50 : 200000);
                boolean replace = r.nextBoolean();
                int k = replace ? n : Math.min(n, pop);
                return "choice(" + pop + ", " + k + ", replace=" + (replace ? "True" : "False") + ")";
            }
            case 7: {
                int pop = 2 + r.nextInt(12);
                StringBuilder p = new StringBuilder("[");
                int[] w = new int[pop];
                int total = 0;
                for (int i = 0; i < pop; i++) {
                    w[i] = r.nextInt(10);
                    total += w[i];
                }
                if (total == 0) {
                    w[0] = 1;
                    total = 1;
                }
                int nonzero = 0;
                for (int i = 0; i < pop; i++) {
                    p.append(i == 0 ? "" : ", ").append(w[i]).append('/').append(total);
                    nonzero += w[i] > 0 ? 1 : 0;
                }
                boolean replace = r.nextBoolean();
                int k = replace ? Math.min(n, 5000) : r.nextInt(nonzero + 1);
                return "choice(" + pop + ", " + k + ", replace=" + (replace ? "True" : "False") + ", p=" + p + "])";
            }
            case 8:
                return "permutation(" + n + ")";
            case 9:
                return "shuffle(arange(" + n + "))";
            case 10:
                return "bytes(" + Math.min(n, 10000) + ")";
            case 11:
                return "random_integers(" + r.nextInt(100) + ", " + (100 + r.nextInt(100000)) + ", " + n + ")";
            default:
                return "get_state()";
        }
    }
}
