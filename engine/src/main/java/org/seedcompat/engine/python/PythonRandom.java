package org.seedcompat.engine.python;

import java.math.BigInteger;
import java.util.Arrays;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.internal.MersenneTwister;
import org.seedcompat.engine.math.Libm;

/**
 * Python's {@code random.Random} (CPython's {@code _random} module): the same MT19937 as NumPy's
 * {@code RandomState} and PyTorch, seeded from an int through {@code init_by_array} on the 32-bit
 * words of {@code abs(seed)} (least significant first), with Python's {@code getstate()} layout
 * {@code (3, (key[0], ..., key[623], pos), gauss_next)}.
 *
 * <p>{@code random()} is NumPy's {@code random_sample}: {@code (a >> 5, b >> 6)} of two words over
 * 2^53. {@code getrandbits(k)} fills 32-bit words least significant first, the last word keeping its
 * top bits.
 *
 * <p><b>As a {@link java.util.random.RandomGenerator}</b>, the methods with a {@code random.Random}
 * counterpart follow CPython 3.11's algorithm (its {@code math} functions as this process's glibc
 * computes them, {@code Libm.system()} unless {@link #withLibm} picks a build):
 * <ul>
 *   <li>{@link #nextGaussian()}: {@code gauss()} (Box–Muller, sharing {@code gauss_next} with
 *       {@link #gauss(double, double)}); {@link #nextGaussian(double, double)}:
 *       {@code gauss(mean, stddev)};</li>
 *   <li>{@link #nextExponential()}: {@code expovariate(1.0)};</li>
 *   <li>{@link #nextInt(int)}, {@link #nextInt(int, int)}, {@link #nextLong(long)},
 *       {@link #nextLong(long, long)}: {@code randrange(bound)} / {@code randrange(origin, bound)}
 *       ({@code getrandbits} rejection; Java's argument checks and IllegalArgumentException);</li>
 *   <li>{@code nextDouble()}: {@code random()}; {@code nextInt()}: {@code getrandbits(32)} as a
 *       signed int; the JDK's default {@code nextBoolean()}, {@code nextInt() < 0}, is
 *       {@code getrandbits(1)}.</li>
 * </ul>
 * The other methods are the JDK's defaults, not CPython's: {@code nextLong()} (the first word high,
 * whereas {@code getrandbits(64)} puts it low), {@code nextFloat} (Python has no float32),
 * {@code nextBytes} (not {@code randbytes}), the bounded {@code nextDouble} (not {@code uniform})
 * and the streams.
 */
public final class PythonRandom implements BitGenerator {

    private static final int N = MersenneTwister.N;
    /** Python's {@code random.TWOPI}. */
    private static final double TWO_PI = 2.0 * Math.PI;

    private final int[] key = new int[N];
    private int pos;
    /** Python's {@code gauss_next} (used by {@code random.gauss}); null when unset. */
    private Double gaussNext;

    /** The glibc build whose {@code math} functions the samplers call. */
    private Libm libm = Libm.system();

    private PythonRandom() {
    }

    /**
     * The glibc build ({@code Libm.of(MathVariant.NO_FMA)}, ...) whose {@code math} functions the
     * samplers call, as CPython's {@code math} module does on that build; {@code Libm.system()} by default.
     *
     * @return this generator
     */
    public PythonRandom withLibm(Libm build) {
        this.libm = java.util.Objects.requireNonNull(build, "build");
        return this;
    }

    /** {@code random.Random(seed)} for an int seed (its sign is ignored, as CPython does). */
    public static PythonRandom seeded(BigInteger seed) {
        PythonRandom r = new PythonRandom();
        r.seed(seed);
        return r;
    }

    /** {@code seed(n)} for an int: {@code init_by_array} over the 32-bit words of {@code abs(n)}. */
    public void seed(BigInteger seed) {
        BigInteger n = seed.abs();
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] init = new int[words];
        for (int i = 0; i < words; i++) {
            init[i] = n.shiftRight(32 * i).intValue();
        }
        MersenneTwister.initByArray(key, init);
        pos = N;
        gaussNext = null;
    }

    private int next() {
        if (pos >= N) {
            MersenneTwister.twist(key);
            pos = 0;
        }
        return MersenneTwister.temper(key[pos++]);
    }

    /** {@code random()}: a double in [0, 1) from two words. */
    public double random() {
        int a = next() >>> 5;
        int b = next() >>> 6;
        return (a * 67108864.0 + b) * 0x1p-53;
    }

    /**
     * {@code getrandbits(k)}: a non-negative int of k random bits.
     *
     * @throws PythonError ValueError for a negative k, as Python 3.11 raises
     */
    /** The widest result the engine makes: a BigInteger holds up to 2**31 - 1 bits; keep well inside. */
    private static final long MAX_BITS = 1L << 30;

    public BigInteger getrandbits(long k) {
        if (k > Integer.MAX_VALUE || k < Integer.MIN_VALUE) { // CPython takes k as a C int
            throw new PythonError("OverflowError", "Python int too large to convert to C int");
        }
        if (k < 0) {
            throw PythonError.valueError("number of bits must be non-negative");
        }
        if (k > MAX_BITS) {
            throw new PythonError("UnsupportedSize", "getrandbits(" + k + ") is a number of more than " + MAX_BITS
                    + " bits, more than the engine holds (a Java BigInteger): ask for fewer bits per call");
        }
        if (k == 0) {
            return BigInteger.ZERO;
        }
        if (k <= 32) {
            return BigInteger.valueOf((next() & 0xFFFFFFFFL) >>> (32 - k));
        }
        int words = (int) ((k - 1) / 32 + 1);
        byte[] magnitude = new byte[words * 4];
        long remaining = k;
        for (int i = 0; i < words; i++, remaining -= 32) {
            long r = next() & 0xFFFFFFFFL;
            if (remaining < 32) {
                r >>>= 32 - remaining;
            }
            int at = magnitude.length - 4 * (i + 1); // big-endian bytes, word i least significant first
            magnitude[at] = (byte) (r >>> 24);
            magnitude[at + 1] = (byte) (r >>> 16);
            magnitude[at + 2] = (byte) (r >>> 8);
            magnitude[at + 3] = (byte) r;
        }
        return new BigInteger(1, magnitude);
    }

    /** The 624 key words (uint32 bit patterns). */
    public int[] key() {
        return key.clone();
    }

    /** The position in the key (0..624), as the last element of {@code getstate()[1]}. */
    public int pos() {
        return pos;
    }

    /** {@code gauss_next}, or null. */
    public Double gaussNext() {
        return gaussNext;
    }

    /**
     * {@code setstate((3, internal, gauss_next))} from its parts: key words and position as
     * {@code getstate()} gives them.
     *
     * @throws PythonError ValueError "state vector is the wrong size" for a position outside 0..624
     */
    public void setState(int[] newKey, long newPos, Double newGaussNext) {
        if (newKey.length != N) {
            throw PythonError.valueError("state vector is the wrong size");
        }
        if (newPos < 0 || newPos > N) {
            throw PythonError.valueError("invalid state");
        }
        System.arraycopy(newKey, 0, key, 0, N);
        pos = (int) newPos;
        gaussNext = newGaussNext;
    }

    /**
     * {@code gauss(mu, sigma)}: the cached {@code gauss_next} if set, else a fresh Box–Muller pair
     * (angle from the first {@code random()}, radius from the second) whose sine half is cached.
     */
    public double gauss(double mu, double sigma) {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
                        double x2pi = random() * TWO_PI;
            double g2rad = Math.sqrt(-2.0 * libm.log(1.0 - random()));
            z = libm.cos(x2pi) * g2rad;
            gaussNext = libm.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }


    /**
     * {@code seed(a, version=2)} for a str (its UTF-8 bytes), bytes or bytearray: the int
     * {@code int.from_bytes(a + sha512(a).digest())} (big-endian), then as for an int seed.
     */
    public void seed(byte[] a) {
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-512").digest(a);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required of every Java platform", e);
        }
        byte[] all = Arrays.copyOf(a, a.length + digest.length);
        System.arraycopy(digest, 0, all, a.length, digest.length);
        seed(new BigInteger(1, all));
    }

    /** {@code random.Random(a)} for a str seed (version 2). */
    public static PythonRandom seeded(String a) {
        PythonRandom r = new PythonRandom();
        r.seed(a, 2);
        return r;
    }

    /**
     * {@code seed(a, version)} for a str: version 2 seeds with its UTF-8 bytes as {@link #seed(byte[])};
     * version 1 with CPython's old string hash ({@code x = ord(a[0]) << 7}, then
     * {@code x = (1000003 * x ^ c) mod 2**64} per code point, {@code x ^= len(a)}).
     * Any other version hashes the str with Python's randomised string hash, which no seed reproduces.
     */
    public void seed(String a, int version) {
        if (version == 2) {
            seed(a.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (version == 1) {
            int[] cps = a.codePoints().toArray();
            seed(BigInteger.valueOf(version1(cps)).and(MASK64));
        } else {
            throw new PythonError("UnsupportedArgument", "a str seed with version " + version
                    + " goes through Python's randomised str hash (PYTHONHASHSEED): not reproducible");
        }
    }

    /** {@code seed(a, version=1)} for bytes: the old string hash over its bytes read as latin-1. */
    public void seedVersion1(byte[] a) {
        int[] cps = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            cps[i] = a[i] & 0xFF;
        }
        seed(BigInteger.valueOf(version1(cps)).and(MASK64));
    }

    private static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private static long version1(int[] cps) {
        long x = cps.length == 0 ? 0 : ((long) cps[0]) << 7;
        for (int c : cps) {
            x = (1000003L * x) ^ c;
        }
        return x ^ cps.length; // Python's x is masked to 64 bits, so never -1: no -2 substitution
    }

    /** Python's {@code sys.hash_info.modulus}, 2**61 - 1. */
    private static final BigInteger HASH_MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

    /**
     * {@code seed(x)} for a float: CPython seeds with {@code hash(x)} as a C {@code size_t} (a
     * negative hash taken mod 2**64). A NaN's hash is its object's address in Python 3.10 and
     * later, so no NaN seed is reproducible.
     */
    public void seed(double x) {
        long h;
        if (Double.isNaN(x)) {
            throw new PythonError("UnsupportedArgument", "a NaN seed hashes by object identity in Python 3.10+: not reproducible");
        } else if (Double.isInfinite(x)) {
            h = x > 0 ? 314159 : -314159;
        } else {
            java.math.BigDecimal v = new java.math.BigDecimal(Math.abs(x));
            BigInteger num = v.unscaledValue();
            BigInteger den = BigInteger.TEN.pow(Math.max(v.scale(), 0));
            if (v.scale() < 0) {
                num = num.multiply(BigInteger.TEN.pow(-v.scale()));
            }
            long m = num.mod(HASH_MODULUS).multiply(den.modInverse(HASH_MODULUS)).mod(HASH_MODULUS).longValue();
            h = x < 0 ? -m : m;
            if (h == -1) {
                h = -2;
            }
        }
        seed(BigInteger.valueOf(h).and(MASK64));
    }

    /** {@code randbytes(n)}: {@code getrandbits(n * 8).to_bytes(n, 'little')}. */
    public byte[] randbytes(long n) {
        if (n < 0) {
            throw PythonError.valueError("number of bits must be non-negative"); // from getrandbits(n * 8)
        }
        byte[] big = getrandbits(n * 8).toByteArray();
        byte[] out = new byte[(int) n];
        for (int i = 0; i < out.length && i < big.length; i++) {
            out[i] = big[big.length - 1 - i];
        }
        return out;
    }

    /** {@code _randbelow(n)} ({@code _randbelow_with_getrandbits}) for any int {@code n > 0}. */
    public BigInteger randbelow(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    /**
     * {@code randrange(start, stop, step)} once the arguments are ints ({@code stop} null for
     * {@code randrange(start)}), with CPython 3.11's errors.
     */
    public BigInteger randrange(BigInteger start, BigInteger stop, BigInteger step) {
        if (stop == null) {
            if (step != null) {
                throw PythonError.typeError("Missing a non-None stop argument");
            }
            if (start.signum() > 0) {
                return randbelow(start);
            }
            throw PythonError.valueError("empty range for randrange()");
        }
        BigInteger width = stop.subtract(start);
        BigInteger istep = step == null ? BigInteger.ONE : step;
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return start.add(randbelow(width));
            }
            throw PythonError.valueError("empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw PythonError.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw PythonError.valueError("empty range for randrange()");
        }
        return start.add(istep.multiply(randbelow(n)));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** {@code randint(a, b)}: {@code randrange(a, b + 1)}. */
    public BigInteger randint(BigInteger a, BigInteger b) {
        return randrange(a, b.add(BigInteger.ONE), null);
    }

    /** The index {@code choice(seq)} takes for a sequence of {@code length} items. */
    public int choiceIndex(int length) {
        if (length == 0) {
            throw new PythonError("IndexError", "Cannot choose from an empty sequence");
        }
        return randbelow(BigInteger.valueOf(length)).intValue();
    }

    /** {@code shuffle(x)} in place: for i from len-1 down to 1, swap x[i] with x[_randbelow(i + 1)]. */
    public <T> void shuffle(java.util.List<T> x) {
        for (int i = x.size() - 1; i >= 1; i--) {
            int j = randbelow(BigInteger.valueOf(i + 1L)).intValue();
            T t = x.get(i);
            x.set(i, x.get(j));
            x.set(j, t);
        }
    }

    /**
     * The indices {@code sample(population, k)} picks from a population of {@code n}: the pool
     * algorithm when {@code n} is at most the set size random.py computes
     * ({@code 21 + 4 ** ceil(log(3k, 4))} above k = 5), else rejection against a set of picks.
     */
    public long[] sampleIndices(long n, int k) {
        if (k < 0 || k > n) {
            throw PythonError.valueError("Sample larger than population or is negative");
        }
        long[] result = new long[k];
        double setsize = 21;
        if (k > 5) {
            setsize += Math.pow(4, Math.ceil(libm.log(k * 3.0) / libm.log(4.0))); // 4 ** int: exact
        }
        if (n <= setsize) {
            long[] pool = new long[(int) n];
            for (int i = 0; i < n; i++) {
                pool[i] = i;
            }
            for (int i = 0; i < k; i++) {
                int j = randbelow(BigInteger.valueOf(n - i)).intValue();
                result[i] = pool[j];
                pool[j] = pool[(int) (n - i - 1)];
            }
        } else {
            java.util.Set<Long> selected = new java.util.HashSet<>();
            BigInteger big = BigInteger.valueOf(n);
            for (int i = 0; i < k; i++) {
                long j = randbelow(big).longValue();
                while (selected.contains(j)) {
                    j = randbelow(big).longValue();
                }
                selected.add(j);
                result[i] = j;
            }
        }
        return result;
    }

    /** The indices {@code choices(population, k=k)} picks without weights: {@code floor(random() * n)}. */
    public int[] choicesIndices(int n, int k) {
        int[] out = new int[Math.max(k, 0)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Math.floor(random() * (double) n);
        }
        return out;
    }

    /**
     * The indices {@code choices(population, cum_weights=cum, k=k)} picks: {@code bisect_right} of
     * {@code random() * total} in {@code cum[0:n-1]}, with random.py's checks of the total.
     */
    public int[] choicesIndices(double[] cum, int k) {
        double total = cum[cum.length - 1] + 0.0;
        if (total <= 0.0) {
            throw PythonError.valueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw PythonError.valueError("Total of weights must be finite");
        }
        int[] out = new int[Math.max(k, 0)];
        int hi = cum.length - 1;
        for (int i = 0; i < out.length; i++) {
            double x = random() * total;
            int lo = 0;
            int h = hi;
            while (lo < h) {
                int mid = (lo + h) >>> 1;
                if (x < cum[mid]) {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out[i] = lo;
        }
        return out;
    }

    /** {@code uniform(a, b)}: {@code a + (b - a) * random()}. */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /** {@code triangular(low, high, mode)}; {@code mode} null for the midpoint. */
    public double triangular(double low, double high, Double mode) {
        double u = random();
        double c;
        if (mode == null) {
            c = 0.5;
        } else {
            if (high - low == 0.0) {
                return low;
            }
            c = (mode - low) / (high - low);
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low;
            low = high;
            high = t;
        }
        return low + (high - low) * PyMath.sqrt(u * c);
    }

    /** {@code normalvariate(mu, sigma)}: Kinderman and Monahan's ratio of uniforms. */
    public double normalvariate(double mu, double sigma) {
        double magic = 4 * libm.exp(-0.5) / Math.sqrt(2.0);
        double z;
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = magic * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -libm.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }

    /** {@code lognormvariate(mu, sigma)}: {@code exp(normalvariate(mu, sigma))}. */
    public double lognormvariate(double mu, double sigma) {
        return PyMath.exp(libm, normalvariate(mu, sigma));
    }

    /** {@code expovariate(lambd)}: {@code -log(1.0 - random()) / lambd}. */
    public double expovariate(double lambd) {
        return PyMath.div(-PyMath.log(libm, 1.0 - random()), lambd);
    }

    /** {@code vonmisesvariate(mu, kappa)}: Best and Fisher's algorithm (uniform below kappa = 1e-6). */
    public double vonmisesvariate(double mu, double kappa) {
        if (kappa <= 1e-6) {
            return TWO_PI * random();
        }
        double s = 0.5 / kappa;
        double r = s + PyMath.sqrt(1.0 + s * s);
        double z;
        while (true) {
            double u1 = random();
            z = PyMath.cos(libm, Math.PI * u1);
            double d = PyMath.div(z, r + z);
            double u2 = random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * PyMath.exp(libm, d)) {
                break;
            }
        }
        double q = PyMath.div(1.0, r);
        double f = PyMath.div(q + z, 1.0 + q * z);
        double u3 = random();
        return u3 > 0.5 ? PyMath.mod(mu + PyMath.acos(libm, f), TWO_PI) : PyMath.mod(mu - PyMath.acos(libm, f), TWO_PI);
    }

    /** {@code gammavariate(alpha, beta)}: Cheng's method above 1, the exponential at 1, Ahrens–Dieter GS below. */
    public double gammavariate(double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw PythonError.valueError("gammavariate: alpha and beta must be > 0.0");
        }
                if (alpha > 1.0) {
            double ainv = PyMath.sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - libm.log(4.0);
            double ccc = alpha + ainv;
            double sg = 1.0 + libm.log(4.5);
            while (true) {
                double u1 = random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) {
                    continue;
                }
                double u2 = 1.0 - random();
                double v = PyMath.div(PyMath.log(libm, u1 / (1.0 - u1)), ainv);
                double x = alpha * PyMath.exp(libm, v);
                double z = u1 * u1 * u2;
                double r = bbb + ccc * v - x;
                if (r + sg - 4.5 * z >= 0.0 || r >= PyMath.log(libm, z)) {
                    return x * beta;
                }
            }
        } else if (alpha == 1.0) {
            return -PyMath.log(libm, 1.0 - random()) * beta;
        }
        double e = Math.E;
        double x;
        while (true) {
            double u = random();
            double b = (e + alpha) / e;
            double p = b * u;
            if (p <= 1.0) {
                x = PyMath.pow(libm, p, PyMath.div(1.0, alpha));
            } else {
                x = -PyMath.log(libm, PyMath.div(b - p, alpha));
            }
            double u1 = random();
            if (p > 1.0) {
                if (u1 <= PyMath.pow(libm, x, alpha - 1.0)) {
                    break;
                }
            } else if (u1 <= PyMath.exp(libm, -x)) {
                break;
            }
        }
        return x * beta;
    }

    /** {@code betavariate(alpha, beta)}: a ratio of two gammavariates (0.0 when the first is 0). */
    public double betavariate(double alpha, double beta) {
        double y = gammavariate(alpha, 1.0);
        if (y != 0.0) {
            return PyMath.div(y, y + gammavariate(beta, 1.0));
        }
        return 0.0;
    }

    /** {@code paretovariate(alpha)}: {@code (1.0 - random()) ** (-1.0 / alpha)}. */
    public double paretovariate(double alpha) {
        double u = 1.0 - random();
        return PyMath.pow(libm, u, PyMath.div(-1.0, alpha));
    }

    /** {@code weibullvariate(alpha, beta)}: {@code alpha * (-log(1.0 - random())) ** (1.0 / beta)}. */
    public double weibullvariate(double alpha, double beta) {
        double u = 1.0 - random();
        return alpha * PyMath.pow(libm, -PyMath.log(libm, u), PyMath.div(1.0, beta));
    }

    /** {@code gauss()}, i.e. {@code gauss(0.0, 1.0)}. */
    @Override
    public double nextGaussian() {
        return gauss(0.0, 1.0);
    }

    /**
     * {@code gauss(mean, stddev)}, with Java's check of {@code stddev} (the JDK's default would
     * draw the JDK's own ziggurat).
     */
    @Override
    public double nextGaussian(double mean, double stddev) {
        if (stddev < 0.0) {
            throw new IllegalArgumentException("standard deviation must be non-negative");
        }
        return gauss(mean, stddev);
    }

    /** {@code expovariate(1.0)}: {@code -log(1.0 - random()) / 1.0}. */
    @Override
    public double nextExponential() {
        return -libm.log(1.0 - random()) / 1.0;
    }

    /** {@code randrange(bound)}. */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) randbelow(bound);
    }

    /** {@code randrange(origin, bound)}: {@code origin + _randbelow(bound - origin)}. */
    @Override
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return (int) (origin + randbelow((long) bound - origin));
    }

    /** {@code randrange(bound)}. */
    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return randbelow(bound);
    }

    /** {@code randrange(origin, bound)}; the width may pass 2^63 (held unsigned). */
    @Override
    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return origin + randbelow(bound - origin);
    }

    /**
     * {@code _randbelow_with_getrandbits(n)} for an unsigned 64-bit {@code n > 0}: {@code k} =
     * {@code n.bit_length()} bits per try, until one falls below {@code n}.
     */
    private long randbelow(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = randbits(k);
        while (Long.compareUnsigned(r, n) >= 0) {
            r = randbits(k);
        }
        return r;
    }

    /** {@link #getrandbits}{@code (k)} for {@code 1 <= k <= 64}, without a BigInteger. */
    long randbits(int k) {
        if (k <= 32) {
            return (next() & 0xFFFFFFFFL) >>> (32 - k);
        }
        long low = next() & 0xFFFFFFFFL;
        long high = (next() & 0xFFFFFFFFL) >>> (64 - k);
        return high << 32 | low;
    }

    @Override
    public int nextUint32() {
        return next();
    }

    @Override
    public long nextUint64() {
        long high = next() & 0xFFFFFFFFL;
        return high << 32 | (next() & 0xFFFFFFFFL);
    }

    @Override
    public double nextDouble() {
        return random();
    }

    @Override
    public String toString() {
        return "PythonRandom[pos=" + pos + ", key[0..3]=" + Arrays.toString(Arrays.copyOf(key, 3)) + "]";
    }
}
