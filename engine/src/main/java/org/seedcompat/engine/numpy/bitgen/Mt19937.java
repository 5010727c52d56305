package org.seedcompat.engine.numpy.bitgen;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.internal.MersenneTwister;

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
    private static final int UPPER_MASK = 0x80000000;
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
        return fromSeedSequence(PythonSeeds.seedSequence(seed));
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
    public static void requireValidPos(int pos) {
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
            long[] poly = Mt19937JumpPolynomial.jump128();
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

    /** Jumps this state by {@code poly} in place; the algebra lives in {@link Mt19937Jump}. */
    void jumpInPlace(long[] poly) {
        pos = Mt19937Jump.jumpState(key, pos, poly);
    }

    @Override
    public String toString() {
        return "MT19937(pos=" + pos + ")";
    }
}
