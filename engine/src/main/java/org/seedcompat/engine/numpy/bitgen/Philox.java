package org.seedcompat.engine.numpy.bitgen;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.seedcompat.engine.PythonError;

/**
 * NumPy's {@code Philox}: the Philox 4x64-10 counter-based generator (Salmon et al., Random123).
 * Each block encrypts a 256-bit counter under a 128-bit key into four 64-bit words, handed out in
 * order; the counter is incremented <em>before</em> each block, so a fresh generator's first block
 * encrypts {@code counter + 1}. {@code advance(n)} moves the counter by {@code n} blocks (4n
 * words, whatever NumPy's docstring says) and {@code jumped} by 2**128 blocks.
 *
 * <p>Seeding as {@code Philox(seed=None, counter=None, key=None)}: the key comes from the seed
 * sequence ({@code generate_state(2, uint64)}) unless given explicitly, in which case there is no
 * seed sequence (and {@link #spawn(int)} raises NumPy's TypeError). Not thread-safe.
 */
public final class Philox extends JumpableLongBitGenerator<Philox> {

    /** NumPy's class name. */
    public static final String NAME = "Philox";

    private static final long MULT_0 = 0xD2E7470EE14C6C93L;
    private static final long MULT_1 = 0xCA5A826395121157L;
    private static final long BUMP_0 = 0x9E3779B97F4A7C15L;
    private static final long BUMP_1 = 0xBB67AE8584CAA73BL;
    private static final int BUFFER_SIZE = 4;
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);
    private static final BigInteger MASK_256 = TWO_256.subtract(BigInteger.ONE);

    private final long[] ctr = new long[4];
    private final long[] key = new long[2];
    private final long[] buffer = new long[BUFFER_SIZE];
    private int bufferPos;

    /**
     * NumPy's {@code Philox.state} dict: {@code {'state': {'counter': uint64[4], 'key':
     * uint64[2]}, 'buffer': uint64[4], 'buffer_pos', 'has_uint32', 'uinteger'}}. Arrays are
     * copied in and out; words are uint64 bit patterns, least significant first.
     *
     * @param bufferPos index of the next buffered word; 4 (or more) means "encrypt a new block"
     */
    public record State(long[] counter, long[] key, long[] buffer, int bufferPos, int hasUint32,
            long uinteger) implements BitGeneratorState {

        /**
         * @throws PythonError ValueError for arrays of the wrong length or a negative
         *     {@code bufferPos} (NumPy would read outside its buffer); OverflowError for a bad
         *     {@code uinteger}
         */
        public State {
            counter = words(counter, 4, "counter");
            key = words(key, 2, "key");
            buffer = words(buffer, BUFFER_SIZE, "buffer");
            if (bufferPos < 0) {
                throw PythonError.valueError("buffer_pos must be non-negative, got " + bufferPos);
            }
            Uint128.requireUint32(uinteger);
        }

        private static long[] words(long[] words, int length, String name) {
            Objects.requireNonNull(words, name);
            if (words.length != length) {
                throw PythonError.valueError(name + " must have " + length + " elements, got "
                        + words.length);
            }
            return words.clone();
        }

        @Override
        public long[] counter() {
            return counter.clone();
        }

        @Override
        public long[] key() {
            return key.clone();
        }

        @Override
        public long[] buffer() {
            return buffer.clone();
        }

        @Override
        public String bitGenerator() {
            return NAME;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof State other && Arrays.equals(counter, other.counter)
                    && Arrays.equals(key, other.key) && Arrays.equals(buffer, other.buffer)
                    && bufferPos == other.bufferPos && hasUint32 == other.hasUint32
                    && uinteger == other.uinteger;
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(counter), Arrays.hashCode(key),
                    Arrays.hashCode(buffer), bufferPos, hasUint32, uinteger);
        }

        @Override
        public String toString() {
            return "State[counter=" + Arrays.toString(counter) + ", key=" + Arrays.toString(key)
                    + ", buffer=" + Arrays.toString(buffer) + ", bufferPos=" + bufferPos
                    + ", hasUint32=" + hasUint32 + ", uinteger=" + uinteger + "]";
        }
    }

    /** {@code Philox()}: key from a fresh OS-entropy {@link SeedSequence}, counter 0. */
    public Philox() {
        this(new SeedSequence());
    }

    /** {@code Philox(seedSequence)}: key from {@code generate_state(2, uint64)}, counter 0. */
    public Philox(SeedSequence seedSequence) {
        this(seedSequence, BigInteger.ZERO);
    }

    /**
     * {@code Philox(seedSequence, counter=counter)}.
     *
     * @throws PythonError ValueError unless {@code 0 <= counter < 2**256}
     */
    public Philox(SeedSequence seedSequence, BigInteger counter) {
        this(Objects.requireNonNull(seedSequence, "seedSequence"), intWords(counter, "counter", 256));
    }

    /** Key from the seed sequence, counter given as 4 checked words. */
    Philox(SeedSequence seedSequence, long[] counter) {
        super(seedSequence);
        System.arraycopy(seedSequence.generateStateUint64(2), 0, key, 0, 2);
        System.arraycopy(counter, 0, this.ctr, 0, 4);
        resetBuffers();
    }

    /** An explicit key and counter (2 and 4 checked words), no seed sequence. */
    Philox(long[] key, long[] counter) {
        super(null);
        System.arraycopy(key, 0, this.key, 0, 2);
        System.arraycopy(counter, 0, this.ctr, 0, 4);
        resetBuffers();
    }

    private Philox(State state) {
        super(null);
        setState(state);
    }

    /** {@code Philox(seed)}: see {@link Pcg64#seeded(Object)}. */
    public static Philox seeded(Object seed) {
        return new Philox(PythonSeeds.seedSequence(seed));
    }

    /**
     * {@code Philox(key=key)}: an explicit 128-bit key, counter 0, no seed sequence.
     *
     * @throws PythonError ValueError unless {@code 0 <= key < 2**128}
     */
    public static Philox withKey(BigInteger key) {
        return withKey(key, BigInteger.ZERO);
    }

    /**
     * {@code Philox(key=key, counter=counter)}.
     *
     * @throws PythonError ValueError unless {@code 0 <= key < 2**128} and
     *     {@code 0 <= counter < 2**256}
     */
    public static Philox withKey(BigInteger key, BigInteger counter) {
        long[] k = intWords(key, "key", 128);
        return new Philox(k, intWords(counter, "counter", 256));
    }

    /**
     * {@code Philox(key=key, counter=counter)} with the key and counter as arrays of 2 and 4
     * uint64 words (least significant first), as NumPy's array form takes them.
     *
     * @throws PythonError ValueError for the wrong number of words
     */
    public static Philox withKey(long[] key, long[] counter) {
        return new Philox(arrayWords(key, "key", 128), arrayWords(counter, "counter", 256));
    }

    /**
     * {@code Philox(seed, counter, key)} with Python-like arguments, in NumPy's order of checks
     * (mirrors Python's coercion, for callers holding Python values; Java code should use the
     * constructors and {@link #withKey} instead). {@code seed}: {@code null}, a
     * {@link SeedSequence} or any {@link SeedSequence#of(Object)} entropy. {@code counter} and
     * {@code key}: {@code null} (counter 0 / key from the seed), an int ({@link BigInteger},
     * {@link Long}, {@link Integer}), or the array form ({@code long[]} or a {@link List} of ints).
     *
     * @throws PythonError ValueError "seed and key cannot be both used", or NumPy's range and
     *     length errors for the key and counter
     */
    public static Philox create(Object seed, Object counter, Object key) {
        return PythonSeeds.philox(seed, counter, key);
    }

    /** A generator in the given state, with no seed sequence. */
    public static Philox fromState(State state) {
        return new Philox(Objects.requireNonNull(state, "state"));
    }

    /** NumPy's {@code int_to_array} for a scalar: little-endian uint64 words, range-checked. */
    static long[] intWords(BigInteger value, String name, int bits) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.bitLength() > bits) {
            throw PythonError.valueError(name + " must be positive and less than 2**" + bits + ".");
        }
        long[] out = new long[bits / 64];
        for (int i = 0; i < out.length; i++) {
            out[i] = value.shiftRight(64 * i).longValue();
        }
        return out;
    }

    /** NumPy's {@code int_to_array} for an array: exactly {@code bits / 64} words. */
    static long[] arrayWords(long[] value, String name, int bits) {
        Objects.requireNonNull(value, name);
        if (value.length != bits / 64) {
            throw PythonError.valueError(
                    name + " must have " + bits / 64 + " elements when using array form");
        }
        return value.clone();
    }

    private void resetBuffers() {
        resetUint32();
        bufferPos = BUFFER_SIZE;
        Arrays.fill(buffer, 0);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Increments the 256-bit counter by one. */
    private static void increment(long[] c) {
        if (++c[0] == 0 && ++c[1] == 0 && ++c[2] == 0) {
            ++c[3];
        }
    }

    /** Philox4x64-10 of counter {@code c} under key {@code k}, into {@code out[at, at + 4)}. */
    private static void encrypt(long[] c, long[] k, long[] out, int at) {
        long c0 = c[0];
        long c1 = c[1];
        long c2 = c[2];
        long c3 = c[3];
        long k0 = k[0];
        long k1 = k[1];
        for (int round = 0; round < 10; round++) {
            if (round > 0) {
                k0 += BUMP_0;
                k1 += BUMP_1;
            }
            long hi0 = Uint128.unsignedMultiplyHigh(MULT_0, c0);
            long lo0 = MULT_0 * c0;
            long hi1 = Uint128.unsignedMultiplyHigh(MULT_1, c2);
            long lo1 = MULT_1 * c2;
            c0 = hi1 ^ c1 ^ k0;
            c1 = lo1;
            c2 = hi0 ^ c3 ^ k1;
            c3 = lo0;
        }
        out[at] = c0;
        out[at + 1] = c1;
        out[at + 2] = c2;
        out[at + 3] = c3;
    }

    @Override
    public long nextUint64() {
        if (bufferPos < BUFFER_SIZE) {
            return buffer[bufferPos++];
        }
        increment(ctr);
        encrypt(ctr, key, buffer, 0);
        bufferPos = 1;
        return buffer[0];
    }

    /** The low half of a fresh 64-bit word; its high half is kept for the next call. */
    @Override
    public int nextUint32() {
        return hasUint32 != 0 ? takeBufferedUint32() : lowHalfKeepingHigh(nextUint64());
    }

    @Override
    public double nextDouble() {
        return toDouble(nextUint64());
    }

    /**
     * Hands out the buffered words, encrypting a block into the buffer whenever it is used up;
     * afterwards the buffer holds the last block and position exactly as word-by-word draws would
     * leave them.
     */
    @Override
    void fill(long[] raw, double[] doubles, int from, int to) {
        int pos = bufferPos;
        for (int i = from; i < to; i++) {
            if (pos >= BUFFER_SIZE) {
                increment(ctr);
                encrypt(ctr, key, buffer, 0);
                pos = 0;
            }
            put(raw, doubles, i, buffer[pos++]);
        }
        bufferPos = pos;
    }

    /**
     * {@code advance(delta)}: adds {@code delta} (modulo 2**256; negative values go back) to the
     * counter, i.e. skips {@code delta} blocks of four words, and clears all buffered output.
     */
    @Override
    public Philox advance(BigInteger delta) {
        BigInteger d = delta.and(MASK_256);
        long carry = 0;
        for (int i = 0; i < 4; i++) {
            long step = d.shiftRight(64 * i).longValue();
            long sum = ctr[i] + step;
            long carryOut = Long.compareUnsigned(sum, ctr[i]) < 0 ? 1 : 0;
            ctr[i] = sum + carry;
            if (carry == 1 && ctr[i] == 0) {
                carryOut = 1; // sum was all ones; at most one of the two carries can happen
            }
            carry = carryOut;
        }
        resetBuffers();
        return this;
    }

    /** {@code jumps * 2**128} blocks: {@code jumped(jumps)}'s copy moves that far. */
    @Override
    BigInteger jumpDelta(BigInteger jumps) {
        return jumps.shiftLeft(128);
    }

    @Override
    Philox newChild(SeedSequence seedSequence) {
        return new Philox(seedSequence);
    }

    @Override
    Philox copyState() {
        return new Philox(state());
    }

    @Override
    public State state() {
        return new State(ctr.clone(), key.clone(), buffer.clone(), bufferPos, hasUint32,
                bufferedUint32());
    }

    /** NumPy's state setter. */
    public void setState(State state) {
        Objects.requireNonNull(state, "state");
        System.arraycopy(state.counter(), 0, ctr, 0, 4);
        System.arraycopy(state.key(), 0, key, 0, 2);
        System.arraycopy(state.buffer(), 0, buffer, 0, BUFFER_SIZE);
        bufferPos = state.bufferPos();
        setUint32(state.hasUint32(), state.uinteger());
    }

    /**
     * @throws PythonError TypeError for {@code null}, ValueError "state must be for a Philox PRNG"
     *     for another generator's state
     */
    @Override
    public void setState(BitGeneratorState state) {
        setState(requireState(state, NAME, "PRNG", State.class));
    }

    @Override
    public String toString() {
        return "Philox(counter=" + Arrays.toString(ctr) + ", bufferPos=" + bufferPos + ")";
    }
}
