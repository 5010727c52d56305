package org.seedcompat.engine.numpy;

import java.math.BigInteger;
import java.util.Objects;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.distributions.Betas;
import org.seedcompat.engine.numpy.distributions.Binomials;
import org.seedcompat.engine.numpy.distributions.BoundedIntegers;
import org.seedcompat.engine.numpy.distributions.Cauchys;
import org.seedcompat.engine.numpy.distributions.Dirichlets;
import org.seedcompat.engine.numpy.distributions.ChiSquares;
import org.seedcompat.engine.numpy.distributions.FRatios;
import org.seedcompat.engine.numpy.distributions.Gammas;
import org.seedcompat.engine.numpy.distributions.Geometrics;
import org.seedcompat.engine.numpy.distributions.Gumbels;
import org.seedcompat.engine.numpy.distributions.Hypergeometrics;
import org.seedcompat.engine.numpy.distributions.Laplaces;
import org.seedcompat.engine.numpy.distributions.Logistics;
import org.seedcompat.engine.numpy.distributions.Lognormals;
import org.seedcompat.engine.numpy.distributions.Logseries;
import org.seedcompat.engine.numpy.distributions.Multinomials;
import org.seedcompat.engine.numpy.distributions.MultivariateHypergeometrics;
import org.seedcompat.engine.numpy.distributions.NegativeBinomials;
import org.seedcompat.engine.numpy.distributions.NoncentralChiSquares;
import org.seedcompat.engine.numpy.distributions.Paretos;
import org.seedcompat.engine.numpy.distributions.Poissons;
import org.seedcompat.engine.numpy.distributions.Powers;
import org.seedcompat.engine.numpy.distributions.Rayleighs;
import org.seedcompat.engine.numpy.distributions.Shuffles;
import org.seedcompat.engine.numpy.distributions.StudentTs;
import org.seedcompat.engine.numpy.distributions.Triangulars;
import org.seedcompat.engine.numpy.distributions.VonMisesAngles;
import org.seedcompat.engine.numpy.distributions.Walds;
import org.seedcompat.engine.numpy.distributions.Weibulls;
import org.seedcompat.engine.numpy.distributions.ZigguratExponentials;
import org.seedcompat.engine.numpy.distributions.ZigguratNormals;
import org.seedcompat.engine.numpy.distributions.Zipfs;

/**
 * NumPy's {@code numpy.random.Generator} over any {@link BitGenerator}, reproducing its output bit
 * for bit for the same bit-generator state and the same sequence of calls, and raising NumPy's
 * errors (as {@link PythonError}, with NumPy's exception type and message) in NumPy's order.
 *
 * <p><b>Conventions</b> (those of {@link RandomState}). A {@code size} argument is an
 * {@code int[]} shape; {@code null} stands for Python's {@code size=None}, which NumPy answers with
 * a scalar: here an array of length 1 that the caller renders as a scalar. Results are flat arrays
 * in C order. Integer results are {@code long}s: sign-extended for signed dtypes, the raw bit
 * pattern for uint64, 0/1 for bool.
 *
 * <p><b>Floating-point dtypes.</b> The methods taking a {@link DType} ({@link #random(int[], DType)},
 * {@link #standardNormal(int[], DType)}, {@link #standardExponential(int[], DType, String)}) return
 * values as {@link DType} carries them: IEEE-754 bit patterns in {@code long}s, i.e.
 * {@code Double.doubleToRawLongBits} for float64 and the zero-extended
 * {@code Float.floatToRawIntBits} for float32. Typed variants return {@code double[]}
 * ({@link #random(int[])}, ...) or {@code float[]} ({@link #randomFloat32(int[])}, ...).
 *
 * <p><b>Scalar calls and {@code size=n}.</b> {@code n} calls with {@code size=None} equal one call
 * with {@code size=n}, except for {@code integers} with 8-bit, 16-bit and bool dtypes, whose
 * sub-word buffer lives for one call (as in NumPy).
 *
 * <p>Every transcendental ({@code exp}, {@code log}, {@code log1p}, {@code pow}, their float
 * twins) comes from the {@link org.seedcompat.engine.math.Libm} given at construction; everything
 * else is integer or exactly rounded IEEE arithmetic.
 *
 * <p><b>Parameters.</b> {@code standard_gamma}, {@code gamma}, {@code beta}, {@code binomial} and
 * {@code poisson} take their parameters as {@link Param}/{@link IntParam} (scalar or n-d) and
 * broadcast them against {@code size} as NumPy does, returning {@link Variates} (with a Python
 * scalar for {@code size=None} and scalar parameters).
 *
 * <p>Not thread-safe (NumPy serialises calls with a lock; share an instance across threads only
 * with external locking).
 */
public final class Generator {

    /**
     * {@code _poisson_lam_max}: the largest {@code lam} {@code poisson} accepts,
     * {@code int64 max - 10 * sqrt(int64 max)} in doubles (also negative_binomial's bound).
     */
    public static final double POISSON_LAM_MAX = Constraint.POISSON_LAM_MAX;

    private static final BigInteger UINT32_LIMIT = BigInteger.ONE.shiftLeft(32);

    private final BitGenerator bitGenerator;
    private final Libm libm;
    /** NumPy's {@code self._binomial}: the binomial setup cache of this Generator. */
    private final Binomials binomials;

    /**
     * {@code Generator(bit_generator)}: draws from (and shares) {@code bitGenerator}, with this
     * process's glibc build ({@link Libm#system()}) for the ziggurats' {@code exp} and {@code log1p}.
     */
    public Generator(BitGenerator bitGenerator) {
        this(bitGenerator, Libm.system());
    }

    /** {@code Generator(bit_generator)} on a machine whose glibc runs the build {@code libm} reproduces. */
    public Generator(BitGenerator bitGenerator, Libm libm) {
        this.bitGenerator = Objects.requireNonNull(bitGenerator, "bitGenerator");
        this.libm = Objects.requireNonNull(libm, "libm");
        this.binomials = new Binomials(libm);
    }

    /** The math library this generator's samplers imitate. */
    public Libm libm() {
        return libm;
    }

    /** The underlying bit generator (live, not a copy): drawing from it advances this Generator. */
    public BitGenerator bitGenerator() {
        return bitGenerator;
    }

    // ---------------------------------------------------------------- random

    /**
     * {@code random(size, dtype)}: floats in [0, 1): {@code next_double} for float64,
     * {@code next_float} ({@code (next_uint32 >>> 8) * 2^-24}) for float32. A {@code null} dtype
     * is float64.
     *
     * @return IEEE bit patterns (see the class comment)
     * @throws PythonError TypeError "Unsupported dtype dtype('int64') for random"
     */
    public long[] random(int[] size, DType dtype) {
        DType type = floatType(dtype, "random");
        return type == DType.FLOAT64 ? bits(random(size)) : bits(randomFloat32(size));
    }

    /** {@code random(size)} in float64. */
    public double[] random(int[] size) {
        double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
        bitGenerator.nextDoubles(out, 0, out.length);
        return out;
    }

    /** {@code random(n)}: {@code n} float64 values. */
    public double[] random(int n) {
        return random(new int[] {n});
    }

    /** {@code random()}: one float64 value. */
    public double random() {
        return bitGenerator.nextDouble();
    }

    /** {@code random(size, dtype=np.float32)}. */
    public float[] randomFloat32(int[] size) {
        float[] out = new float[NumpyShapes.allocate(size, DType.FLOAT32)];
        for (int i = 0; i < out.length; i++) {
            out[i] = ZigguratNormals.nextFloat(bitGenerator);
        }
        return out;
    }

    // ---------------------------------------------------------------- integers

    /**
     * {@code integers(low, high, size, dtype, endpoint)}: integers in {@code [low, high)}, or in
     * {@code [low, high]} with {@code endpoint}, by Lemire's method; with {@code high == null} the
     * range starts at 0 and ends at {@code low}. A {@code null} dtype means int64. Only scalar
     * bounds (NumPy's array-bounds path broadcasts and keeps one buffer across elements).
     *
     * <p>NumPy's order of checks: unsupported dtype (TypeError); an empty {@code size} returns an
     * empty array before any bounds check; "low is out of bounds for D", "high is out of bounds for
     * D", then "high &lt;= 0" / "high &lt; 0" (when low is 0) or "low &gt;= high" /
     * "low &gt; high" (open / closed interval); then the size's own checks.
     *
     * @return the values, sign-extended for signed dtypes, uint64 as raw bits, bool as 0/1
     * @throws PythonError TypeError "Unsupported dtype dtype('float64') for integers"
     */
    public long[] integers(BigInteger low, BigInteger high, int[] size, DType dtype,
                           boolean endpoint) {
        Objects.requireNonNull(low, "low");
        if (high == null) {
            high = low;
            low = BigInteger.ZERO;
        }
        DType type = dtype == null ? DType.INT64 : dtype;
        if (!type.isInteger() && type != DType.BOOL) {
            throw PythonError.typeError(
                    "Unsupported dtype dtype('" + type.pythonName() + "') for integers");
        }
        if (NumpyShapes.isEmpty(size)) {
            return new long[NumpyShapes.allocate(size, type)];
        }
        BigInteger closedHigh = endpoint ? high : high.subtract(BigInteger.ONE);
        if (low.compareTo(type.lowestValue()) < 0) {
            throw PythonError.valueError("low is out of bounds for " + type.pythonName());
        }
        if (closedHigh.compareTo(type.highestValue()) > 0) {
            throw PythonError.valueError("high is out of bounds for " + type.pythonName());
        }
        if (low.compareTo(closedHigh) > 0) {
            String message = low.signum() == 0
                    ? (endpoint ? "high < 0" : "high <= 0")
                    : (endpoint ? "low > high" : "low >= high");
            throw PythonError.valueError(message);
        }
        long[] out = new long[NumpyShapes.allocate(size, type)];
        long rng = closedHigh.subtract(low).longValue(); // wraps to the unsigned range
        BoundedIntegers.fill(bitGenerator, type, low.longValue(), rng, false, out, 0, out.length);
        return out;
    }

    /**
     * {@code integers(low, high, size, dtype, endpoint)} with bounds as arrays (a 0-d one is a
     * scalar): when both are 0-d, the scalar path above ({@code int()} of each); otherwise NumPy's
     * array path (see {@link IntegerBounds}): each element drawn with its own broadcast bounds.
     * {@code high == null} means {@code [0, low)}.
     *
     * @return the values ({@code shape} is {@code size}, or the bounds' broadcast shape; null for
     *         {@code size=None} with 0-d bounds)
     */
    public Variates integers(IntegerBounds low, IntegerBounds high, int[] size, DType dtype, boolean endpoint) {
        DType type = dtype == null ? DType.INT64 : dtype;
        return IntegerArrays.call(bitGenerator, low, high, size, type, !type.isInteger() && type != DType.BOOL,
                endpoint, false, (lo, hi) -> integers(lo, hi, size, type, endpoint));
    }

    /** {@code integers(low, high, size)}: int64 in {@code [low, high)}. */
    public long[] integers(long low, long high, int[] size) {
        return integers(BigInteger.valueOf(low), BigInteger.valueOf(high), size, DType.INT64, false);
    }

    /** {@code integers(low, high)}: one int64 in {@code [low, high)}. */
    public long integers(long low, long high) {
        return integers(low, high, null)[0];
    }

    /** {@code integers(low, high, endpoint=endpoint)}: one int64. */
    public long integers(long low, long high, boolean endpoint) {
        return integers(BigInteger.valueOf(low), BigInteger.valueOf(high), null, DType.INT64,
                endpoint)[0];
    }

    /** {@code integers(high)}: one int64 in {@code [0, high)}. */
    public long integers(long high) {
        return integers(BigInteger.valueOf(high), null, null, DType.INT64, false)[0];
    }

    /**
     * {@code bytes(length)}: {@code integers(0, 2**32, size=(length - 1) / 4 + 1, dtype=uint32)}
     * (C division, truncating toward zero), i.e. raw 32-bit words, little-endian, cut to
     * {@code length} with Python slice semantics: {@code bytes(0)} draws one word and returns
     * nothing; -1 and -2 draw one word and return 3 and 2 bytes; -3..-6 draw nothing; below -6
     * raise ValueError "negative dimensions are not allowed".
     */
    public byte[] bytes(int length) {
        int words = (int) (((long) length - 1) / 4 + 1);
        long[] values = integers(BigInteger.ZERO, UINT32_LIMIT, new int[] {words}, DType.UINT32, false);
        int available = values.length * 4;
        int keep = length >= 0 ? Math.min(length, available) : Math.max(0, available + length);
        byte[] out = new byte[keep];
        for (int i = 0; i < keep; i++) {
            out[i] = (byte) (values[i >>> 2] >>> (8 * (i & 3)));
        }
        return out;
    }

    // ---------------------------------------------------------------- normal

    /**
     * {@code standard_normal(size, dtype)} by the ziggurat (see {@link ZigguratNormals}). A
     * {@code null} dtype is float64.
     *
     * @return IEEE bit patterns (see the class comment)
     * @throws PythonError TypeError "Unsupported dtype dtype('int32') for standard_normal"
     */
    public long[] standardNormal(int[] size, DType dtype) {
        DType type = floatType(dtype, "standard_normal");
        return type == DType.FLOAT64 ? bits(standardNormal(size)) : bits(standardNormalFloat32(size));
    }

    /** {@code standard_normal(size)} in float64. */
    public double[] standardNormal(int[] size) {
        double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
        ZigguratNormals.fill(bitGenerator, libm, out, 0, out.length);
        return out;
    }

    /** {@code standard_normal()}: one float64 value. */
    public double standardNormal() {
        return ZigguratNormals.next(bitGenerator, libm);
    }

    /** {@code standard_normal(size, dtype=np.float32)}. */
    public float[] standardNormalFloat32(int[] size) {
        float[] out = new float[NumpyShapes.allocate(size, DType.FLOAT32)];
        ZigguratNormals.fillFloat32(bitGenerator, libm, out, 0, out.length);
        return out;
    }

    /**
     * {@code normal(loc, scale, size)} = {@code loc + scale * standard_normal()} (a double multiply,
     * then a double add: no fused multiply-add, as NumPy's x86-64 build).
     *
     * @throws PythonError ValueError "scale &lt; 0" when scale has its sign bit set and is not
     *                     NaN (so -0.0 is rejected and NaN accepted, as in NumPy)
     */
    public double[] normal(double loc, double scale, int[] size) {
        checkNonNegative(scale, "scale");
        double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
        for (int i = 0; i < out.length; i++) {
            out[i] = loc + scale * ZigguratNormals.next(bitGenerator, libm);
        }
        return out;
    }

    /**
     * {@code normal(loc, scale, size)} with parameters of any shape, broadcast against {@code size}
     * ({@code cont}); 0-d parameters are the scalar method above.
     *
     * @throws PythonError ValueError "scale &lt; 0"; broadcasting and size errors
     */
    public Variates normal(Param loc, Param scale, int[] size) {
        return ParamCalls.continuous(size, loc, "loc", Constraint.NONE, scale, "scale", Constraint.NON_NEGATIVE,
                (m, s) -> m + s * ZigguratNormals.next(bitGenerator, libm));
    }

    /** {@code normal(loc, scale)}: one value. */
    public double normal(double loc, double scale) {
        return normal(loc, scale, null)[0];
    }

    // ---------------------------------------------------------------- exponential

    /**
     * {@code standard_exponential(size, dtype, method)}: {@code "zig"} (the default, also for
     * {@code null}) is the ziggurat; any other method is inversion, as in NumPy (which tests only
     * for {@code 'zig'}). See {@link ZigguratExponentials}.
     *
     * @return IEEE bit patterns (see the class comment)
     * @throws PythonError TypeError "Unsupported dtype dtype('int32') for standard_exponential"
     */
    public long[] standardExponential(int[] size, DType dtype, String method) {
        DType type = floatType(dtype, "standard_exponential");
        boolean zig = method == null || method.equals("zig");
        if (type == DType.FLOAT64) {
            double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
            if (zig) {
                ZigguratExponentials.fill(bitGenerator, libm, out, 0, out.length);
            } else {
                ZigguratExponentials.fillInverse(bitGenerator, libm, out, 0, out.length);
            }
            return bits(out);
        }
        float[] out = new float[NumpyShapes.allocate(size, DType.FLOAT32)];
        if (zig) {
            ZigguratExponentials.fillFloat32(bitGenerator, libm, out, 0, out.length);
        } else {
            ZigguratExponentials.fillInverseFloat32(bitGenerator, libm, out, 0, out.length);
        }
        return bits(out);
    }

    /** {@code standard_exponential(size)}: float64 by the ziggurat. */
    public double[] standardExponential(int[] size) {
        double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
        ZigguratExponentials.fill(bitGenerator, libm, out, 0, out.length);
        return out;
    }

    /** {@code standard_exponential()}: one float64 value by the ziggurat. */
    public double standardExponential() {
        return ZigguratExponentials.next(bitGenerator, libm);
    }

    /** {@code standard_exponential(size, dtype=np.float32)} by the ziggurat. */
    public float[] standardExponentialFloat32(int[] size) {
        float[] out = new float[NumpyShapes.allocate(size, DType.FLOAT32)];
        ZigguratExponentials.fillFloat32(bitGenerator, libm, out, 0, out.length);
        return out;
    }

    /**
     * {@code exponential(scale, size)} = {@code scale * standard_exponential()} (ziggurat).
     *
     * @throws PythonError ValueError "scale &lt; 0" (sign bit set and not NaN)
     */
    public double[] exponential(double scale, int[] size) {
        checkNonNegative(scale, "scale");
        double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
        for (int i = 0; i < out.length; i++) {
            out[i] = scale * ZigguratExponentials.next(bitGenerator, libm);
        }
        return out;
    }

    /**
     * {@code exponential(scale, size)} with {@code scale} scalar or an array broadcast against
     * {@code size} as in NumPy.
     *
     * @throws PythonError ValueError "scale &lt; 0" (sign bit set and not NaN); broadcasting and size errors
     */
    public Variates exponential(Param scale, int[] size) {
        return ParamCalls.continuous(size, scale, "scale", Constraint.NON_NEGATIVE,
                s -> s * ZigguratExponentials.next(bitGenerator, libm));
    }

    /** {@code exponential(scale)}: one value. */
    public double exponential(double scale) {
        return exponential(scale, null)[0];
    }

    // ---------------------------------------------------------------- gamma, beta, binomial, poisson

    /**
     * {@code standard_gamma(shape, size, dtype)} (see {@link Gammas}): float64, or float32 with the
     * parameter cast to float32 first and float arithmetic throughout. A {@code null} dtype is
     * float64. Array-valued {@code shape} broadcasts against {@code size} as in NumPy.
     *
     * @throws PythonError TypeError "Unsupported dtype dtype('int32') for standard_gamma" (before
     *                     any parameter check); ValueError "shape &lt; 0" (sign bit set, not NaN);
     *                     the broadcasting and size errors
     */
    public Variates standardGamma(Param shape, int[] size, DType dtype) {
        DType type = dtype == null ? DType.FLOAT64 : dtype;
        if (type == DType.FLOAT64) {
            return ParamCalls.continuous(size, shape, "shape", Constraint.NON_NEGATIVE,
                    s -> Gammas.standardGamma(bitGenerator, libm, s));
        }
        if (type == DType.FLOAT32) {
            return ParamCalls.continuousFloat32(size, shape, "shape", Constraint.NON_NEGATIVE,
                    s -> Gammas.standardGammaFloat32(bitGenerator, libm, (float) s));
        }
        throw PythonError.typeError("Unsupported dtype dtype('" + type.pythonName() + "') for standard_gamma");
    }

    /** {@code standard_gamma(shape)}: one float64 value. */
    public double standardGamma(double shape) {
        return standardGamma(Param.of(shape), null, DType.FLOAT64).doubles()[0];
    }

    /** {@code standard_gamma(shape, size)} in float64. */
    public double[] standardGamma(double shape, int[] size) {
        return standardGamma(Param.of(shape), size, DType.FLOAT64).doubles();
    }

    /**
     * {@code gamma(shape, scale, size)} = {@code scale * standard_gamma(shape)}.
     *
     * @throws PythonError ValueError "shape &lt; 0", then "scale &lt; 0"; broadcasting and size errors
     */
    public Variates gamma(Param shape, Param scale, int[] size) {
        return ParamCalls.continuous(size, shape, "shape", Constraint.NON_NEGATIVE, scale, "scale",
                Constraint.NON_NEGATIVE, (k, theta) -> theta * Gammas.standardGamma(bitGenerator, libm, k));
    }

    /** {@code gamma(shape, scale)}: one value. */
    public double gamma(double shape, double scale) {
        return gamma(Param.of(shape), Param.of(scale), null).doubles()[0];
    }

    /** {@code gamma(shape, scale, size)} for scalar parameters. */
    public double[] gamma(double shape, double scale, int[] size) {
        return gamma(Param.of(shape), Param.of(scale), size).doubles();
    }

    /**
     * {@code beta(a, b, size)} (see {@link Betas}).
     *
     * @throws PythonError ValueError "a &lt;= 0", then "b &lt;= 0" (NaN passes both, as in NumPy);
     *                     broadcasting and size errors
     */
    public Variates beta(Param a, Param b, int[] size) {
        return ParamCalls.continuous(size, a, "a", Constraint.POSITIVE, b, "b", Constraint.POSITIVE,
                (x, y) -> Betas.beta(bitGenerator, libm, x, y));
    }

    /** {@code beta(a, b)}: one value. */
    public double beta(double a, double b) {
        return beta(Param.of(a), Param.of(b), null).doubles()[0];
    }

    /** {@code beta(a, b, size)} for scalar parameters. */
    public double[] beta(double a, double b, int[] size) {
        return beta(Param.of(a), Param.of(b), size).doubles();
    }

    /**
     * {@code binomial(n, p, size)}: int64 results (see {@link Binomials}; this Generator's
     * {@code binomial_t} cache lives as long as it does). {@code n} arrives as int64 (the caller
     * truncates Python floats, as NumPy's conversion does).
     *
     * @throws PythonError ValueError "p &lt; 0, p &gt; 1 or p is NaN" ("... contains NaNs" for an
     *                     array), then "n &lt; 0"; broadcasting (over {@code (p, n)}) and size errors
     */
    public Variates binomial(IntParam n, Param p, int[] size) {
        return ParamCalls.binomial(size, n, p, (trials, prob) -> binomials.binomial(bitGenerator, trials, prob));
    }

    /** {@code binomial(n, p)}: one value. */
    public long binomial(long n, double p) {
        return binomial(IntParam.of(n), Param.of(p), null).data()[0];
    }

    /** {@code binomial(n, p, size)} for scalar parameters. */
    public long[] binomial(long n, double p, int[] size) {
        return binomial(IntParam.of(n), Param.of(p), size).data();
    }

    /**
     * {@code poisson(lam, size)}: int64 results (see {@link Poissons}).
     *
     * @throws PythonError ValueError "lam &lt; 0 or lam is NaN" / "lam value too large" (scalar, in
     *                     that order); for an array "lam value too large" first (NaN included),
     *                     then "lam &lt; 0 or lam contains NaNs"; broadcasting and size errors
     */
    public Variates poisson(Param lam, int[] size) {
        return ParamCalls.discrete(size, lam, "lam", Constraint.POISSON, l -> Poissons.poisson(bitGenerator, libm, l));
    }

    /** {@code poisson(lam)}: one value. */
    public long poisson(double lam) {
        return poisson(Param.of(lam), null).data()[0];
    }

    /** {@code poisson(lam, size)} for a scalar {@code lam}. */
    public long[] poisson(double lam, int[] size) {
        return poisson(Param.of(lam), size).data();
    }

    /**
     * {@code laplace(loc, scale, size)} (see {@link Laplaces}).
     *
     * @throws PythonError ValueError "scale &lt; 0"; broadcasting and size errors
     */
    public Variates laplace(Param loc, Param scale, int[] size) {
        return ParamCalls.continuous(size, loc, "loc", Constraint.NONE, scale, "scale", Constraint.NON_NEGATIVE,
                (m, b) -> Laplaces.laplace(bitGenerator, libm, m, b));
    }

    /**
     * {@code gumbel(loc, scale, size)} (see {@link Gumbels}).
     *
     * @throws PythonError ValueError "scale &lt; 0"; broadcasting and size errors
     */
    public Variates gumbel(Param loc, Param scale, int[] size) {
        return ParamCalls.continuous(size, loc, "loc", Constraint.NONE, scale, "scale", Constraint.NON_NEGATIVE,
                (m, b) -> Gumbels.gumbel(bitGenerator, libm, m, b));
    }

    /**
     * {@code logistic(loc, scale, size)} (see {@link Logistics}).
     *
     * @throws PythonError ValueError "scale &lt; 0"; broadcasting and size errors
     */
    public Variates logistic(Param loc, Param scale, int[] size) {
        return ParamCalls.continuous(size, loc, "loc", Constraint.NONE, scale, "scale", Constraint.NON_NEGATIVE,
                (m, b) -> Logistics.logistic(bitGenerator, libm, m, b));
    }

    /**
     * {@code triangular(left, mode, right, size)} (see {@link Triangulars}).
     *
     * @throws PythonError ValueError "left &gt; mode", "mode &gt; right", "left == right"; broadcasting and size errors
     */
    public Variates triangular(Param left, Param mode, Param right, int[] size) {
        return ParamCalls.triangular(size, left, mode, right, (l, m, r) -> Triangulars.triangular(bitGenerator, l, m, r));
    }

    /**
     * {@code lognormal(mean, sigma, size)} (see {@link Lognormals}).
     *
     * @throws PythonError ValueError "sigma &lt; 0"; broadcasting and size errors
     */
    public Variates lognormal(Param mean, Param sigma, int[] size) {
        return ParamCalls.continuous(size, mean, "mean", Constraint.NONE, sigma, "sigma", Constraint.NON_NEGATIVE,
                (m, s) -> Lognormals.lognormal(bitGenerator, libm, m, s));
    }

    /**
     * {@code rayleigh(scale, size)} (see {@link Rayleighs}).
     *
     * @throws PythonError ValueError "scale &lt; 0"; broadcasting and size errors
     */
    public Variates rayleigh(Param scale, int[] size) {
        return ParamCalls.continuous(size, scale, "scale", Constraint.NON_NEGATIVE,
                s -> Rayleighs.rayleigh(bitGenerator, libm, s));
    }

    /** {@code standard_cauchy(size)} (see {@link Cauchys}). */
    public Variates standardCauchy(int[] size) {
        return ParamCalls.continuous(size, () -> Cauchys.standardCauchy(bitGenerator, libm));
    }

    /**
     * {@code pareto(a, size)} (see {@link Paretos}).
     *
     * @throws PythonError ValueError "a &lt;= 0"; broadcasting and size errors
     */
    public Variates pareto(Param a, int[] size) {
        return ParamCalls.continuous(size, a, "a", Constraint.POSITIVE, x -> Paretos.pareto(bitGenerator, libm, x));
    }

    /**
     * {@code power(a, size)} (see {@link Powers}).
     *
     * @throws PythonError ValueError "a &lt;= 0"; broadcasting and size errors
     */
    public Variates power(Param a, int[] size) {
        return ParamCalls.continuous(size, a, "a", Constraint.POSITIVE, x -> Powers.power(bitGenerator, libm, x));
    }

    /**
     * {@code chisquare(df, size)} (see {@link ChiSquares}).
     *
     * @throws PythonError ValueError "df &lt;= 0"; broadcasting and size errors
     */
    public Variates chisquare(Param df, int[] size) {
        return ParamCalls.continuous(size, df, "df", Constraint.POSITIVE, k -> ChiSquares.chisquare(bitGenerator, libm, k));
    }

    /**
     * {@code f(dfnum, dfden, size)} (see {@link FRatios}).
     *
     * @throws PythonError ValueError "dfnum &lt;= 0", "dfden &lt;= 0"; broadcasting and size errors
     */
    public Variates f(Param dfnum, Param dfden, int[] size) {
        return ParamCalls.continuous(size, dfnum, "dfnum", Constraint.POSITIVE, dfden, "dfden", Constraint.POSITIVE,
                (n, d) -> FRatios.f(bitGenerator, libm, n, d));
    }

    /**
     * {@code standard_t(df, size)} (see {@link StudentTs}).
     *
     * @throws PythonError ValueError "df &lt;= 0"; broadcasting and size errors
     */
    public Variates standardT(Param df, int[] size) {
        return ParamCalls.continuous(size, df, "df", Constraint.POSITIVE, k -> StudentTs.standardT(bitGenerator, libm, k));
    }

    /**
     * {@code noncentral_chisquare(df, nonc, size)} (see {@link NoncentralChiSquares}).
     *
     * @throws PythonError ValueError "df &lt;= 0", "nonc &lt; 0"; broadcasting and size errors
     */
    public Variates noncentralChisquare(Param df, Param nonc, int[] size) {
        return ParamCalls.continuous(size, df, "df", Constraint.POSITIVE, nonc, "nonc", Constraint.NON_NEGATIVE,
                (k, l) -> NoncentralChiSquares.noncentralChisquare(bitGenerator, libm, k, l));
    }

    /**
     * {@code noncentral_f(dfnum, dfden, nonc, size)} (see {@link NoncentralChiSquares#noncentralF}).
     *
     * @throws PythonError ValueError "dfnum &lt;= 0", "dfden &lt;= 0", "nonc &lt; 0"; broadcasting and size errors
     */
    public Variates noncentralF(Param dfnum, Param dfden, Param nonc, int[] size) {
        return ParamCalls.continuous(size, dfnum, "dfnum", Constraint.POSITIVE, dfden, "dfden", Constraint.POSITIVE,
                nonc, "nonc", Constraint.NON_NEGATIVE, (n, d, l) -> NoncentralChiSquares.noncentralF(bitGenerator, libm, n, d, l));
    }

    /**
     * {@code geometric(p, size)} (see {@link Geometrics}).
     *
     * @throws PythonError ValueError "p &lt;= 0, p &gt; 1 or p contains NaNs"; broadcasting and size errors
     */
    public Variates geometric(Param p, int[] size) {
        return ParamCalls.discrete(size, p, "p", Constraint.BOUNDED_GT_0_1, x -> Geometrics.geometric(bitGenerator, libm, x));
    }

    /**
     * {@code logseries(p, size)} (see {@link Logseries}).
     *
     * @throws PythonError ValueError "p &lt; 0, p &gt;= 1 or p is NaN" (arrays: "contains NaNs"); broadcasting and size errors
     */
    public Variates logseries(Param p, int[] size) {
        return ParamCalls.discrete(size, p, "p", Constraint.BOUNDED_LT_0_1, x -> Logseries.logseries(bitGenerator, libm, x));
    }

    /**
     * {@code zipf(a, size)} (see {@link Zipfs}).
     *
     * @throws PythonError ValueError "a &lt;= 1 or a is NaN" (arrays: "contains NaNs"); broadcasting and size errors
     */
    public Variates zipf(Param a, int[] size) {
        return ParamCalls.discrete(size, a, "a", Constraint.GT_1, x -> Zipfs.zipf(bitGenerator, libm, x));
    }

    /**
     * {@code negative_binomial(n, p, size)} (see {@link NegativeBinomials}).
     *
     * @throws PythonError ValueError "n must not be NaN", "n &lt;= 0", "p &lt;= 0, p &gt; 1 or p contains NaNs", "n too large or p too small, ..."; broadcasting and size errors
     */
    public Variates negativeBinomial(Param n, Param p, int[] size) {
        return ParamCalls.negativeBinomial(size, n, p,
                (k, q) -> NegativeBinomials.negativeBinomial(bitGenerator, libm, k, q));
    }

    /**
     * {@code hypergeometric(ngood, nbad, nsample, size)} (see {@link Hypergeometrics}); int64
     * parameters.
     *
     * @throws PythonError ValueError "both ngood and nbad must be less than 1000000000",
     *                     "ngood + nbad &lt; nsample", "ngood &lt; 0", "nbad &lt; 0", "nsample &lt; 0";
     *                     broadcasting and size errors
     */
    public Variates hypergeometric(IntParam ngood, IntParam nbad, IntParam nsample, int[] size) {
        return ParamCalls.hypergeometric(size, ngood, nbad, nsample, false,
                (g, b, s) -> Hypergeometrics.hypergeometric(bitGenerator, libm, g, b, s));
    }

    // ---------------------------------------------------------------- multivariate

    /**
     * {@code multivariate_normal(mean, cov, size, check_valid, tol, method=...)}: the normals
     * {@code standard_normal(size + (d,))} by the ziggurat, then {@code mean + x @ factor.T}
     * with the factor of {@code svd}, {@code eigh} or {@code cholesky} (see
     * {@link org.seedcompat.engine.numpy.distributions.MultivariateNormals} for where the result is
     * bit-exact). {@code size} is the leading shape ({@code null}: None); {@code checkValid}
     * {@code null} stands for a value that is not a string. Warnings are not raised.
     *
     * @throws PythonError ValueError for the method, the shapes of mean and cov, check_valid and a
     *     covariance that is not positive-semidefinite under 'raise'; LinAlgError from the
     *     factorisation (after the draws, as in NumPy)
     */
    public Variates multivariateNormal(Param mean, Param cov, int[] size, String checkValid, double tol,
            String method) {
        return MultivariateNormalCalls.generator(this::standardNormal, mean, cov, size, checkValid, tol, method);
    }

    /**
     * {@code dirichlet(alpha, size)} (see {@link Dirichlets}): shape {@code (k,)}, or
     * {@code size + (k,)}; {@code size} is the leading shape ({@code null}: None).
     *
     * @throws PythonError ValueError "alpha &lt; 0" (NaN passes), then the output's shape errors
     */
    public Variates dirichlet(double[] alpha, int[] size) {
        for (double a : alpha) {
            if (a < 0) {
                throw PythonError.valueError("alpha < 0");
            }
        }
        int[] shape = NumpyShapes.withTrailing(size, alpha.length);
        double[] out = new double[NumpyShapes.allocate(shape, DType.FLOAT64)];
        Dirichlets.dirichlet(bitGenerator, libm, alpha, out);
        return Variates.ofDoubles(shape, out);
    }

    /**
     * {@code multinomial(n, pvals, size)} (see {@link Multinomials}): int64 counts of shape
     * {@code size + (d,)} (scalar path) or the broadcast of {@code n} against the rows of
     * {@code pvals} (vector path: {@code n} an array or {@code pvals} n-d). {@code pvalsDtype} is
     * the dtype of a {@code pvals} given as a NumPy array ({@code null} otherwise): a float dtype
     * other than float64 only changes the wording of the sum error.
     *
     * @throws PythonError ValueError "pvals must have at least 1 dimension ...", "pvals &lt; 0, pvals &gt; 1 or pvals
     *                     contains NaNs", "sum(pvals[:-1]) &gt; 1.0" (and its variants), "n &lt; 0"; broadcasting and size errors
     */
    public Variates multinomial(IntParam n, Param pvals, DType pvalsDtype, int[] size) {
        int[] pshape = pvals.shape();
        int ndim = pshape.length;
        int d = ndim >= 1 ? pshape[ndim - 1] : 0;
        if (d == 0) {
            throw PythonError.valueError("pvals must have at least 1 dimension and the last dimension of pvals must be "
                    + "greater than 0.");
        }
        double[] p = pvals.values();
        Constraint.BOUNDED_0_1.checkArray(p, "pvals");
        for (int offset = 0; offset < p.length; offset += d) {
            if (Multinomials.kahanSum(p, offset, d - 1) > 1.0 + 1e-12) {
                throw multinomialSumError(p, pvalsDtype, ndim == 1 ? "[:-1]" : "[...,:-1]");
            }
        }
        if (!n.isScalar() || ndim > 1) {
            Constraint.checkNonNegative(n, "n");
            int[] rows = java.util.Arrays.copyOf(pshape, ndim - 1);
            int[] joint;
            if (size == null) {
                joint = ParamBroadcast.broadcast(n.shape(), rows);
            } else {
                NumpyShapes.allocate(size, DType.INT8);
                joint = ParamBroadcast.broadcast(n.shape(), rows, size);
                if (!java.util.Arrays.equals(joint, size)) {
                    throw PythonError.valueError("Output size " + ParamBroadcast.tuple(size)
                            + " is not compatible with broadcast dimensions of inputs " + ParamBroadcast.tuple(joint) + ".");
                }
            }
            ParamBroadcast.Plan plan = ParamBroadcast.plan(null, DType.INT64, joint, n.shape(), rows);
            int[] shape = NumpyShapes.withTrailing(joint, d);
            long[] out = new long[NumpyShapes.allocate(shape, DType.INT64)];
            long[] nv = n.values();
            for (int i = 0, offset = 0; i < plan.count(); i++, offset += d) {
                Multinomials.multinomial(bitGenerator, binomials, nv[plan.at(1, i)], p, plan.at(2, i) * d, d, out, offset);
            }
            return Variates.ofLongs(shape, out);
        }
        int[] shape = NumpyShapes.withTrailing(size, d);
        long[] out = new long[NumpyShapes.allocate(shape, DType.INT64)];
        long ni = n.values()[0];
        Constraint.NON_NEGATIVE.check((double) ni, "n");
        for (int offset = 0; offset < out.length; offset += d) {
            Multinomials.multinomial(bitGenerator, binomials, ni, p, 0, d, out, offset);
        }
        return Variates.ofLongs(shape, out);
    }

    /**
     * {@code multivariate_hypergeometric(colors, nsample, size, method)} (see
     * {@link MultivariateHypergeometrics}): int64 counts of shape {@code size + (len(colors),)}.
     *
     * @throws PythonError ValueError 'method must be "count" or "marginals".', "nsample must be nonnegative.",
     *                     "colors must be ...", "sum(colors) must not exceed ...", the per-method limits on
     *                     sum(colors), "nsample &gt; sum(colors)"; shape errors; MemoryError (count)
     */
    public Variates multivariateHypergeometric(long[] colors, long nsample, int[] size, String method) {
        boolean count = "count".equals(method);
        if (!count && !"marginals".equals(method)) {
            throw PythonError.valueError("method must be \"count\" or \"marginals\".");
        }
        if (nsample < 0) {
            throw PythonError.valueError("nsample must be nonnegative.");
        }
        long total = 0;
        for (long c : colors) {
            if (c < 0) {
                throw PythonError.valueError("colors must be a one-dimensional sequence of nonnegative integers not "
                        + "exceeding " + Long.MAX_VALUE + ".");
            }
        }
        for (long c : colors) {
            if (c > Long.MAX_VALUE - total) {
                throw PythonError.valueError("sum(colors) must not exceed the maximum value of a 64 bit signed integer ("
                        + Long.MAX_VALUE + ")");
            }
            total += c;
        }
        if (!count && total >= 1000000000) {
            throw PythonError.valueError("When method is \"marginals\", sum(colors) must be less than 1000000000.");
        }
        long maxIndex = Long.MAX_VALUE / 8; // NumPy bounds total * sizeof(size_t)
        if (count && total > maxIndex) {
            throw PythonError.valueError("When method is 'count', sum(colors) must not exceed " + maxIndex);
        }
        if (nsample > total) {
            throw PythonError.valueError("nsample > sum(colors)");
        }
        int[] shape = NumpyShapes.withTrailing(size, colors.length);
        long[] out = new long[NumpyShapes.allocate(shape, DType.INT64)];
        if (colors.length == 0) {
            return Variates.ofLongs(shape, out);
        }
        int numVariates = out.length / colors.length;
        if (count) {
            MultivariateHypergeometrics.count(bitGenerator, total, colors, nsample, numVariates, out);
        } else {
            MultivariateHypergeometrics.marginals(bitGenerator, libm, total, colors, nsample, numVariates, out);
        }
        return Variates.ofLongs(shape, out);
    }

    /** The sum error, with the float64-cast note for a float32/float16 array whose own sum is below 1.0001. */
    static PythonError multinomialSumError(double[] p, DType pvalsDtype, String slice) {
        if (pvalsDtype != null && pvalsDtype.isFloat() && pvalsDtype != DType.FLOAT64) {
            if (pvalsDtype != DType.FLOAT32) {
                throw new PythonError("UnsupportedArgument", "the sum check of " + pvalsDtype.pythonName()
                        + " pvals is not supported by the engine yet");
            }
            if (Multinomials.pairwiseSumFloat32(p, 0, p.length) < 1.0001) {
                return PythonError.valueError("sum(pvals" + slice + ".astype(np.float64)) > 1.0. The pvals array is cast "
                        + "to 64-bit floating point prior to checking the sum. Precision changes when casting may cause "
                        + "problems even if the sum of the original pvals is valid.");
            }
        }
        return PythonError.valueError("sum(pvals" + slice + ") > 1.0");
    }

    /**
     * {@code weibull(a, size)} (see {@link Weibulls}).
     *
     * @throws PythonError ValueError "a &lt; 0"; broadcasting and size errors
     */
    public Variates weibull(Param a, int[] size) {
        return ParamCalls.continuous(size, a, "a", Constraint.NON_NEGATIVE, x -> Weibulls.weibull(bitGenerator, libm, x));
    }

    /**
     * {@code wald(mean, scale, size)} (see {@link Walds}).
     *
     * @throws PythonError ValueError "mean &lt;= 0", "scale &lt;= 0"; broadcasting and size errors
     */
    public Variates wald(Param mean, Param scale, int[] size) {
        return ParamCalls.continuous(size, mean, "mean", Constraint.POSITIVE, scale, "scale", Constraint.POSITIVE,
                (m, s) -> Walds.wald(bitGenerator, libm, m, s));
    }

    /**
     * {@code vonmises(mu, kappa, size)} (see {@link VonMisesAngles}).
     *
     * @throws PythonError ValueError "kappa &lt; 0"; broadcasting and size errors
     */
    public Variates vonmises(Param mu, Param kappa, int[] size) {
        return ParamCalls.continuous(size, mu, "mu", Constraint.NONE, kappa, "kappa", Constraint.NON_NEGATIVE,
                (m, k) -> VonMisesAngles.vonmises(bitGenerator, libm, m, k));
    }

    // ---------------------------------------------------------------- uniform

    /**
     * {@code uniform(low, high, size)} = {@code low + (high - low) * next_double}, the range
     * computed once.
     *
     * @throws PythonError OverflowError "high - low range exceeds valid bounds" when
     *                     {@code high - low} is not finite (NaN bounds included); ValueError
     *                     "high - low &lt; 0" when it is negative (or -0.0)
     */
    public double[] uniform(double low, double high, int[] size) {
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw PythonError.overflowError("high - low range exceeds valid bounds");
        }
        checkNonNegative(range, "high - low");
        double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
        bitGenerator.nextDoubles(out, 0, out.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = low + range * out[i];
        }
        return out;
    }

    /**
     * {@code uniform(low, high, size)} with bounds of any shape: both 0-d is the scalar method above;
     * otherwise the range is {@code np.subtract(high, low)} (broadcast), each element
     * {@code low + range * next_double}.
     *
     * @throws PythonError OverflowError "Range exceeds valid bounds" (the array path's wording)
     *                     when a range is not finite; ValueError "high - low &lt; 0"; broadcasting
     *                     and size errors
     */
    public Variates uniform(Param low, Param high, int[] size) {
        if (low.isScalar() && high.isScalar()) {
            double[] v = uniform(low.values()[0], high.values()[0], size);
            return ParamCalls.floats(size, v);
        }
        Param range = ParamCalls.uniformRange(low, high);
        return ParamCalls.continuous(size, low, "low", Constraint.NONE, range, "high - low", Constraint.NON_NEGATIVE,
                (l, r) -> l + r * bitGenerator.nextDouble());
    }

    /** {@code uniform(low, high)}: one value. */
    public double uniform(double low, double high) {
        return uniform(low, high, null)[0];
    }

    // ---------------------------------------------------------------- choice

    /** {@code choice(a)}: one value of {@code range(a)}. */
    public long choice(long a) {
        return choice(a, null, true, null, true)[0];
    }

    /**
     * {@code choice(a, size, replace, p, shuffle=shuffle)} for an integer population
     * {@code range(a)}; the values returned are the samples themselves.
     *
     * @param p probabilities (a float64 array), or {@code null} for uniform
     * @throws PythonError ValueError "a must be a positive integer unless no samples are taken",
     *                     the {@code p} errors, "Cannot take a larger sample than population when
     *                     replace is False", "negative dimensions are not allowed", ...
     */
    /**
     * {@code choice(a, ...)} for a population size of any size (a Python int): beyond the long
     * range NumPy still draws {@code integers(0, a)} with replacement (up to {@code a = 2**63}), and
     * raises its own errors otherwise.
     */
    public long[] choice(BigInteger a, int[] size, boolean replace, double[] p, DType pDtype, boolean shuffle) {
        if (a.bitLength() < 64) {
            return choice(a.longValueExact(), size, replace, p, pDtype, shuffle);
        }
        if (a.signum() < 0) {
            return choice(-1L, size, replace, p, pDtype, shuffle);
        }
        if (p != null) {
            throw PythonError.valueError("a and p must have same size");
        }
        if (replace) {
            return integers(BigInteger.ZERO, a, size == null ? new int[0] : size, DType.INT64, false);
        }
        throw new PythonError("OverflowError", "Python int too large to convert to C long");
    }

    public long[] choice(long a, int[] size, boolean replace, double[] p, boolean shuffle) {
        return choice(a, size, replace, p, DType.FLOAT64, shuffle);
    }

    /**
     * As {@link #choice(long, int[], boolean, double[], boolean)}, for {@code p} given as an
     * ndarray of floating-point dtype {@code pDtype} (float32/float16 widen the tolerance on
     * {@code sum(p)} to their own sqrt(eps), as NumPy does).
     */
    public long[] choice(long a, int[] size, boolean replace, double[] p, DType pDtype,
                         boolean shuffle) {
        if (a <= 0 && (size == null || NumpyShapes.product(size) != 0)) {
            throw PythonError.valueError(
                    "a must be a positive integer unless no samples are taken");
        }
        return sampleChoice(a, size, replace, p, pDtype, shuffle);
    }

    /**
     * {@code choice(a, size, replace, p, axis, shuffle)} for an array population with
     * {@code popSize} entries along {@code axis}: returns the chosen <em>indices</em>, for a caller
     * that gathers {@code a.take(idx, axis)} itself (see
     * {@link #choice(long[], int[], int, int[], boolean, double[], boolean)}, which does), and
     * raises "p must be 1-dimensional" itself for an n-d {@code p}.
     *
     * @throws PythonError ValueError "a cannot be empty unless no samples are taken", ...
     */
    public long[] choiceIndices(long popSize, int[] size, boolean replace, double[] p,
                                boolean shuffle) {
        return choiceIndices(popSize, size, replace, p, DType.FLOAT64, shuffle);
    }

    /** {@link #choiceIndices(long, int[], boolean, double[], boolean)} with the dtype of {@code p}. */
    public long[] choiceIndices(long popSize, int[] size, boolean replace, double[] p,
                                DType pDtype, boolean shuffle) {
        if (popSize < 0) {
            throw new IllegalArgumentException("popSize < 0: " + popSize);
        }
        if (popSize == 0 && (size == null || NumpyShapes.product(size) != 0)) {
            throw PythonError.valueError("a cannot be empty unless no samples are taken");
        }
        return sampleChoice(popSize, size, replace, p, pDtype, shuffle);
    }

    /**
     * {@code choice(a, size, replace, p, axis, shuffle)} for an n-d array {@code a} held flat in C
     * order: indices along {@code axis} are drawn as {@link #choiceIndices} draws them and the
     * sub-arrays at them gathered ({@code a.take(idx, axis)}); the result has the shape
     * {@link #choiceShape(int[], int, int[])} gives. The caller still raises "p must be
     * 1-dimensional" for an n-d {@code p}.
     *
     * @throws PythonError AxisError for an axis out of range, then as {@link #choiceIndices}
     */
    public long[] choice(long[] data, int[] shape, int axis, int[] size, boolean replace,
                         double[] p, boolean shuffle) {
        Shuffles.checkShape(data.length, shape);
        int ax = Shuffles.normalizeAxis(axis, shape.length);
        long[] idx = choiceIndices(shape[ax], size, replace, p, shuffle);
        return GeneratorChoice.take(data, new Shuffles.Axis(shape, ax), idx);
    }

    /**
     * The shape of {@link #choice(long[], int[], int, int[], boolean, double[], boolean)}'s
     * result: {@code shape[:axis] + size + shape[axis+1:]} ({@code size == null} is a scalar
     * draw, dropping the axis).
     *
     * @throws PythonError AxisError for an axis out of range
     */
    public static int[] choiceShape(int[] shape, int axis, int[] size) {
        return GeneratorChoice.takenShape(shape, Shuffles.normalizeAxis(axis, shape.length), size);
    }

    private long[] sampleChoice(long popSize, int[] size, boolean replace, double[] p,
                                DType pDtype, boolean shuffle) {
        if (p != null) {
            GeneratorChoice.validateProbabilities(p, popSize, LegacyChoice.tolerance(pDtype));
        }
        return GeneratorChoice.sample(this, popSize, size, replace, p, shuffle);
    }

    // ---------------------------------------------------------------- shuffles

    /**
     * {@code shuffle(x, axis)} in place, for an array of {@code shape} held flat in C order:
     * Fisher–Yates from the end over the sub-arrays along {@code axis} with NumPy's masked
     * {@code random_interval}. An array with no elements draws nothing.
     *
     * @throws PythonError TypeError "len() of unsized object" for a 0-d shape; AxisError "axis A
     *                     is out of bounds for array of dimension N"
     */
    public void shuffle(long[] data, int[] shape, int axis) {
        Shuffles.checkShape(data.length, shape);
        Shuffles.len(shape);
        int ax = Shuffles.normalizeAxis(axis, shape.length);
        if (data.length == 0) {
            return;
        }
        if (shape.length == 1) {
            Shuffles.shuffle1d(bitGenerator, data, data.length);
            return;
        }
        Shuffles.Axis a = new Shuffles.Axis(shape, ax);
        Shuffles.shuffleRaw(bitGenerator, a.length, 1, Shuffles.blocks(data, a));
    }

    /** {@link #shuffle(long[], int[], int)} for double data. */
    public void shuffle(double[] data, int[] shape, int axis) {
        long[] bits = Shuffles.bits(data);
        shuffle(bits, shape, axis);
        Shuffles.doubles(bits, data);
    }

    /**
     * NumPy's untyped {@code shuffle} path over {@code n} items: for {@code i} from {@code n-1} down
     * to 1, draw {@code j = random_interval(i)}, then {@code swap.swap(i, j)}. An exception thrown by
     * {@code swap} ends the loop with the draws so far made.
     */
    public void shuffleItems(int n, IndexSwap swap) {
        Shuffles.shuffleRaw(bitGenerator, n, 1, swap::swap);
    }

    /** {@code shuffle(x)} for a 1-d long array (also a Python list of that length). */
    public void shuffle(long[] data) {
        Shuffles.shuffle1d(bitGenerator, data, data.length);
    }

    /** {@code shuffle(x)} for a 1-d double array. */
    public void shuffle(double[] data) {
        shuffle(data, new int[] {data.length}, 0);
    }

    /**
     * {@code permutation(n)}: {@code arange(n)} shuffled (empty, drawing nothing, for
     * {@code n <= 0}, and from {@code n = 2**63 - 512} on, where NumPy's {@code arange} length
     * overflows).
     *
     * @throws PythonError UnsupportedSize when {@code n} exceeds what a Java array can hold
     */
    public long[] permutation(long n) {
        long[] values = NumpyShapes.arange(n);
        Shuffles.shuffle1d(bitGenerator, values, values.length);
        return values;
    }

    /**
     * {@code permutation(x, axis)} for an array: a 1-d array is copied and shuffled; for n-d,
     * {@code arange(shape[axis])} is shuffled and the sub-arrays along {@code axis} gathered in
     * that order (so, unlike {@link #shuffle(long[], int[], int)}, this draws even when other
     * dimensions are 0).
     *
     * @throws PythonError AxisError for an axis out of bounds (a 0-d array has none)
     */
    public long[] permutation(long[] data, int[] shape, int axis) {
        Shuffles.checkShape(data.length, shape);
        int ax = Shuffles.normalizeAxis(axis, shape.length);
        if (shape.length == 1) {
            long[] copy = data.clone();
            Shuffles.shuffle1d(bitGenerator, copy, copy.length);
            return copy;
        }
        Shuffles.Axis a = new Shuffles.Axis(shape, ax);
        long[] order = permutation(a.length);
        long[] out = new long[data.length];
        for (int o = 0; o < a.outer; o++) {
            for (int k = 0; k < a.length; k++) {
                System.arraycopy(data, (o * a.length + (int) order[k]) * a.inner,
                        out, (o * a.length + k) * a.inner, a.inner);
            }
        }
        return out;
    }

    /**
     * {@code permuted(x, axis=axis)}: a shuffled copy. With {@code axis == null} the flattened
     * (C-order) array is shuffled as one 1-d array; with an axis every 1-d lane along it is
     * shuffled independently, lanes in C order of the other axes.
     *
     * @throws PythonError TypeError "len() of unsized object" for a 0-d array without axis;
     *                     AxisError for an axis out of bounds
     */
    public long[] permuted(long[] data, int[] shape, Integer axis) {
        Shuffles.checkShape(data.length, shape);
        long[] out = data.clone();
        if (axis == null) {
            if (shape.length == 0) {
                Shuffles.len(shape);
            }
            Shuffles.shuffle1d(bitGenerator, out, out.length);
            return out;
        }
        int ax = Shuffles.normalizeAxis(axis, shape.length);
        Shuffles.permuteLanes(bitGenerator, out, new Shuffles.Axis(shape, ax));
        return out;
    }

    /** {@link #permuted(long[], int[], Integer)} for double data. */
    public double[] permuted(double[] data, int[] shape, Integer axis) {
        return Shuffles.doubles(permuted(Shuffles.bits(data), shape, axis), new double[data.length]);
    }

    // ---------------------------------------------------------------- helpers

    /** The float dtype of a sampler taking float64/float32 only ({@code null} is float64). */
    private static DType floatType(DType dtype, String method) {
        DType type = dtype == null ? DType.FLOAT64 : dtype;
        if (type != DType.FLOAT64 && type != DType.FLOAT32) {
            throw PythonError.typeError(
                    "Unsupported dtype dtype('" + type.pythonName() + "') for " + method);
        }
        return type;
    }

    /** NumPy's {@code CONS_NON_NEGATIVE}: the sign bit set on a non-NaN value is an error. */
    private static void checkNonNegative(double value, String name) {
        if (!Double.isNaN(value) && Double.doubleToRawLongBits(value) < 0) {
            throw PythonError.valueError(name + " < 0");
        }
    }

    private static long[] bits(double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.doubleToRawLongBits(values[i]);
        }
        return out;
    }

    private static long[] bits(float[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Float.floatToRawIntBits(values[i]) & 0xFFFFFFFFL;
        }
        return out;
    }
}
