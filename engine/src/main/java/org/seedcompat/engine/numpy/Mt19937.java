package org.seedcompat.engine.numpy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.PythonError;

/**
 * NumPy's {@code MT19937} bit generator: the 32-bit Mersenne Twister with NumPy's way of building
 * 64-bit words (first word is the high half) and doubles (27 + 26 bits from two words).
 *
 * <p>Instances are created by a factory named after the seeding scheme, because NumPy seeds the
 * same generator in more than one way: {@link #legacySeeded(long)} and
 * {@link #legacySeeded(long[])} are {@code RandomState}'s seeding ({@code init_genrand} and
 * {@code init_by_array}); {@link #fromState(int[], int)} restores a saved state. Not thread-safe.
 */
public final class Mt19937 implements BitGenerator {

    /** Number of 32-bit words in the state ({@code RK_STATE_LEN}). */
    public static final int STATE_LENGTH = 624;

    private static final int N = STATE_LENGTH;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final long MAX_SEED = 0xFFFFFFFFL;
    private static final String SEED_RANGE_MESSAGE = "Seed must be between 0 and 2**32 - 1";

    private final int[] key = new int[N];
    /** Index of the next word of {@link #key} to temper; {@code N} means "regenerate first". */
    private int pos;

    private Mt19937() {
    }

    /**
     * A generator seeded as {@code RandomState(seed)} seeds it: Knuth's {@code init_genrand}.
     *
     * @throws PythonError ValueError unless {@code 0 <= seed <= 2**32 - 1}
     */
    public static Mt19937 legacySeeded(long seed) {
        Mt19937 mt = new Mt19937();
        mt.legacySeed(seed);
        return mt;
    }

    /**
     * A generator seeded as {@code RandomState([s0, s1, ...])} seeds it: {@code init_by_array}.
     * A Java array always takes this path, like a Python list; NumPy squeezes a one-element
     * <em>ndarray</em> to a scalar first, so callers holding an ndarray of shape {@code (1,)}
     * must use {@link #legacySeeded(long)} instead.
     *
     * @throws PythonError ValueError for an empty array or a value outside {@code [0, 2**32 - 1]}
     */
    public static Mt19937 legacySeeded(long[] seedArray) {
        Mt19937 mt = new Mt19937();
        mt.legacySeed(seedArray);
        return mt;
    }

    /** A generator in the given state; see {@link #setState(int[], int)}. */
    public static Mt19937 fromState(int[] key, int pos) {
        Mt19937 mt = new Mt19937();
        mt.setState(key, pos);
        return mt;
    }

    /**
     * A generator seeded from operating-system entropy, laid out as NumPy's {@code MT19937()}
     * lays out SeedSequence output: {@code key[0] = 0x80000000}, {@code pos = 623}.
     * Nondeterministic by design.
     */
    public static Mt19937 fromOsEntropy() {
        Mt19937 mt = new Mt19937();
        mt.fillKeyFromOsEntropy();
        mt.pos = N - 1; // NumPy leaves its loop variable (623) in pos
        return mt;
    }

    /**
     * Re-seeds in place with {@code init_genrand(seed)}, as {@code _legacy_seeding(int)} does.
     *
     * @throws PythonError ValueError unless {@code 0 <= seed <= 2**32 - 1}
     */
    public void legacySeed(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw PythonError.valueError(SEED_RANGE_MESSAGE);
        }
        initGenrand((int) seed);
    }

    /**
     * Re-seeds in place with {@code init_by_array(seedArray)}, as {@code _legacy_seeding(list)}
     * does.
     *
     * @throws PythonError ValueError for an empty array or a value outside {@code [0, 2**32 - 1]}
     */
    public void legacySeed(long[] seedArray) {
        Objects.requireNonNull(seedArray, "seedArray");
        if (seedArray.length == 0) {
            throw PythonError.valueError("Seed must be non-empty");
        }
        int[] words = new int[seedArray.length];
        for (int i = 0; i < seedArray.length; i++) {
            long s = seedArray[i];
            if (s < 0 || s > MAX_SEED) {
                throw PythonError.valueError(SEED_RANGE_MESSAGE);
            }
            words[i] = (int) s;
        }
        initByArray(words);
    }

    /**
     * Re-seeds in place from operating-system entropy, as {@code _legacy_seeding(None)} does:
     * the key is replaced but {@code pos} is deliberately left as it was (a NumPy quirk).
     * Nondeterministic by design.
     */
    public void legacySeedFromOsEntropy() {
        fillKeyFromOsEntropy();
    }

    private void fillKeyFromOsEntropy() {
        SecureRandom entropy = new SecureRandom();
        key[0] = UPPER_MASK; // guarantees a non-zero state
        for (int i = 1; i < N; i++) {
            key[i] = entropy.nextInt();
        }
    }

    /** Knuth's initialiser from the MT reference code; leaves pos = N so the first draw regenerates. */
    private void initGenrand(int seed) {
        key[0] = seed;
        for (int i = 1; i < N; i++) {
            int prev = key[i - 1];
            key[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
        pos = N;
    }

    /** The reference {@code init_by_array}; all arithmetic is mod 2**32, which int gives us. */
    private void initByArray(int[] initKey) {
        initGenrand(19650218);
        int[] mt = key;
        int length = initKey.length;
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, length); k > 0; k--) {
            int prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + initKey[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = mt[i - 1];
            mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = UPPER_MASK; // guarantees a non-zero state
        pos = N;
    }

    /** Regenerates all N words of the key (the "twist") and rewinds pos to 0. */
    private void regenerate() {
        int[] mt = key;
        int i = 0;
        for (; i < N - M; i++) {
            int y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; i < N - 1; i++) {
            int y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        pos = 0;
    }

    private static int temper(int y) {
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    @Override
    public int nextUint32() {
        if (pos == N) {
            regenerate();
        }
        return temper(key[pos++]);
    }

    /** Two words, the first one drawn becoming the high half (as GCC orders NumPy's expression). */
    @Override
    public long nextUint64() {
        long high = nextUint32() & 0xFFFFFFFFL;
        long low = nextUint32() & 0xFFFFFFFFL;
        return high << 32 | low;
    }

    /** 27 bits from one word and 26 from the next: {@code (a*2**26 + b) / 2**53}. */
    @Override
    public double nextDouble() {
        int a = nextUint32() >>> 5;
        int b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** As repeated {@link #nextDouble()}, but keeps the key and position in locals. */
    @Override
    public void nextDoubles(double[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        final int[] mt = key;
        int p = pos;
        int i = from;
        while (i < to) {
            if (p >= N - 1) {
                // A double straddling (or starting at) the end of the key: the slow, checked way.
                if (p == N) {
                    regenerate();
                    p = 0;
                }
                int a = temper(mt[p++]) >>> 5;
                if (p == N) {
                    regenerate();
                    p = 0;
                }
                int b = temper(mt[p++]) >>> 6;
                out[i++] = (a * 67108864.0 + b) / 9007199254740992.0;
                continue;
            }
            // As many doubles as the key still holds word pairs for, with no bounds checks per word.
            int end = Math.min(to, i + (N - p) / 2);
            for (; i < end; i++, p += 2) {
                int a = temper(mt[p]) >>> 5;
                int b = temper(mt[p + 1]) >>> 6;
                out[i] = (a * 67108864.0 + b) / 9007199254740992.0;
            }
        }
        pos = p;
    }

    /** A copy of the 624 key words (uint32 bit patterns), as {@code state['state']['key']}. */
    public int[] key() {
        return key.clone();
    }

    /** Index of the next key word to use, as {@code state['state']['pos']}; 624 means "twist first". */
    public int pos() {
        return pos;
    }

    /**
     * Sets the state as NumPy's {@code MT19937.state} setter does: the first 624 words of
     * {@code key} are copied (extra words are ignored, as NumPy ignores them).
     *
     * <p>Differences from NumPy, both for inputs NumPy cannot handle sanely: a {@code pos}
     * outside {@code [0, 624]} is rejected up front (NumPy stores it and then reads memory outside
     * the key); a key shorter than 624 words raises NumPy's IndexError, after copying the words
     * that exist, as NumPy's element-by-element copy does.
     *
     * @throws PythonError ValueError for a bad {@code pos}; IndexError for a short key
     */
    public void setState(int[] key, int pos) {
        Objects.requireNonNull(key, "key");
        requireValidPos(pos);
        int available = Math.min(key.length, N);
        System.arraycopy(key, 0, this.key, 0, available);
        if (available < N) {
            throw new PythonError("IndexError", "index " + key.length
                    + " is out of bounds for axis 0 with size " + key.length);
        }
        this.pos = pos;
    }

    /** Rejects a position outside [0, 624], which NumPy would accept and then misbehave on. */
    static void requireValidPos(int pos) {
        if (pos < 0 || pos > N) {
            throw PythonError.valueError("pos must be between 0 and " + N + ", got " + pos);
        }
    }

    /** An independent generator in the same state. */
    public Mt19937 copy() {
        Mt19937 twin = new Mt19937();
        System.arraycopy(key, 0, twin.key, 0, N);
        twin.pos = pos;
        return twin;
    }

    /** True when {@code other} is an MT19937 in exactly the same state. */
    public boolean sameStateAs(Mt19937 other) {
        return other.pos == pos && Arrays.equals(other.key, key);
    }

    @Override
    public String toString() {
        return "MT19937(pos=" + pos + ")";
    }
}
