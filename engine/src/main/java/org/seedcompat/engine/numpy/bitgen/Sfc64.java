package org.seedcompat.engine.numpy.bitgen;

import java.util.Arrays;
import java.util.Objects;
import org.seedcompat.engine.PythonError;

/**
 * NumPy's {@code SFC64}: Chris Doty-Humphrey's Small Fast Chaotic generator (256-bit state, the
 * last word a counter), seeded from three SeedSequence words and twelve discarded rounds, with the
 * low-half-first uint32 buffer. NumPy gives it neither {@code advance} nor {@code jumped}; those
 * raise NumPy's AttributeError here. Not thread-safe.
 */
public final class Sfc64 extends LongBitGenerator<Sfc64> {

    /** NumPy's class name. */
    public static final String NAME = "SFC64";

    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /**
     * NumPy's {@code SFC64.state} dict: {@code {'state': {'state': uint64[4]}, 'has_uint32',
     * 'uinteger'}}. The array is copied in and out.
     *
     * @param state the four state words (uint64 bit patterns: a, b, c and the counter)
     * @param hasUint32 non-zero when {@code uinteger} holds a buffered high half
     * @param uinteger the buffered uint32, in [0, 2**32)
     */
    public record State(long[] state, int hasUint32, long uinteger) implements BitGeneratorState {

        /**
         * @throws PythonError ValueError unless there are 4 words; OverflowError for a bad
         *     {@code uinteger}
         */
        public State {
            Objects.requireNonNull(state, "state");
            if (state.length != 4) {
                throw PythonError.valueError("could not broadcast input array from shape ("
                        + state.length + ",) into shape (4,)");
            }
            state = state.clone();
            Uint128.requireUint32(uinteger);
        }

        @Override
        public long[] state() {
            return state.clone();
        }

        @Override
        public String bitGenerator() {
            return NAME;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof State other && Arrays.equals(state, other.state)
                    && hasUint32 == other.hasUint32 && uinteger == other.uinteger;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(state) * 31 + hasUint32 * 17 + Long.hashCode(uinteger);
        }

        @Override
        public String toString() {
            return "State[state=" + Arrays.toString(state) + ", hasUint32=" + hasUint32
                    + ", uinteger=" + uinteger + "]";
        }
    }

    /** {@code SFC64()}: seeded from a fresh OS-entropy {@link SeedSequence}. */
    public Sfc64() {
        this(new SeedSequence());
    }

    /** {@code SFC64(seedSequence)}: {@code generate_state(3, uint64)}, counter 1, 12 rounds. */
    public Sfc64(SeedSequence seedSequence) {
        super(Objects.requireNonNull(seedSequence, "seedSequence"));
        long[] v = seedSequence.generateStateUint64(3);
        s0 = v[0];
        s1 = v[1];
        s2 = v[2];
        s3 = 1;
        for (int i = 0; i < 12; i++) {
            nextUint64();
        }
    }

    private Sfc64(State state) {
        super(null);
        setState(state);
    }

    /** {@code SFC64(seed)}: see {@link Pcg64#seeded(Object)}. */
    public static Sfc64 seeded(Object seed) {
        return new Sfc64(PythonSeeds.seedSequence(seed));
    }

    /** A generator in the given state, with no seed sequence. */
    public static Sfc64 fromState(State state) {
        return new Sfc64(Objects.requireNonNull(state, "state"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long nextUint64() {
        long tmp = s0 + s1 + s3;
        s3++;
        s0 = s1 ^ (s1 >>> 11);
        s1 = s2 + (s2 << 3);
        s2 = Long.rotateLeft(s2, 24) + tmp;
        return tmp;
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

    @Override
    void fill(long[] raw, double[] doubles, int from, int to) {
        long a = s0;
        long b = s1;
        long c = s2;
        long counter = s3;
        for (int i = from; i < to; i++) {
            long tmp = a + b + counter;
            counter++;
            a = b ^ (b >>> 11);
            b = c + (c << 3);
            c = Long.rotateLeft(c, 24) + tmp;
            put(raw, doubles, i, tmp);
        }
        s0 = a;
        s1 = b;
        s2 = c;
        s3 = counter;
    }

    @Override
    Sfc64 newChild(SeedSequence seedSequence) {
        return new Sfc64(seedSequence);
    }

    @Override
    Sfc64 copyState() {
        return new Sfc64(state());
    }

    @Override
    public State state() {
        return new State(new long[] {s0, s1, s2, s3}, hasUint32, bufferedUint32());
    }

    /** NumPy's state setter. */
    public void setState(State state) {
        Objects.requireNonNull(state, "state");
        long[] s = state.state();
        s0 = s[0];
        s1 = s[1];
        s2 = s[2];
        s3 = s[3];
        setUint32(state.hasUint32(), state.uinteger());
    }

    /**
     * @throws PythonError TypeError for {@code null}; for another generator's state, NumPy's
     *     ValueError, whose message (a NumPy bug: a missing f-string prefix) is literally
     *     "state must be for a {self.__class__.__name__} RNG"
     */
    @Override
    public void setState(BitGeneratorState state) {
        if (state == null) {
            throw PythonError.typeError("state must be a dict");
        }
        if (!NAME.equals(state.bitGenerator()) || !(state instanceof State)) {
            throw PythonError.valueError("state must be for a {self.__class__.__name__} RNG");
        }
        setState((State) state);
    }

    @Override
    public String toString() {
        return "SFC64(counter=" + Long.toUnsignedString(s3) + ")";
    }
}
