package org.seedcompat.engine.python;

import java.math.BigInteger;
import java.util.Arrays;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.MersenneTwister;
import org.seedcompat.engine.PythonError;

/**
 * Python's {@code random.Random} (CPython's {@code _random} module): the same MT19937 as NumPy's
 * {@code RandomState} and PyTorch, seeded from an int through {@code init_by_array} on the 32-bit
 * words of {@code abs(seed)} (least significant first), with Python's {@code getstate()} layout
 * {@code (3, (key[0], ..., key[623], pos), gauss_next)}.
 *
 * <p>{@code random()} is NumPy's {@code random_sample}: {@code (a >> 5, b >> 6)} of two words over
 * 2^53. {@code getrandbits(k)} fills 32-bit words least significant first, the last word keeping its
 * top bits.
 */
public final class PythonRandom implements BitGenerator {

    private static final int N = MersenneTwister.N;

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
