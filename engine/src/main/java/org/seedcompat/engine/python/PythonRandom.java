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
 * computes them, {@code Libm.system()}):
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

    private PythonRandom() {
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
            Libm libm = Libm.system();
            double x2pi = random() * TWO_PI;
            double g2rad = Math.sqrt(-2.0 * libm.log(1.0 - random()));
            z = libm.cos(x2pi) * g2rad;
            gaussNext = libm.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
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
        return -Libm.system().log(1.0 - random()) / 1.0;
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
