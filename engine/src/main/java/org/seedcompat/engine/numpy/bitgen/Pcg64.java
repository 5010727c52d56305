package org.seedcompat.engine.numpy.bitgen;

import java.math.BigInteger;
import java.util.Objects;
import org.seedcompat.engine.PythonError;

/**
 * NumPy's {@code PCG64}: O'Neill's PCG XSL-RR 128/64, a 128-bit LCG (advance, then output) with
 * NumPy's SeedSequence seeding, {@code advance}, {@code jumped} and low-half-first uint32 buffer.
 *
 * <p>{@code new Pcg64(seedSequence)} is {@code PCG64(seed_seq)}; {@link #seeded(Object)} takes
 * anything {@code PCG64(seed)} does. {@code jumped(jumps)} advances a copy by
 * {@code jumps * 0x9e3779b97f4a7c15f39cc0605cedc835} (modulo 2**128). Not thread-safe.
 */
public final class Pcg64 extends Pcg128BitGenerator<Pcg64> {

    /** NumPy's class name. */
    public static final String NAME = "PCG64";

    /**
     * NumPy's {@code PCG64.state} dict: {@code {'state': {'state': state, 'inc': inc},
     * 'has_uint32': hasUint32, 'uinteger': uinteger}}. {@code inc} is the stored (odd, shifted)
     * increment.
     *
     * @param state the 128-bit LCG state, in [0, 2**128)
     * @param inc the 128-bit increment, in [0, 2**128) (NumPy does not force it odd)
     * @param hasUint32 non-zero when {@code uinteger} holds a buffered high half
     * @param uinteger the buffered uint32, in [0, 2**32)
     */
    public record State(BigInteger state, BigInteger inc, int hasUint32, long uinteger)
            implements BitGeneratorState {

        /** @throws PythonError OverflowError for out-of-range values, with NumPy's messages */
        public State {
            checkState(state, inc, uinteger);
        }

        @Override
        public String bitGenerator() {
            return NAME;
        }
    }

    /** {@code PCG64()}: seeded from a fresh OS-entropy {@link SeedSequence}. */
    public Pcg64() {
        this(new SeedSequence());
    }

    /** {@code PCG64(seedSequence)}: seeded from {@code generate_state(4, uint64)}. */
    public Pcg64(SeedSequence seedSequence) {
        super(seedSequence);
    }

    private Pcg64(State state) {
        super(state.state(), state.inc(), state.hasUint32(), state.uinteger());
    }

    /**
     * {@code PCG64(seed)}: a {@link SeedSequence} is used as is; anything else ({@code null}, an
     * int, a sequence, see {@link SeedSequence#of(Object)}) is first turned into one.
     */
    public static Pcg64 seeded(Object seed) {
        return new Pcg64(PythonSeeds.seedSequence(seed));
    }

    /** A generator in the given state, with no seed sequence. */
    public static Pcg64 fromState(State state) {
        return new Pcg64(Objects.requireNonNull(state, "state"));
    }

    /** XSL-RR output of a state. */
    private static long output(long hi, long lo) {
        return Long.rotateRight(hi ^ lo, (int) (hi >>> 58));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    long multiplierHi() {
        return MULT_HI;
    }

    @Override
    long multiplierLo() {
        return MULT_LO;
    }

    /** One step with the 128-bit multiplier, then output from the new state. */
    @Override
    public long nextUint64() {
        step128();
        return output(stateHi, stateLo);
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
        long sHi = stateHi;
        long sLo = stateLo;
        final long iHi = incHi;
        final long iLo = incLo;
        for (int i = from; i < to; i++) {
            long lo = sLo * MULT_LO;
            long hi = Uint128.unsignedMultiplyHigh(sLo, MULT_LO) + sHi * MULT_LO + sLo * MULT_HI;
            sLo = lo + iLo;
            sHi = hi + iHi + (Long.compareUnsigned(sLo, lo) < 0 ? 1 : 0);
            long word = output(sHi, sLo);
            put(raw, doubles, i, word);
        }
        stateHi = sHi;
        stateLo = sLo;
    }

    @Override
    Pcg64 newChild(SeedSequence seedSequence) {
        return new Pcg64(seedSequence);
    }

    @Override
    Pcg64 copyState() {
        return new Pcg64(state());
    }

    @Override
    public State state() {
        return state(State::new);
    }

    /** NumPy's state setter (the increment is taken as given). */
    public void setState(State state) {
        Objects.requireNonNull(state, "state");
        setState(state.state(), state.inc(), state.hasUint32(), state.uinteger());
    }

    /**
     * @throws PythonError TypeError for {@code null}, ValueError "state must be for a PCG64 RNG"
     *     for another generator's state
     */
    @Override
    public void setState(BitGeneratorState state) {
        setState(requireState(state, NAME, "RNG", State.class));
    }
}
