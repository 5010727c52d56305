package org.seedcompat.engine.numpy.bitgen;

import java.math.BigInteger;
import java.util.Objects;
import org.seedcompat.engine.PythonError;

/**
 * NumPy's {@code PCG64DXSM}: PCG "cheap multiplier" DXSM 128/64, a 128-bit LCG with a 64-bit
 * multiplier whose output is taken from the state before it steps, with NumPy's seeding (which,
 * quirk, steps twice with the full 128-bit PCG64 multiplier), {@code advance}, {@code jumped} and
 * low-half-first uint32 buffer.
 *
 * <p>{@code new Pcg64Dxsm(seedSequence)} is {@code PCG64DXSM(seed_seq)}; {@link #seeded(Object)}
 * takes anything {@code PCG64DXSM(seed)} does. {@code jumped(jumps)} advances a copy by PCG64's
 * stride, {@code jumps * 0x9e3779b97f4a7c15f39cc0605cedc835} (modulo 2**128). Not thread-safe.
 */
public final class Pcg64Dxsm extends Pcg128BitGenerator<Pcg64Dxsm> {

    /** NumPy's class name. */
    public static final String NAME = "PCG64DXSM";

    /** {@code PCG_CHEAP_MULTIPLIER_128}: the LCG multiplier, and the DXSM output multiplier. */
    static final long CHEAP_MULT = 0xda942042e4dd58b5L;

    /**
     * NumPy's {@code PCG64DXSM.state} dict, laid out as {@code PCG64}'s: {@code {'state':
     * {'state': state, 'inc': inc}, 'has_uint32': hasUint32, 'uinteger': uinteger}}.
     *
     * @param state the 128-bit LCG state, in [0, 2**128)
     * @param inc the stored (odd, shifted) 128-bit increment, in [0, 2**128) (not forced odd)
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

    /** {@code PCG64DXSM()}: seeded from a fresh OS-entropy {@link SeedSequence}. */
    public Pcg64Dxsm() {
        this(new SeedSequence());
    }

    /**
     * {@code PCG64DXSM(seedSequence)}: seeded from {@code generate_state(4, uint64)} exactly as
     * PCG64 is (NumPy calls the same seeding routine, which steps with the 128-bit multiplier).
     */
    public Pcg64Dxsm(SeedSequence seedSequence) {
        super(seedSequence);
    }

    private Pcg64Dxsm(State state) {
        super(state.state(), state.inc(), state.hasUint32(), state.uinteger());
    }

    /**
     * {@code PCG64DXSM(seed)}: a {@link SeedSequence} is used as is; anything else ({@code null}, an
     * int, a sequence, see {@link SeedSequence#of(Object)}) is first turned into one.
     */
    public static Pcg64Dxsm seeded(Object seed) {
        return new Pcg64Dxsm(PythonSeeds.seedSequence(seed));
    }

    /** A generator in the given state, with no seed sequence. */
    public static Pcg64Dxsm fromState(State state) {
        return new Pcg64Dxsm(Objects.requireNonNull(state, "state"));
    }

    /** DXSM output of a state: {@code hi ^= hi >> 32; hi *= M; hi ^= hi >> 48; hi *= lo | 1}. */
    private static long output(long hi, long lo) {
        hi ^= hi >>> 32;
        hi *= CHEAP_MULT;
        hi ^= hi >>> 48;
        return hi * (lo | 1);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    long multiplierHi() {
        return 0;
    }

    @Override
    long multiplierLo() {
        return CHEAP_MULT;
    }

    /** Output from the current state, then one cheap-multiplier step. */
    @Override
    public long nextUint64() {
        long sHi = stateHi;
        long sLo = stateLo;
        long lo = sLo * CHEAP_MULT;
        long newLo = lo + incLo;
        stateHi = Uint128.unsignedMultiplyHigh(sLo, CHEAP_MULT) + sHi * CHEAP_MULT + incHi
                + (Long.compareUnsigned(newLo, lo) < 0 ? 1 : 0);
        stateLo = newLo;
        return output(sHi, sLo);
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
            long word = output(sHi, sLo);
            put(raw, doubles, i, word);
            long lo = sLo * CHEAP_MULT;
            long hi = Uint128.unsignedMultiplyHigh(sLo, CHEAP_MULT) + sHi * CHEAP_MULT;
            sLo = lo + iLo;
            sHi = hi + iHi + (Long.compareUnsigned(sLo, lo) < 0 ? 1 : 0);
        }
        stateHi = sHi;
        stateLo = sLo;
    }

    @Override
    Pcg64Dxsm newChild(SeedSequence seedSequence) {
        return new Pcg64Dxsm(seedSequence);
    }

    @Override
    Pcg64Dxsm copyState() {
        return new Pcg64Dxsm(state());
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
     * @throws PythonError TypeError for {@code null}, ValueError "state must be for a PCG64DXSM
     *     RNG" for another generator's state
     */
    @Override
    public void setState(BitGeneratorState state) {
        setState(requireState(state, NAME, "RNG", State.class));
    }
}
