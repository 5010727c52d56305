package org.seedcompat.engine.numpy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.seedcompat.engine.MersenneTwister;
import org.seedcompat.engine.PythonError;

/**
 * NumPy's {@code MT19937} bit generator: the 32-bit Mersenne Twister with NumPy's way of building
 * 64-bit words (first word is the high half) and doubles (27 + 26 bits from two words).
 *
 * <p>Instances are created by a factory named after the seeding scheme, because NumPy seeds the
 * same generator in more than one way: {@link #legacySeeded(long)} and
 * {@link #legacySeeded(long[])} are {@code RandomState}'s seeding ({@code init_genrand} and
 * {@code init_by_array}); {@link #fromSeedSequence(SeedSequence)} and {@link #seeded(Object)} are
 * {@code MT19937(seed)}'s SeedSequence seeding; {@link #fromState(int[], int)} restores a saved
 * state. Not thread-safe.
 */
public final class Mt19937 extends BaseBitGenerator<Mt19937> {

    /** NumPy's class name. */
    public static final String NAME = "MT19937";

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

    /**
     * NumPy's {@code MT19937.state} dict: {@code {'state': {'key': uint32[624], 'pos': pos}}}.
     * The key (uint32 bit patterns) is copied in and out; {@link Mt19937#setState(State)} checks
     * it as {@link Mt19937#setState(int[], int)} does.
     */
    public record State(int[] key, int pos) implements BitGeneratorState {

        public State {
            key = Objects.requireNonNull(key, "key").clone();
        }

        @Override
        public int[] key() {
            return key.clone();
        }

        @Override
        public String bitGenerator() {
            return NAME;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof State other && pos == other.pos && Arrays.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key) * 31 + pos;
        }

        @Override
        public String toString() {
            return "State[key=<" + key.length + " words>, pos=" + pos + "]";
        }
    }

    /** An empty key and no seed sequence: the factories fill in what their seeding gives. */
    private Mt19937() {
        super(null);
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

    /** A generator in the given state, with no seed sequence; see {@link #setState(int[], int)}. */
    public static Mt19937 fromState(State state) {
        Objects.requireNonNull(state, "state");
        return fromState(state.key, state.pos);
    }

    /**
     * {@code MT19937(seedSequence)}: {@code key[0] = 0x80000000}, {@code key[1..623]} from
     * {@code generate_state(624)}, and {@code pos = 623} (NumPy's loop variable left behind), so
     * the first draw tempers {@code key[623]} before the first regeneration.
     */
    public static Mt19937 fromSeedSequence(SeedSequence seedSequence) {
        Objects.requireNonNull(seedSequence, "seedSequence");
        Mt19937 mt = new Mt19937();
        int[] val = seedSequence.generateState(N);
        mt.key[0] = UPPER_MASK;
        System.arraycopy(val, 1, mt.key, 1, N - 1);
        mt.pos = N - 1;
        mt.seedSequence = seedSequence;
        return mt;
    }

    /**
     * {@code MT19937(seed)}: a {@link SeedSequence} is used as is; anything else ({@code null}
     * for OS entropy, an int, a sequence; see {@link SeedSequence#of(Object)}) is first turned
     * into one. This is not {@code RandomState(seed)}'s seeding ({@link #legacySeeded(long)}).
     */
    public static Mt19937 seeded(Object seed) {
        return fromSeedSequence(SeedSequence.fromSeed(seed));
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
        seedSequence = null; // as _legacy_seeding leaves _seed_seq
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
        seedSequence = null; // as _legacy_seeding leaves _seed_seq
    }

    /**
     * Re-seeds in place from operating-system entropy, as {@code _legacy_seeding(None)} does:
     * the key is replaced but {@code pos} is deliberately left as it was (a NumPy quirk).
     * Nondeterministic by design.
     */
    public void legacySeedFromOsEntropy() {
        fillKeyFromOsEntropy();
        seedSequence = null; // as _legacy_seeding leaves _seed_seq
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
        MersenneTwister.initGenrand(key, seed);
        pos = N;
    }

    /** The reference {@code init_by_array}. */
    private void initByArray(int[] initKey) {
        MersenneTwister.initByArray(key, initKey);
        pos = N;
    }

    /** Regenerates all N words of the key (the "twist") and rewinds pos to 0. */
    private void regenerate() {
        MersenneTwister.twist(key);
        pos = 0;
    }

    private static int temper(int y) {
        return MersenneTwister.temper(y);
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

    @Override
    Mt19937 copyState() {
        Mt19937 twin = new Mt19937();
        System.arraycopy(key, 0, twin.key, 0, N);
        twin.pos = pos;
        return twin;
    }

    /** True when {@code other} is an MT19937 in exactly the same state. */
    public boolean sameStateAs(Mt19937 other) {
        return other.pos == pos && Arrays.equals(other.key, key);
    }

    // ------------------------------------------------------------ NumpyBitGenerator

    @Override
    public String name() {
        return NAME;
    }

    /** One {@code random_raw()} word: a 32-bit output, zero-extended. */
    @Override
    public long nextRaw() {
        return Integer.toUnsignedLong(nextUint32());
    }

    @Override
    public void randomRaw(long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        final int[] mt = key;
        int p = pos;
        int i = from;
        while (i < to) {
            if (p == N) {
                regenerate();
                p = 0;
            }
            int end = Math.min(to, i + (N - p));
            for (; i < end; i++) {
                out[i] = Integer.toUnsignedLong(temper(mt[p++]));
            }
        }
        pos = p;
    }

    /** {@code spawn}'s children are seeded as {@link #fromSeedSequence} seeds. */
    @Override
    Mt19937 newChild(SeedSequence seedSequence) {
        return fromSeedSequence(seedSequence);
    }

    @Override
    public Mt19937 jumped() {
        return jumped(1L);
    }

    /**
     * {@code jumped(jumps)}: a copy whose state has been jumped {@code jumps} times, each jump
     * being NumPy's {@code mt19937_jump} (the jump polynomial x**(2**128) mod the characteristic
     * polynomial, applied by Horner's rule to the state as a window starting at {@code pos}; a
     * {@code pos} of 624 is first read as 0, without regenerating). {@code jumps <= 0} jumps
     * nothing. Like NumPy, the copy carries a fresh OS-entropy seed sequence.
     *
     * @throws PythonError OverflowError if {@code jumps} does not fit in a C long
     */
    @Override
    public Mt19937 jumped(BigInteger jumps) {
        if (jumps.bitLength() > 63) {
            throw PythonError.overflowError("Python int too large to convert to C long");
        }
        return jumped(jumps.longValue());
    }

    /** {@link #jumped(BigInteger)} for a {@code long} count. */
    public Mt19937 jumped(long jumps) {
        Mt19937 twin = copyForJump();
        if (jumps > 0) {
            long[] poly = JumpPolynomial.jump128();
            for (long j = 0; j < jumps; j++) {
                twin.jumpInPlace(poly);
            }
        }
        return twin;
    }

    @Override
    public boolean supportsJumped() {
        return true;
    }

    /** NumPy's {@code state} property. */
    @Override
    public State state() {
        return new State(key, pos);
    }

    /** NumPy's state setter; see {@link #setState(int[], int)} for the checks. */
    public void setState(State state) {
        Objects.requireNonNull(state, "state");
        setState(state.key, state.pos);
    }

    /**
     * @throws PythonError TypeError for {@code null}, ValueError "state must be for a MT19937
     *     PRNG" for another generator's state
     */
    @Override
    public void setState(BitGeneratorState state) {
        setState(requireState(state, NAME, "PRNG", State.class));
    }

    // ------------------------------------------------------------ jump

    /**
     * {@code mt19937_jump_state} with the given polynomial (coefficient {@code i} is bit
     * {@code i % 64} of word {@code i / 64}): {@code pos = 624} becomes 0, then the state, read as
     * the 624-word window starting at {@code pos}, is replaced by poly(T) applied to it, T being
     * one in-place step of the recurrence ({@code gen_next}).
     */
    void jumpInPlace(long[] poly) {
        if (pos >= N) {
            pos = 0;
        }
        int i = JumpPolynomial.MEXP - 1;
        while (i >= 0 && !coefficient(poly, i)) {
            i--;
        }
        int[] temp = new int[N];
        int tempPos = 0;
        if (i > 0) {
            System.arraycopy(key, 0, temp, 0, N);
            tempPos = genNext(temp, pos);
            for (i--; i > 0; i--) {
                if (coefficient(poly, i)) {
                    addState(temp, tempPos, key, pos);
                }
                tempPos = genNext(temp, tempPos);
            }
            if (coefficient(poly, 0)) {
                addState(temp, tempPos, key, pos);
            }
        } else if (i == 0) {
            System.arraycopy(key, 0, temp, 0, N);
            tempPos = pos;
        }
        System.arraycopy(temp, 0, key, 0, N);
        pos = tempPos;
    }

    private static boolean coefficient(long[] poly, int i) {
        return (poly[i >>> 6] >>> (i & 63) & 1) != 0;
    }

    /** One step of the recurrence at window start {@code p}: replaces {@code k[p]}; the next p. */
    static int genNext(int[] k, int p) {
        int next = p + 1 == N ? 0 : p + 1;
        int mp = p + M < N ? p + M : p + M - N;
        int y = (k[p] & UPPER_MASK) | (k[next] & LOWER_MASK);
        k[p] = k[mp] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        return next;
    }

    /** XORs the window of {@code b} (starting at {@code pb}) into that of {@code a} (at {@code pa}). */
    private static void addState(int[] a, int pa, int[] b, int pb) {
        // Up to three runs in which neither index wraps.
        int k = 0;
        while (k < N) {
            int run = Math.min(N - k, Math.min(N - pa, N - pb));
            xorRun(a, pa, b, pb, run);
            k += run;
            pa = pa + run == N ? 0 : pa + run;
            pb = pb + run == N ? 0 : pb + run;
        }
    }

    private static void xorRun(int[] a, int pa, int[] b, int pb, int length) {
        for (int k = 0; k < length; k++) {
            a[pa + k] ^= b[pb + k];
        }
    }

    /**
     * The MT19937 jump polynomial, regenerated from its definition rather than copied: the
     * characteristic polynomial phi of the MT19937 state transition (degree MEXP = 19937) is found
     * by Berlekamp-Massey from 2 * MEXP output bits, checked (its degree must be MEXP and it must
     * predict further output bits), and x**(2**k) mod phi is computed by k squarings.
     * NumPy's {@code poly_coef} table is x**(2**128) mod phi; the first {@link #jump128()} call
     * computes it (a fraction of a second), later calls reuse it.
     */
    static final class JumpPolynomial {
        static final int MEXP = 19937;
        /** Words in a polynomial of degree <= MEXP. */
        private static final int WORDS = MEXP / 64 + 1;

        private JumpPolynomial() {
        }

        private static final class Phi {
            static final long[] PHI = characteristicPolynomial();
        }

        private static final class Jump128 {
            static final long[] POLY = xToTwoToThe(128);
        }

        /** x**(2**128) mod phi: NumPy's jump polynomial (a shared array: do not modify). */
        static long[] jump128() {
            return Jump128.POLY;
        }

        /** The characteristic polynomial (bit i = coefficient of x**i; a copy). */
        static long[] characteristic() {
            return Phi.PHI.clone();
        }

        /** Degree of a polynomial, -1 for zero. */
        static int degree(long[] poly) {
            for (int w = poly.length - 1; w >= 0; w--) {
                if (poly[w] != 0) {
                    return 64 * w + 63 - Long.numberOfLeadingZeros(poly[w]);
                }
            }
            return -1;
        }

        private static long[] characteristicPolynomial() {
            int extra = 1000;
            int n = 2 * MEXP + extra;
            // Output bit 0 of a legacy-seeded MT19937 (any non-zero linear functional will do).
            Mt19937 source = Mt19937.legacySeeded(5489);
            long[] seq = new long[(n + 63) / 64 + 1];
            for (int i = 0; i < n; i++) {
                seq[i >>> 6] |= (long) (source.nextUint32() & 1) << (i & 63);
            }
            long[] connection = berlekampMassey(seq, 2 * MEXP);
            int length = connection.length == 0 ? -1 : (int) connection[connection.length - 1];
            if (length != MEXP) {
                throw new IllegalStateException("MT19937 linear complexity " + length
                        + ", expected " + MEXP);
            }
            // phi(x) = x**L * C(1/x): coefficient i of phi is coefficient L - i of C.
            long[] phi = new long[WORDS];
            for (int i = 0; i <= MEXP; i++) {
                int c = MEXP - i;
                if ((connection[c >>> 6] >>> (c & 63) & 1) != 0) {
                    phi[i >>> 6] |= 1L << (i & 63);
                }
            }
            // Check: the recurrence must predict every bit beyond those it was fitted to.
            for (int t = MEXP; t < n; t++) {
                int sum = 0;
                for (int i = 0; i <= MEXP; i++) {
                    if ((phi[i >>> 6] >>> (i & 63) & 1) != 0) {
                        sum ^= (int) (seq[(t - MEXP + i) >>> 6] >>> ((t - MEXP + i) & 63)) & 1;
                    }
                }
                if (sum != 0) {
                    throw new IllegalStateException("characteristic polynomial fails at bit " + t);
                }
                if (t == MEXP + 200) {
                    t = n - 200; // a sample from the start and the end is enough
                }
            }
            return phi;
        }

        /**
         * Berlekamp-Massey over GF(2) on the first {@code n} bits of {@code seq}. Returns the
         * connection polynomial C (bit i = c_i, c_0 = 1) in words, with the linear complexity L
         * appended as a final extra element.
         */
        static long[] berlekampMassey(long[] seq, int n) {
            int words = n / 64 + 2;
            // rev holds the sequence reversed: bit t of rev is s[n - 1 - t].
            long[] rev = new long[words + 1];
            for (int t = 0; t < n; t++) {
                int src = n - 1 - t;
                if ((seq[src >>> 6] >>> (src & 63) & 1) != 0) {
                    rev[t >>> 6] |= 1L << (t & 63);
                }
            }
            long[] c = new long[words];
            long[] b = new long[words];
            long[] tmp = new long[words];
            c[0] = 1;
            b[0] = 1;
            int l = 0;
            int m = 1;
            for (int i = 0; i < n; i++) {
                // d = sum_{j=0..L} c_j s_{i-j}; s_{i-j} is bit (n - 1 - i + j) of rev.
                long acc = dot(c, rev, n - 1 - i, l);
                if (Long.bitCount(acc) % 2 == 0) {
                    m++;
                } else if (2 * l <= i) {
                    System.arraycopy(c, 0, tmp, 0, words);
                    xorShifted(c, b, m, (l >>> 6) + 2);
                    l = i + 1 - l;
                    System.arraycopy(tmp, 0, b, 0, words);
                    m = 1;
                } else {
                    xorShifted(c, b, m, (l >>> 6) + 2);
                    m++;
                }
            }
            long[] out = Arrays.copyOf(c, words + 1);
            out[words] = l;
            return out;
        }

        /** The AND of c's coefficients 0..l with rev's bits from {@code off} on, folded to a word. */
        private static long dot(long[] c, long[] rev, int off, int l) {
            int wordOff = off >>> 6;
            int bitOff = off & 63;
            int lastWord = l >>> 6;
            long acc = 0;
            if (bitOff == 0) {
                for (int w = 0; w < lastWord; w++) {
                    acc ^= c[w] & rev[wordOff + w];
                }
            } else {
                for (int w = 0; w < lastWord; w++) {
                    long r = rev[wordOff + w] >>> bitOff | rev[wordOff + w + 1] << (64 - bitOff);
                    acc ^= c[w] & r;
                }
            }
            long r = rev[wordOff + lastWord] >>> bitOff;
            if (bitOff != 0 && wordOff + lastWord + 1 < rev.length) {
                r |= rev[wordOff + lastWord + 1] << (64 - bitOff);
            }
            int keep = (l & 63) + 1;
            return acc ^ (c[lastWord] & r & (keep == 64 ? -1L : (1L << keep) - 1));
        }

        /**
         * dst ^= src << shift, for a src whose non-zero words are among its first
         * {@code srcWords} (bits beyond dst's length are dropped).
         */
        private static void xorShifted(long[] dst, long[] src, int shift, int srcWords) {
            int wordShift = shift >>> 6;
            int bitShift = shift & 63;
            int last = Math.min(srcWords, src.length); // src word whose high bits may spill over
            for (int s = Math.min(last, dst.length - 1 - wordShift); s >= 0; s--) {
                long v = s < src.length ? src[s] << bitShift : 0;
                if (bitShift != 0 && s > 0) {
                    v |= src[s - 1] >>> (64 - bitShift);
                }
                dst[wordShift + s] ^= v;
            }
        }

        /** x**(2**k) mod phi, by k squarings of x (bit i = coefficient of x**i). */
        static long[] xToTwoToThe(int k) {
            long[] phi = Phi.PHI;
            // phi shifted left by 0..63 bits, so reduction XORs whole words.
            long[][] shifted = new long[64][WORDS + 1];
            for (int s = 0; s < 64; s++) {
                xorShifted(shifted[s], Arrays.copyOf(phi, WORDS + 1), s, WORDS + 1);
            }
            long[] r = new long[WORDS];
            r[0] = 2; // x
            long[] wide = new long[2 * WORDS + 1];
            for (int step = 0; step < k; step++) {
                Arrays.fill(wide, 0);
                for (int w = 0; w < WORDS; w++) {
                    wide[2 * w] = spread((int) r[w]);
                    wide[2 * w + 1] = spread((int) (r[w] >>> 32));
                }
                reduce(wide, shifted);
                System.arraycopy(wide, 0, r, 0, WORDS);
            }
            return r;
        }

        /** Clears every coefficient of degree >= MEXP of {@code wide} by adding shifted phi. */
        private static void reduce(long[] wide, long[][] shifted) {
            for (int word = (2 * MEXP - 2) >>> 6; word >= MEXP >>> 6; word--) {
                while (true) {
                    long bits = wide[word];
                    if (word == MEXP >>> 6) {
                        bits &= -1L << (MEXP & 63); // lower degrees stay
                    }
                    if (bits == 0) {
                        break;
                    }
                    int delta = 64 * word + 63 - Long.numberOfLeadingZeros(bits) - MEXP;
                    xorInto(wide, delta >>> 6, shifted[delta & 63]);
                }
            }
        }

        private static void xorInto(long[] dst, int base, long[] src) {
            for (int w = 0; w < src.length; w++) {
                dst[base + w] ^= src[w];
            }
        }

        /** The 32 bits of {@code x} moved to the even bit positions of a long (GF(2) squaring). */
        private static long spread(int x) {
            long v = Integer.toUnsignedLong(x);
            v = (v | (v << 16)) & 0x0000FFFF0000FFFFL;
            v = (v | (v << 8)) & 0x00FF00FF00FF00FFL;
            v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0FL;
            v = (v | (v << 2)) & 0x3333333333333333L;
            v = (v | (v << 1)) & 0x5555555555555555L;
            return v;
        }
    }

    @Override
    public String toString() {
        return "MT19937(pos=" + pos + ")";
    }
}
