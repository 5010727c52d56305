package org.seedcompat.engine.numpy;

import java.math.BigInteger;
import java.util.Objects;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.bitgen.BitGeneratorState;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.bitgen.NumpyBitGenerator;
import org.seedcompat.engine.numpy.distributions.Betas;
import org.seedcompat.engine.numpy.distributions.Binomials;
import org.seedcompat.engine.numpy.distributions.BoundedIntegers;
import org.seedcompat.engine.numpy.distributions.Gumbels;
import org.seedcompat.engine.numpy.distributions.Laplaces;
import org.seedcompat.engine.numpy.distributions.Multinomials;
import org.seedcompat.engine.numpy.distributions.Logistics;
import org.seedcompat.engine.numpy.distributions.Poissons;
import org.seedcompat.engine.numpy.distributions.Shuffles;
import org.seedcompat.engine.numpy.distributions.Triangulars;
import org.seedcompat.engine.numpy.legacy.LegacyBetas;
import org.seedcompat.engine.numpy.legacy.LegacyCauchys;
import org.seedcompat.engine.numpy.legacy.LegacyChiSquares;
import org.seedcompat.engine.numpy.legacy.LegacyDirichlets;
import org.seedcompat.engine.numpy.legacy.LegacyFRatios;
import org.seedcompat.engine.numpy.legacy.LegacyGammas;
import org.seedcompat.engine.numpy.legacy.LegacyGauss;
import org.seedcompat.engine.numpy.legacy.LegacyGeometrics;
import org.seedcompat.engine.numpy.legacy.LegacyHypergeometrics;
import org.seedcompat.engine.numpy.legacy.LegacyLognormals;
import org.seedcompat.engine.numpy.legacy.LegacyLogseries;
import org.seedcompat.engine.numpy.legacy.LegacyNegativeBinomials;
import org.seedcompat.engine.numpy.legacy.LegacyNoncentralChiSquares;
import org.seedcompat.engine.numpy.legacy.LegacyParetos;
import org.seedcompat.engine.numpy.legacy.LegacyPowers;
import org.seedcompat.engine.numpy.legacy.LegacyRayleighs;
import org.seedcompat.engine.numpy.legacy.LegacyStudentTs;
import org.seedcompat.engine.numpy.legacy.LegacyVonMisesAngles;
import org.seedcompat.engine.numpy.legacy.LegacyWalds;
import org.seedcompat.engine.numpy.legacy.LegacyWeibulls;
import org.seedcompat.engine.numpy.legacy.LegacyZipfs;

/**
 * NumPy's legacy {@code numpy.random.RandomState} over MT19937, reproducing its output bit for bit
 * for the same seed and the same sequence of calls, and raising NumPy's errors (as
 * {@link PythonError}, with NumPy's exception type and message) in NumPy's order.
 *
 * <p><b>Conventions.</b> A {@code size} argument is an {@code int[]} shape; {@code null} stands
 * for Python's {@code size=None}, which NumPy answers with a scalar: here an array of length 1
 * that the caller renders as a scalar. Results are flat arrays in C order. Integer results are
 * {@code long}s: sign-extended for signed dtypes, the raw bit pattern for uint64, 0/1 for bool.
 *
 * <p>The normal samplers call {@code log} through {@link org.seedcompat.engine.math.Libm}, an exact
 * port of glibc's, in the run-time variant (FMA or generic) glibc would pick on this machine.
 *
 * <p>Not thread-safe (NumPy serialises calls with a lock; share an instance across threads only
 * with external locking).
 */
public final class RandomState {

    /**
     * {@code _poisson_lam_max}: the largest {@code lam} {@code poisson} accepts,
     * {@code int64 max - 10 * sqrt(int64 max)} in doubles (also negative_binomial's bound).
     */
    public static final double POISSON_LAM_MAX = Constraint.POISSON_LAM_MAX;

    private static final BigInteger UINT32_LIMIT = BigInteger.ONE.shiftLeft(32);

    /** Any NumPy bit generator (MT19937 unless given one); replaced only by {@link #initializeBitGenerator}. */
    private NumpyBitGenerator bitGenerator;
    private final LegacyGauss gauss;
    private final Libm libm;
    /** NumPy's {@code self._binomial}: the binomial setup cache of this RandomState. */
    private final Binomials binomials;

    /**
     * {@code RandomState()}: seeded from operating-system entropy. Nondeterministic by design;
     * use {@link #RandomState(long)} for reproducible streams.
     */
    public RandomState() {
        this(Mt19937.fromOsEntropy());
    }

    /**
     * {@code RandomState(seed)} for an integer seed.
     *
     * @throws PythonError ValueError "Seed must be between 0 and 2**32 - 1"
     */
    public RandomState(long seed) {
        this(Mt19937.legacySeeded(seed));
    }

    /**
     * {@code RandomState([s0, s1, ...])}: array seeding ({@code init_by_array}). Like a Python list,
     * a one-element Java array is <em>not</em> the same as its element (NumPy only squeezes
     * ndarrays).
     *
     * @throws PythonError ValueError "Seed must be non-empty" or "Seed must be between 0 and
     *                     2**32 - 1"
     */
    public RandomState(long[] seedArray) {
        this(Mt19937.legacySeeded(seedArray));
    }

    /**
     * {@code RandomState(bit_generator)}: wraps (and shares) an existing bit generator of any kind
     * (NumPy's legacy samplers then draw from its {@code next_double}/{@code next_uint32}/...), with
     * an empty Gaussian cache. Only over MT19937 do {@code seed} and the legacy tuple state exist.
     */
    public RandomState(NumpyBitGenerator bitGenerator) {
        this(bitGenerator, Libm.system());
    }

    /**
     * {@code RandomState(bit_generator)} on a machine whose glibc runs the build {@code libm}
     * reproduces (the gaussian's {@code log} differs between glibc's FMA and generic builds).
     */
    public RandomState(NumpyBitGenerator bitGenerator, Libm libm) {
        this.bitGenerator = Objects.requireNonNull(bitGenerator, "bitGenerator");
        this.gauss = new LegacyGauss(libm);
        this.libm = libm;
        this.binomials = new Binomials(libm);
    }

    /**
     * {@code RandomState(seed)} for a Python int of any size, so that huge seeds fail as in NumPy.
     *
     * @throws PythonError ValueError "Seed must be between 0 and 2**32 - 1"
     */
    public static RandomState seeded(BigInteger seed) {
        return new RandomState(checkedSeed(seed));
    }

    private static long checkedSeed(BigInteger seed) {
        Objects.requireNonNull(seed, "seed");
        if (seed.signum() < 0 || seed.compareTo(UINT32_LIMIT) >= 0) {
            throw PythonError.valueError("Seed must be between 0 and 2**32 - 1");
        }
        return seed.longValue();
    }

    // ---------------------------------------------------------------- seeding and state

    /**
     * {@code seed(seed)}: re-seeds with {@code init_genrand} and empties the Gaussian cache.
     *
     * @throws PythonError TypeError "can only re-seed a MT19937 BitGenerator" over another one
     */
    public void seed(long seed) {
        reseedable().legacySeed(seed);
        gauss.reset();
    }

    /** {@code seed(seed)} for a Python int of any size. */
    public void seed(BigInteger seed) {
        seed(checkedSeed(seed));
    }

    /** {@code seed([s0, s1, ...])}: re-seeds with {@code init_by_array}; empties the cache. */
    public void seed(long[] seedArray) {
        reseedable().legacySeed(seedArray);
        gauss.reset();
    }

    /**
     * {@code seed()} / {@code seed(None)}: re-seeds from operating-system entropy (leaving
     * {@code pos} unchanged, as NumPy does) and empties the cache. Nondeterministic by design.
     */
    public void seed() {
        reseedable().legacySeedFromOsEntropy();
        gauss.reset();
    }

    /** NumPy's re-seeding guard: {@code seed()} exists only over MT19937. */
    private Mt19937 reseedable() {
        if (!(bitGenerator instanceof Mt19937 mt)) {
            throw PythonError.typeError("can only re-seed a MT19937 BitGenerator");
        }
        return mt;
    }

    /**
     * {@code get_state()}: the legacy tuple, as a snapshot (over another bit generator NumPy returns
     * the dict form: {@link #bitGeneratorState()}, {@link #hasGauss()}, {@link #cachedGaussian()}).
     *
     * @throws PythonError ValueError "legacy can only be True when the underlying bitgenerator is
     *                     an instance of MT19937."
     */
    public LegacyState getState() {
        if (!(bitGenerator instanceof Mt19937 mt)) {
            throw PythonError.valueError("legacy can only be True when the underlying bitgenerator is an "
                    + "instance of MT19937.");
        }
        return new LegacyState(mt.key(), mt.pos(), gauss.hasGauss(), gauss.cachedGaussian());
    }

    /** The bit generator's own {@code state} (the dict form of {@code get_state(legacy=False)}). */
    public BitGeneratorState bitGeneratorState() {
        return bitGenerator.state();
    }

    /** {@code has_gauss}: 1 when a second gaussian is cached. */
    public int hasGauss() {
        return gauss.hasGauss();
    }

    /** {@code gauss}: the cached gaussian (0.0 when none). */
    public double cachedGaussian() {
        return gauss.cachedGaussian();
    }

    /**
     * {@code set_state(dict)} over any bit generator: the Gaussian cache is set, then the bit
     * generator's {@code state} (whose setter raises NumPy's errors for another generator's state).
     */
    public void setState(BitGeneratorState state, int hasGauss, double cachedGaussian) {
        Objects.requireNonNull(state, "state");
        gauss.setCache(hasGauss, cachedGaussian);
        bitGenerator.setState(state);
    }

    /**
     * {@code set_bit_generator(bitgen)} on this RandomState ({@code _initialize_bit_generator}):
     * draws from now on come from {@code bitGenerator}, shared, and the Gaussian cache is emptied.
     */
    public void initializeBitGenerator(NumpyBitGenerator bitGenerator) {
        this.bitGenerator = Objects.requireNonNull(bitGenerator, "bitGenerator");
        gauss.reset();
    }

    /**
     * {@code set_state(state)}. As in NumPy the Gaussian cache is set first and then the
     * generator, whose key copy raises IndexError ("index 3 is out of bounds for axis 0 with
     * size 3") for a key shorter than 624 words after copying the words it has. A {@code pos}
     * outside [0, 624] is rejected before anything changes (NumPy accepts it and later reads
     * outside the key).
     */
    public void setState(LegacyState state) {
        Objects.requireNonNull(state, "state");
        int[] key = state.key();
        int pos = state.pos();
        Mt19937.requireValidPos(pos); // before anything changes
        gauss.setCache(state.hasGauss(), state.cachedGaussian());
        if (!(bitGenerator instanceof Mt19937 mt)) {
            throw PythonError.valueError("state must be for a " + bitGenerator.name() + " PRNG");
        }
        mt.setState(key, pos);
    }

    /** An independent RandomState in the same state (generator and Gaussian cache). */
    public RandomState copy() {
        RandomState twin = new RandomState(bitGenerator.copy(), gauss.libm());
        twin.gauss.setCache(gauss.hasGauss(), gauss.cachedGaussian());
        return twin;
    }

    /**
     * The underlying bit generator (live, not a copy; MT19937 unless one was given), also usable as a
     * {@link java.util.random.RandomGenerator}. Drawing from it advances this RandomState. Its
     * {@code nextGaussian}, {@code nextExponential} and bounded {@code nextInt}/{@code nextLong} are
     * {@code Generator}'s algorithms ({@link org.seedcompat.engine.numpy.bitgen.NumpyBitGenerator}), not this RandomState's legacy ones
     * (for those: {@link #standardNormal()}, {@code standardExponential}, {@code randint}); a
     * RandomState itself is not a RandomGenerator.
     */
    public NumpyBitGenerator bitGenerator() {
        return bitGenerator;
    }

    // ---------------------------------------------------------------- uniform doubles

    /** {@code random_sample()}: one double in [0, 1). */
    public double randomSample() {
        return bitGenerator.nextDouble();
    }

    /**
     * {@code random_sample(size)} (also {@code random}): doubles in [0, 1).
     *
     * @throws PythonError ValueError "negative dimensions are not allowed"
     */
    public double[] randomSample(int[] size) {
        double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
        bitGenerator.nextDoubles(out, 0, out.length);
        return out;
    }

    /** {@code random(size)}, an alias of {@link #randomSample(int[])}. */
    public double[] random(int[] size) {
        return randomSample(size);
    }

    /** {@code rand(d0, d1, ...)}; no arguments means one value ({@code size=None}). */
    public double[] rand(int... dims) {
        return randomSample(dims.length == 0 ? null : dims);
    }

    /** {@code tomaxint()}: a non-negative int64, {@code next_uint64 >>> 1} (LP64 platforms). */
    public long tomaxint() {
        return bitGenerator.nextUint64() >>> 1;
    }

    /** {@code tomaxint(size)}. */
    public long[] tomaxint(int[] size) {
        long[] out = new long[NumpyShapes.allocate(size, DType.INT64)];
        for (int i = 0; i < out.length; i++) {
            out[i] = bitGenerator.nextUint64() >>> 1;
        }
        return out;
    }

    // ---------------------------------------------------------------- integers

    /**
     * {@code randint(low, high, size, dtype)}: integers in {@code [low, high)} by masked rejection.
     * With {@code high == null} the range is {@code [0, low)}. A {@code null} dtype means
     * {@code int} (int64, as on LP64 platforms).
     *
     * <p>NumPy's order of checks: unsupported dtype (TypeError); an empty {@code size} returns an
     * empty array before any bounds check; "low is out of bounds for D", "high is out of bounds
     * for D", then "high &lt;= 0" (when low is 0) or "low &gt;= high"; then the size's own checks.
     *
     * @return the values, sign-extended for signed dtypes, uint64 as raw bits, bool as 0/1
     */
    public long[] randint(BigInteger low, BigInteger high, int[] size, DType dtype) {
        Objects.requireNonNull(low, "low");
        if (high == null) {
            high = low;
            low = BigInteger.ZERO;
        }
        DType type = dtype == null ? DType.INT64 : dtype;
        if (type.isFloat()) {
            throw PythonError.typeError(
                    "Unsupported dtype dtype('" + type.pythonName() + "') for randint");
        }
        if (NumpyShapes.isEmpty(size)) {
            return new long[NumpyShapes.allocate(size, type)];
        }
        BigInteger closedHigh = high.subtract(BigInteger.ONE);
        if (low.compareTo(type.lowestValue()) < 0) {
            throw PythonError.valueError("low is out of bounds for " + type.pythonName());
        }
        if (closedHigh.compareTo(type.highestValue()) > 0) {
            throw PythonError.valueError("high is out of bounds for " + type.pythonName());
        }
        if (low.compareTo(closedHigh) > 0) {
            throw PythonError.valueError(low.signum() == 0 ? "high <= 0" : "low >= high");
        }
        long[] out = new long[NumpyShapes.allocate(size, type)];
        long rng = closedHigh.subtract(low).longValue(); // wraps to the unsigned range
        BoundedIntegers.fill(bitGenerator, type, low.longValue(), rng, true, out, 0, out.length);
        return out;
    }

    /**
     * {@code randint(low, high, size, dtype)} with bounds as arrays (a 0-d one is a scalar): when
     * both are 0-d, the scalar path above; otherwise NumPy's array path (see
     * {@link IntegerBounds}), masked rejection per element. {@code high == null} means
     * {@code [0, low)}.
     */
    public Variates randint(IntegerBounds low, IntegerBounds high, int[] size, DType dtype) {
        DType type = dtype == null ? DType.INT64 : dtype;
        return IntegerArrays.call(bitGenerator, low, high, size, type, type.isFloat(), false, true,
                (lo, hi) -> randint(lo, hi, size, type));
    }

    /** {@code randint(low, high, size)} with the default int64 dtype. */
    public long[] randint(long low, long high, int[] size) {
        return randint(BigInteger.valueOf(low), BigInteger.valueOf(high), size, DType.INT64);
    }

    /** {@code randint(low, high)}: one int64 in {@code [low, high)}. */
    public long randint(long low, long high) {
        return randint(low, high, null)[0];
    }

    /** {@code randint(high)}: one int64 in {@code [0, high)}. */
    public long randint(long high) {
        return randint(BigInteger.valueOf(high), null, null, DType.INT64)[0];
    }

    /**
     * {@code random_integers(low, high, size)}: integers in the closed {@code [low, high]}, i.e.
     * {@code randint(low, high + 1, size, 'l')}; with {@code high == null} the range is
     * {@code [1, low]}. (NumPy also emits a DeprecationWarning, which has no Java counterpart.)
     */
    public long[] randomIntegers(BigInteger low, BigInteger high, int[] size) {
        Objects.requireNonNull(low, "low");
        if (high == null) {
            high = low;
            low = BigInteger.ONE;
        }
        return randint(low, high.add(BigInteger.ONE), size, DType.INT64);
    }

    /** {@code random_integers(low, high)}: one int64 in the closed {@code [low, high]}. */
    public long randomIntegers(long low, long high) {
        return randomIntegers(BigInteger.valueOf(low), BigInteger.valueOf(high), null)[0];
    }

    /**
     * {@code bytes(length)}: {@code (length - 1) / 4 + 1} raw 32-bit words (C division, truncating
     * toward zero), little-endian, cut to {@code length} with Python slice semantics. NumPy's
     * arithmetic makes small lengths odd, and this follows it: {@code bytes(0)} draws one word and
     * returns nothing; -1 and -2 draw one word and return 3 and 2 bytes; -3..-6 draw nothing and
     * return nothing; below -6 raise ValueError "negative dimensions are not allowed".
     */
    public byte[] bytes(int length) {
        // NumPy: randint(0, 2**32, size=words, dtype=uint32), a raw next_uint32 per word.
        int words = (int) (((long) length - 1) / 4 + 1); // C division truncates toward zero
        NumpyShapes.allocate(new int[] {words}, DType.UINT32);
        int available = words * 4;
        int keep = length >= 0 ? Math.min(length, available) : Math.max(0, available + length);
        byte[] out = new byte[keep];
        for (int w = 0; w < words; w++) {
            int word = bitGenerator.nextUint32();
            for (int b = 0; b < 4 && 4 * w + b < keep; b++) {
                out[4 * w + b] = (byte) (word >>> (8 * b));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- normal and uniform

    /** {@code standard_normal()}: one normal via the polar method with its one-value cache. */
    public double standardNormal() {
        return gauss.next(bitGenerator);
    }

    /** {@code standard_normal(size)}. */
    public double[] standardNormal(int[] size) {
        double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
        gauss.fill(bitGenerator, out, 0, out.length);
        return out;
    }

    /** {@code randn(d0, d1, ...)}; no arguments means one value. */
    public double[] randn(int... dims) {
        return standardNormal(dims.length == 0 ? null : dims);
    }

    /** {@code normal(loc, scale)}: one value. */
    public double normal(double loc, double scale) {
        return normal(loc, scale, null)[0];
    }

    /**
     * {@code normal(loc, scale, size)} = {@code loc + scale * standard_normal()}.
     *
     * @throws PythonError ValueError "scale &lt; 0" when scale has its sign bit set and is not
     *                     NaN (so -0.0 is rejected and NaN accepted, as in NumPy)
     */
    public double[] normal(double loc, double scale, int[] size) {
        if (!Double.isNaN(scale) && Double.doubleToRawLongBits(scale) < 0) {
            throw PythonError.valueError("scale < 0");
        }
        double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
        gauss.fillNormal(bitGenerator, loc, scale, out, 0, out.length);
        return out;
    }

    /**
     * {@code normal(loc, scale, size)} with parameters of any shape, broadcast against {@code size}
     * (the legacy gaussian per element, its cached second value carried across elements).
     *
     * @throws PythonError ValueError "scale &lt; 0"; broadcasting and size errors
     */
    public Variates normal(Param loc, Param scale, int[] size) {
        return ParamCalls.continuous(size, loc, "loc", Constraint.NONE, scale, "scale", Constraint.NON_NEGATIVE,
                (m, s) -> m + s * gauss.next(bitGenerator));
    }

    /**
     * {@code uniform(low, high, size)} with bounds of any shape: both 0-d is the scalar method
     * below; otherwise the range is {@code np.subtract(high, low)} (broadcast; it may be negative).
     *
     * @throws PythonError OverflowError "Range exceeds valid bounds"; broadcasting and size errors
     */
    public Variates uniform(Param low, Param high, int[] size) {
        if (low.isScalar() && high.isScalar()) {
            return ParamCalls.floats(size, uniform(low.values()[0], high.values()[0], size));
        }
        Param range = ParamCalls.uniformRange(low, high);
        return ParamCalls.continuous(size, low, "low", Constraint.NONE, range, "range", Constraint.NONE,
                (l, r) -> l + r * bitGenerator.nextDouble());
    }

    /** {@code uniform(low, high)}: one value. */
    public double uniform(double low, double high) {
        return uniform(low, high, null)[0];
    }

    /**
     * {@code uniform(low, high, size)} = {@code low + (high - low) * random_sample()}; high may be
     * below low.
     *
     * @throws PythonError OverflowError "Range exceeds valid bounds" when {@code high - low} is
     *                     not finite (including NaN bounds)
     */
    public double[] uniform(double low, double high, int[] size) {
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw PythonError.overflowError("Range exceeds valid bounds");
        }
        double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
        bitGenerator.nextDoubles(out, 0, out.length);
        for (int i = 0; i < out.length; i++) {
            out[i] = low + range * out[i];
        }
        return out;
    }

    // ---------------------------------------------------------------- exponential, gamma, beta, binomial, poisson

    /** {@code standard_exponential()}: one value, {@code -log(1 - random_sample())} (see {@link LegacyGammas}). */
    public double standardExponential() {
        return LegacyGammas.standardExponential(bitGenerator, libm);
    }

    /** {@code standard_exponential(size)}. */
    public double[] standardExponential(int[] size) {
        double[] out = new double[NumpyShapes.allocate(size, DType.FLOAT64)];
        for (int i = 0; i < out.length; i++) {
            out[i] = LegacyGammas.standardExponential(bitGenerator, libm);
        }
        return out;
    }

    /**
     * {@code exponential(scale, size)} = {@code scale * standard_exponential()}; array-valued
     * {@code scale} broadcasts against {@code size} as in NumPy.
     *
     * @throws PythonError ValueError "scale &lt; 0" (sign bit set, not NaN); broadcasting and size errors
     */
    public Variates exponential(Param scale, int[] size) {
        return ParamCalls.continuous(size, scale, "scale", Constraint.NON_NEGATIVE,
                s -> s * LegacyGammas.standardExponential(bitGenerator, libm));
    }

    /** {@code exponential(scale, size)} for a scalar scale. */
    public double[] exponential(double scale, int[] size) {
        return exponential(Param.of(scale), size).doubles();
    }

    /**
     * {@code standard_gamma(shape, size)} by {@code legacy_standard_gamma} (see {@link LegacyGammas};
     * it consumes and refills the Gaussian cache).
     *
     * @throws PythonError ValueError "shape &lt; 0"; broadcasting and size errors
     */
    public Variates standardGamma(Param shape, int[] size) {
        return ParamCalls.continuous(size, shape, "shape", Constraint.NON_NEGATIVE,
                k -> LegacyGammas.standardGamma(bitGenerator, gauss, libm, k));
    }

    /** {@code standard_gamma(shape)}: one value. */
    public double standardGamma(double shape) {
        return standardGamma(Param.of(shape), null).doubles()[0];
    }

    /** {@code standard_gamma(shape, size)} for a scalar shape. */
    public double[] standardGamma(double shape, int[] size) {
        return standardGamma(Param.of(shape), size).doubles();
    }

    /**
     * {@code gamma(shape, scale, size)} = {@code scale * legacy_standard_gamma(shape)}.
     *
     * @throws PythonError ValueError "shape &lt; 0", then "scale &lt; 0"; broadcasting and size errors
     */
    public Variates gamma(Param shape, Param scale, int[] size) {
        return ParamCalls.continuous(size, shape, "shape", Constraint.NON_NEGATIVE, scale, "scale",
                Constraint.NON_NEGATIVE, (k, theta) -> theta * LegacyGammas.standardGamma(bitGenerator, gauss, libm, k));
    }

    /** {@code gamma(shape, scale, size)} for scalar parameters. */
    public double[] gamma(double shape, double scale, int[] size) {
        return gamma(Param.of(shape), Param.of(scale), size).doubles();
    }

    /**
     * {@code beta(a, b, size)} by {@code legacy_beta} (see {@link Betas}).
     *
     * @throws PythonError ValueError "a &lt;= 0", then "b &lt;= 0"; broadcasting and size errors
     */
    public Variates beta(Param a, Param b, int[] size) {
        return ParamCalls.continuous(size, a, "a", Constraint.POSITIVE, b, "b", Constraint.POSITIVE,
                (x, y) -> LegacyBetas.beta(bitGenerator, gauss, libm, x, y));
    }

    /** {@code beta(a, b, size)} for scalar parameters. */
    public double[] beta(double a, double b, int[] size) {
        return beta(Param.of(a), Param.of(b), size).doubles();
    }

    /**
     * {@code binomial(n, p, size)} by {@code legacy_random_binomial} (see {@link Binomials}: no
     * shortcut for n == 0 or p == 0, which therefore draw one uniform each). int64 results (C
     * {@code long} on LP64).
     *
     * @throws PythonError ValueError "p &lt; 0, p &gt; 1 or p is NaN" ("... contains NaNs" for an
     *                     array), then "n &lt; 0"; broadcasting (over {@code (p, n)}) and size errors
     */
    public Variates binomial(IntParam n, Param p, int[] size) {
        return ParamCalls.binomial(size, n, p, (trials, prob) -> binomials.legacyBinomial(bitGenerator, trials, prob));
    }

    /** {@code binomial(n, p, size)} for scalar parameters. */
    public long[] binomial(long n, double p, int[] size) {
        return binomial(IntParam.of(n), Param.of(p), size).data();
    }

    /**
     * {@code poisson(lam, size)}: NumPy's shared {@code random_poisson} (see {@link Poissons}).
     *
     * @throws PythonError as {@link Generator#poisson(Param, int[])} (the legacy bound is the same on LP64)
     */
    public Variates poisson(Param lam, int[] size) {
        return ParamCalls.discrete(size, lam, "lam", Constraint.POISSON, l -> Poissons.poisson(bitGenerator, libm, l));
    }

    /** {@code poisson(lam, size)} for a scalar {@code lam}. */
    public long[] poisson(double lam, int[] size) {
        return poisson(Param.of(lam), size).data();
    }

    /**
     * {@code laplace(loc, scale, size)}: NumPy's shared {@code random_laplace} (see {@link Laplaces}).
     *
     * @throws PythonError ValueError "scale &lt; 0"; broadcasting and size errors
     */
    public Variates laplace(Param loc, Param scale, int[] size) {
        return ParamCalls.continuous(size, loc, "loc", Constraint.NONE, scale, "scale", Constraint.NON_NEGATIVE,
                (m, b) -> Laplaces.laplace(bitGenerator, libm, m, b));
    }

    /**
     * {@code gumbel(loc, scale, size)} (NumPy's shared kernel, see {@link Gumbels}).
     *
     * @throws PythonError ValueError "scale &lt; 0"; broadcasting and size errors
     */
    public Variates gumbel(Param loc, Param scale, int[] size) {
        return ParamCalls.continuous(size, loc, "loc", Constraint.NONE, scale, "scale", Constraint.NON_NEGATIVE,
                (m, b) -> Gumbels.gumbel(bitGenerator, libm, m, b));
    }

    /**
     * {@code logistic(loc, scale, size)} (NumPy's shared kernel, see {@link Logistics}).
     *
     * @throws PythonError ValueError "scale &lt; 0"; broadcasting and size errors
     */
    public Variates logistic(Param loc, Param scale, int[] size) {
        return ParamCalls.continuous(size, loc, "loc", Constraint.NONE, scale, "scale", Constraint.NON_NEGATIVE,
                (m, b) -> Logistics.logistic(bitGenerator, libm, m, b));
    }

    /**
     * {@code triangular(left, mode, right, size)} (NumPy's shared kernel, see {@link Triangulars}).
     *
     * @throws PythonError ValueError "left &gt; mode", "mode &gt; right", "left == right"; broadcasting and size errors
     */
    public Variates triangular(Param left, Param mode, Param right, int[] size) {
        return ParamCalls.triangular(size, left, mode, right, (l, m, r) -> Triangulars.triangular(bitGenerator, l, m, r));
    }

    /**
     * {@code lognormal(mean, sigma, size)} by {@code legacy_lognormal} (see {@link LegacyLognormals}).
     *
     * @throws PythonError ValueError "sigma &lt; 0"; broadcasting and size errors
     */
    public Variates lognormal(Param mean, Param sigma, int[] size) {
        return ParamCalls.continuous(size, mean, "mean", Constraint.NONE, sigma, "sigma", Constraint.NON_NEGATIVE,
                (m, s) -> LegacyLognormals.lognormal(bitGenerator, gauss, libm, m, s));
    }

    /**
     * {@code rayleigh(scale, size)} by {@code legacy_rayleigh} (see {@link LegacyRayleighs}).
     *
     * @throws PythonError ValueError "scale &lt; 0"; broadcasting and size errors
     */
    public Variates rayleigh(Param scale, int[] size) {
        return ParamCalls.continuous(size, scale, "scale", Constraint.NON_NEGATIVE,
                s -> LegacyRayleighs.rayleigh(bitGenerator, libm, s));
    }

    /** {@code standard_cauchy(size)} by {@code legacy_standard_cauchy} (see {@link LegacyCauchys}). */
    public Variates standardCauchy(int[] size) {
        return ParamCalls.continuous(size, () -> LegacyCauchys.standardCauchy(bitGenerator, gauss));
    }

    /**
     * {@code pareto(a, size)} by {@code legacy_pareto} (see {@link LegacyParetos}).
     *
     * @throws PythonError ValueError "a &lt;= 0"; broadcasting and size errors
     */
    public Variates pareto(Param a, int[] size) {
        return ParamCalls.continuous(size, a, "a", Constraint.POSITIVE, x -> LegacyParetos.pareto(bitGenerator, libm, x));
    }

    /**
     * {@code power(a, size)} by {@code legacy_power} (see {@link LegacyPowers}).
     *
     * @throws PythonError ValueError "a &lt;= 0"; broadcasting and size errors
     */
    public Variates power(Param a, int[] size) {
        return ParamCalls.continuous(size, a, "a", Constraint.POSITIVE, x -> LegacyPowers.power(bitGenerator, libm, x));
    }

    /**
     * {@code chisquare(df, size)} by NumPy's legacy kernel (see {@link LegacyChiSquares}).
     *
     * @throws PythonError ValueError "df &lt;= 0"; broadcasting and size errors
     */
    public Variates chisquare(Param df, int[] size) {
        return ParamCalls.continuous(size, df, "df", Constraint.POSITIVE, k -> LegacyChiSquares.chisquare(bitGenerator, gauss, libm, k));
    }

    /**
     * {@code f(dfnum, dfden, size)} by NumPy's legacy kernel (see {@link LegacyFRatios}).
     *
     * @throws PythonError ValueError "dfnum &lt;= 0", "dfden &lt;= 0"; broadcasting and size errors
     */
    public Variates f(Param dfnum, Param dfden, int[] size) {
        return ParamCalls.continuous(size, dfnum, "dfnum", Constraint.POSITIVE, dfden, "dfden", Constraint.POSITIVE,
                (n, d) -> LegacyFRatios.f(bitGenerator, gauss, libm, n, d));
    }

    /**
     * {@code standard_t(df, size)} by NumPy's legacy kernel (see {@link LegacyStudentTs}).
     *
     * @throws PythonError ValueError "df &lt;= 0"; broadcasting and size errors
     */
    public Variates standardT(Param df, int[] size) {
        return ParamCalls.continuous(size, df, "df", Constraint.POSITIVE, k -> LegacyStudentTs.standardT(bitGenerator, gauss, libm, k));
    }

    /**
     * {@code noncentral_chisquare(df, nonc, size)} by NumPy's legacy kernel (see {@link LegacyNoncentralChiSquares}).
     *
     * @throws PythonError ValueError "df &lt;= 0", "nonc &lt; 0"; broadcasting and size errors
     */
    public Variates noncentralChisquare(Param df, Param nonc, int[] size) {
        return ParamCalls.continuous(size, df, "df", Constraint.POSITIVE, nonc, "nonc", Constraint.NON_NEGATIVE,
                (k, l) -> LegacyNoncentralChiSquares.noncentralChisquare(bitGenerator, gauss, libm, k, l));
    }

    /**
     * {@code noncentral_f(dfnum, dfden, nonc, size)} by NumPy's legacy kernel (see {@link LegacyNoncentralChiSquares#noncentralF}).
     *
     * @throws PythonError ValueError "dfnum &lt;= 0", "dfden &lt;= 0", "nonc &lt; 0"; broadcasting and size errors
     */
    public Variates noncentralF(Param dfnum, Param dfden, Param nonc, int[] size) {
        return ParamCalls.continuous(size, dfnum, "dfnum", Constraint.POSITIVE, dfden, "dfden", Constraint.POSITIVE,
                nonc, "nonc", Constraint.NON_NEGATIVE, (n, d, l) -> LegacyNoncentralChiSquares.noncentralF(bitGenerator, gauss, libm, n, d, l));
    }

    /**
     * {@code geometric(p, size)} by NumPy's legacy kernel (see {@link LegacyGeometrics}).
     *
     * @throws PythonError ValueError "p &lt;= 0, p &gt; 1 or p contains NaNs"; broadcasting and size errors
     */
    public Variates geometric(Param p, int[] size) {
        return ParamCalls.discrete(size, p, "p", Constraint.BOUNDED_GT_0_1, x -> LegacyGeometrics.geometric(bitGenerator, libm, x));
    }

    /**
     * {@code logseries(p, size)} by NumPy's legacy kernel (see {@link LegacyLogseries}).
     *
     * @throws PythonError ValueError "p &lt; 0, p &gt;= 1 or p is NaN" (arrays: "contains NaNs"); broadcasting and size errors
     */
    public Variates logseries(Param p, int[] size) {
        return ParamCalls.discrete(size, p, "p", Constraint.BOUNDED_LT_0_1, x -> LegacyLogseries.logseries(bitGenerator, libm, x));
    }

    /**
     * {@code zipf(a, size)} by NumPy's legacy kernel (see {@link LegacyZipfs}).
     *
     * @throws PythonError ValueError "a &lt;= 1 or a is NaN" (arrays: "contains NaNs"); broadcasting and size errors
     */
    public Variates zipf(Param a, int[] size) {
        return ParamCalls.discrete(size, a, "a", Constraint.GT_1, x -> LegacyZipfs.zipf(bitGenerator, libm, x));
    }

    /**
     * {@code negative_binomial(n, p, size)} by NumPy's legacy kernel (see {@link LegacyNegativeBinomials}).
     *
     * @throws PythonError ValueError "n &lt;= 0" (NaN passes), "p &lt; 0, p &gt; 1 or p is NaN" (p == 0 passes); broadcasting and size errors
     */
    public Variates negativeBinomial(Param n, Param p, int[] size) {
        return ParamCalls.discrete(size, n, "n", Constraint.POSITIVE, p, "p", Constraint.BOUNDED_0_1,
                (k, q) -> LegacyNegativeBinomials.negativeBinomial(bitGenerator, gauss, libm, k, q));
    }

    /**
     * {@code hypergeometric(ngood, nbad, nsample, size)} by {@code legacy_random_hypergeometric}
     * (see {@link LegacyHypergeometrics}); int64 parameters, no upper limit.
     *
     * @throws PythonError ValueError "ngood + nbad &lt; nsample", "ngood &lt; 0", "nbad &lt; 0",
     *                     "nsample &lt; 1 or nsample is NaN" (an array: "contains NaNs"); broadcasting and size errors
     */
    public Variates hypergeometric(IntParam ngood, IntParam nbad, IntParam nsample, int[] size) {
        return ParamCalls.hypergeometric(size, ngood, nbad, nsample, true,
                (g, b, s) -> LegacyHypergeometrics.hypergeometric(bitGenerator, libm, g, b, s));
    }

    // ---------------------------------------------------------------- multivariate

    /**
     * {@code multivariate_normal(mean, cov, size, check_valid, tol)}: the normals
     * {@code standard_normal(size + (d,))} by the legacy polar method, then
     * {@code np.dot(x, sqrt(s)[:, None] * vh) + mean} from the SVD of {@code cov} (see
     * {@link org.seedcompat.engine.numpy.distributions.MultivariateNormals}). {@code size} is the
     * leading shape ({@code null}: None); {@code checkValid} {@code null} stands for a value that
     * is not a string. Warnings are not raised.
     *
     * @throws PythonError ValueError for the shapes of mean and cov, check_valid and a covariance
     *     that is not positive-semidefinite under 'raise'; LinAlgError from the SVD (after the draws)
     */
    public Variates multivariateNormal(Param mean, Param cov, int[] size, String checkValid, double tol) {
        return MultivariateNormalCalls.legacy(this::standardNormal, mean, cov, size, checkValid, tol);
    }

    /**
     * {@code dirichlet(alpha, size)} (see {@link LegacyDirichlets}): shape {@code (k,)}, or
     * {@code size + (k,)}; {@code size} is the leading shape ({@code null}: None).
     *
     * @throws PythonError ValueError "alpha &lt;= 0" (NaN passes), then the output's shape errors
     */
    public Variates dirichlet(double[] alpha, int[] size) {
        for (double a : alpha) {
            if (a <= 0) {
                throw PythonError.valueError("alpha <= 0");
            }
        }
        int[] shape = NumpyShapes.withTrailing(size, alpha.length);
        double[] out = new double[NumpyShapes.allocate(shape, DType.FLOAT64)];
        LegacyDirichlets.dirichlet(bitGenerator, gauss, libm, alpha, out);
        return Variates.ofDoubles(shape, out);
    }

    /**
     * {@code multinomial(n, pvals, size)}: Generator's {@code random_multinomial} kernel (see
     * {@link Multinomials}) with this RandomState's binomial cache; {@code pvals} 1-d (an empty
     * one gives empty rows), {@code pvalsDtype} as for {@link Generator#multinomial}.
     *
     * @throws PythonError TypeError "pvals must be a 1-d sequence"; ValueError "pvals &lt; 0, pvals &gt; 1 or pvals
     *                     contains NaNs", "sum(pvals[:-1]) &gt; 1.0" (and its float32 variant), then size errors, then "n &lt; 0"
     */
    public Variates multinomial(long n, Param pvals, DType pvalsDtype, int[] size) {
        if (pvals.shape().length == 0) {
            throw PythonError.typeError("pvals must be a 1-d sequence");
        }
        if (pvals.shape().length > 1) {
            throw PythonError.valueError("setting an array element with a sequence. The requested array would exceed the "
                    + "maximum number of dimension of 1.");
        }
        double[] p = pvals.values();
        int d = p.length;
        Constraint.BOUNDED_0_1.checkArray(p, "pvals");
        if (d > 0 && Multinomials.kahanSum(p, 0, d - 1) > 1.0 + 1e-12) {
            throw Generator.multinomialSumError(p, pvalsDtype, "[:-1]");
        }
        int[] shape = NumpyShapes.withTrailing(size, d);
        long[] out = new long[NumpyShapes.allocate(shape, DType.INT64)];
        Constraint.NON_NEGATIVE.check((double) n, "n");
        for (int offset = 0; d > 0 && offset < out.length; offset += d) {
            Multinomials.multinomial(bitGenerator, binomials, n, p, 0, d, out, offset);
        }
        return Variates.ofLongs(shape, out);
    }

    /**
     * {@code weibull(a, size)} by {@code legacy_weibull} (see {@link LegacyWeibulls}).
     *
     * @throws PythonError ValueError "a &lt; 0"; broadcasting and size errors
     */
    public Variates weibull(Param a, int[] size) {
        return ParamCalls.continuous(size, a, "a", Constraint.NON_NEGATIVE, x -> LegacyWeibulls.weibull(bitGenerator, libm, x));
    }

    /**
     * {@code wald(mean, scale, size)} by {@code legacy_wald} (see {@link LegacyWalds}).
     *
     * @throws PythonError ValueError "mean &lt;= 0", "scale &lt;= 0"; broadcasting and size errors
     */
    public Variates wald(Param mean, Param scale, int[] size) {
        return ParamCalls.continuous(size, mean, "mean", Constraint.POSITIVE, scale, "scale", Constraint.POSITIVE,
                (m, s) -> LegacyWalds.wald(bitGenerator, gauss, m, s));
    }

    /**
     * {@code vonmises(mu, kappa, size)} by {@code legacy_vonmises} (see {@link LegacyVonMisesAngles}).
     *
     * @throws PythonError ValueError "kappa &lt; 0"; broadcasting and size errors
     */
    public Variates vonmises(Param mu, Param kappa, int[] size) {
        return ParamCalls.continuous(size, mu, "mu", Constraint.NONE, kappa, "kappa", Constraint.NON_NEGATIVE,
                (m, k) -> LegacyVonMisesAngles.vonmises(bitGenerator, libm, m, k));
    }

    // ---------------------------------------------------------------- choice

    /** {@code choice(a)}: one value from {@code range(a)}. */
    public long choice(long a) {
        return choice(a, null, true, null)[0];
    }

    /**
     * {@code choice(a, size, replace, p)} for an integer population {@code a}, i.e.
     * {@code range(a)}; the values returned are the samples themselves.
     *
     * @param p probabilities (float64), or {@code null} for uniform
     */
    /**
     * {@code choice(a, ...)} for a population size of any size (a Python int): beyond the long
     * range NumPy still draws {@code randint(0, a)} with replacement (up to {@code a = 2**63}), and
     * raises its own errors otherwise.
     */
    public long[] choice(BigInteger a, int[] size, boolean replace, double[] p, DType pDtype) {
        if (a.bitLength() < 64) {
            return choice(a.longValueExact(), size, replace, p, pDtype);
        }
        if (a.signum() < 0) {
            return choice(-1L, size, replace, p, pDtype);
        }
        if (p != null) {
            throw PythonError.valueError("'a' and 'p' must have same size");
        }
        if (replace) {
            return randint(BigInteger.ZERO, a, size == null ? new int[0] : size, DType.INT64);
        }
        if (a.doubleValue() >= 0x1p64) { // arange(a) cannot be made at all
            throw PythonError.valueError("Maximum allowed size exceeded");
        }
        return choice(Long.MAX_VALUE, size, false, null, pDtype); // arange(a) is empty, as it is for 2**63-1
    }

    public long[] choice(long a, int[] size, boolean replace, double[] p) {
        return choice(a, size, replace, p, DType.FLOAT64);
    }

    /**
     * As {@link #choice(long, int[], boolean, double[])}, for {@code p} given as an ndarray of
     * floating-point dtype {@code pDtype} (float32/float16 widen the tolerance on
     * {@code sum(p)} as NumPy does).
     */
    public long[] choice(long a, int[] size, boolean replace, double[] p, DType pDtype) {
        if (a <= 0 && (size == null || NumpyShapes.product(size) != 0)) {
            throw PythonError.valueError("a must be greater than 0 unless no samples are taken");
        }
        return sampleChoice(a, size, replace, p, pDtype);
    }

    /**
     * {@code choice(a, size, replace, p)} for a 1-d array population of {@code populationSize}
     * elements: returns the chosen <em>indices</em>; the caller gathers {@code a[idx]}. (Callers
     * must raise NumPy's "a must be 1-dimensional" for other arrays themselves.)
     */
    public long[] choiceIndices(long populationSize, int[] size, boolean replace, double[] p) {
        return choiceIndices(populationSize, size, replace, p, DType.FLOAT64);
    }

    /** {@link #choiceIndices(long, int[], boolean, double[])} with the dtype of {@code p}. */
    public long[] choiceIndices(long populationSize, int[] size, boolean replace, double[] p,
                                DType pDtype) {
        if (populationSize < 0) {
            throw new IllegalArgumentException("populationSize < 0: " + populationSize);
        }
        if (populationSize == 0 && (size == null || NumpyShapes.product(size) != 0)) {
            throw PythonError.valueError("'a' cannot be empty unless no samples are taken");
        }
        return sampleChoice(populationSize, size, replace, p, pDtype);
    }

    private long[] sampleChoice(long populationSize, int[] size, boolean replace, double[] p,
                                DType pDtype) {
        if (p != null) {
            LegacyChoice.validateProbabilities(p, populationSize, LegacyChoice.tolerance(pDtype));
        }
        return LegacyChoice.sample(this, populationSize, size, replace, p);
    }

    // ---------------------------------------------------------------- shuffles

    /**
     * {@code shuffle(x)} for a C-order array of {@code rows} rows of {@code rowLength} elements:
     * Fisher–Yates over axis 0, {@code i} from {@code rows-1} down to 1 swapping rows {@code i}
     * and {@code random_interval(i)}. An array with no elements draws nothing, even with several
     * (empty) rows, as NumPy's ndarray path returns early.
     */
    public void shuffle(long[] data, int rows, int rowLength) {
        Shuffles.legacyRows(bitGenerator, data, rows, rowLength);
    }

    /** {@link #shuffle(long[], int, int)} for double data. */
    public void shuffle(double[] data, int rows, int rowLength) {
        Shuffles.legacyRows(bitGenerator, data, rows, rowLength);
    }

    /**
     * NumPy's untyped {@code shuffle} path over {@code n} items: for {@code i} from {@code n-1} down
     * to 1, draw {@code j = random_interval(i)}, then {@code swap.swap(i, j)}. An exception thrown by
     * {@code swap} ends the loop with the draws so far made.
     */
    public void shuffleItems(int n, IndexSwap swap) {
        Shuffles.shuffleRaw(bitGenerator, n, 1, swap::swap);
    }

    /** {@code shuffle(x)} for a 1-d int64 array. */
    public void shuffle(long[] data) {
        Shuffles.shuffle1d(bitGenerator, data, data.length);
    }

    /** {@code shuffle(x)} for a 1-d float64 array. */
    public void shuffle(double[] data) {
        Shuffles.shuffle1d(bitGenerator, data);
    }

    /** {@code shuffle(x)} for a 1-d int32 array. */
    public void shuffle(int[] data) {
        Shuffles.shuffle1d(bitGenerator, data);
    }

    /** {@code shuffle(x)} for a 1-d array of objects (NumPy's object dtype, or a list). */
    public void shuffle(Object[] data) {
        Shuffles.shuffle1d(bitGenerator, data);
    }

    /**
     * {@code permutation(n)}: {@code arange(n)} shuffled (empty for {@code n <= 0}).
     *
     * <p>For an array argument NumPy shuffles a copy when it is 1-d (use {@link #shuffle}), and
     * for an n-d array shuffles {@code arange(len(x))} and gathers rows: use
     * {@code permutation(rows)} for that, which, unlike {@link #shuffle(long[], int, int)}, also
     * draws when the rows are empty.
     *
     * @throws PythonError MemoryError when {@code n} exceeds what a Java array can hold
     */
    public long[] permutation(long n) {
        long[] values = NumpyShapes.arange(n);
        shuffle(values);
        return values;
    }
}
