package org.seedcompat.engine.numpy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.seedcompat.engine.PythonError;

/**
 * NumPy's {@code PCG64DXSM}: PCG "cheap multiplier" DXSM 128/64, a 128-bit LCG with a 64-bit
 * multiplier whose output is taken from the state before it steps, with NumPy's seeding (which,
 * quirk, steps twice with the full 128-bit PCG64 multiplier), {@code advance}, {@code jumped} and
 * low-half-first uint32 buffer.
 *
 * <p>{@code new Pcg64Dxsm(seedSequence)} is {@code PCG64DXSM(seed_seq)}; {@link #seeded(Object)}
 * takes anything {@code PCG64DXSM(seed)} does. Not thread-safe.
 */
public final class Pcg64Dxsm implements NumpyBitGenerator {

    /** NumPy's class name. */
    public static final String NAME = "PCG64DXSM";

    /** {@code PCG_CHEAP_MULTIPLIER_128}: the LCG multiplier, and the DXSM output multiplier. */
    static final long CHEAP_MULT = 0xda942042e4dd58b5L;

    private long stateHi;
    private long stateLo;
    private long incHi;
    private long incLo;
    private int hasUint32;
    private int uinteger;
    private SeedSequence seedSequence;

    /**
     * NumPy's {@code PCG64DXSM.state} dict: {@code {'state': {'state': state, 'inc': inc},
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
            Uint128.requireUint128(state, "state");
            Uint128.requireUint128(inc, "inc");
            Uint128.requireUint32(uinteger);
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
        this.seedSequence = Objects.requireNonNull(seedSequence, "seedSequence");
        long[] v = seedSequence.generateStateUint64(4);
        // initstate = v0:v1, initseq = v2:v3; inc = initseq << 1 | 1
        incHi = v[2] << 1 | v[3] >>> 63;
        incLo = v[3] << 1 | 1;
        stateHi = 0;
        stateLo = 0;
        seedingStep();
        long lo = stateLo + v[1];
        stateHi = stateHi + v[0] + (Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0);
        stateLo = lo;
        seedingStep();
    }

    private Pcg64Dxsm(State state) {
        setState(state);
    }

    /**
     * {@code PCG64DXSM(seed)}: a {@link SeedSequence} is used as is; anything else ({@code null}, an
     * int, a sequence, see {@link SeedSequence#of(Object)}) is first turned into one.
     */
    public static Pcg64Dxsm seeded(Object seed) {
        return new Pcg64Dxsm(SeedSequence.fromSeed(seed));
    }

    /** A generator in the given state, with no seed sequence. */
    public static Pcg64Dxsm fromState(State state) {
        return new Pcg64Dxsm(Objects.requireNonNull(state, "state"));
    }

    /** One step with PCG64's full 128-bit multiplier, as the shared seeding routine does. */
    private void seedingStep() {
        long lo = stateLo * Pcg64.MULT_LO;
        long hi = Uint128.unsignedMultiplyHigh(stateLo, Pcg64.MULT_LO) + stateHi * Pcg64.MULT_LO
                + stateLo * Pcg64.MULT_HI;
        long newLo = lo + incLo;
        stateHi = hi + incHi + (Long.compareUnsigned(newLo, lo) < 0 ? 1 : 0);
        stateLo = newLo;
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

    /** Output from the current state, then one cheap-multiplier step. */
    @Override
    public long nextUint64() {
        long sHi = stateHi;
        long sLo = stateLo;
        long out = output(sHi, sLo);
        long lo = sLo * CHEAP_MULT;
        long hi = Uint128.unsignedMultiplyHigh(sLo, CHEAP_MULT) + sHi * CHEAP_MULT;
        long newLo = lo + incLo;
        stateHi = hi + incHi + (Long.compareUnsigned(newLo, lo) < 0 ? 1 : 0);
        stateLo = newLo;
        return out;
    }

    /** The low half of a fresh 64-bit word; its high half is kept for the next call. */
    @Override
    public int nextUint32() {
        if (hasUint32 != 0) {
            hasUint32 = 0;
            return uinteger;
        }
        long next = nextUint64();
        hasUint32 = 1;
        uinteger = (int) (next >>> 32);
        return (int) next;
    }

    @Override
    public double nextDouble() {
        return (nextUint64() >>> 11) * 0x1.0p-53;
    }

    @Override
    public long nextRaw() {
        return nextUint64();
    }

    @Override
    public void nextDoubles(double[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        long sHi = stateHi;
        long sLo = stateLo;
        final long iHi = incHi;
        final long iLo = incLo;
        for (int i = from; i < to; i++) {
            out[i] = (output(sHi, sLo) >>> 11) * 0x1.0p-53;
            long lo = sLo * CHEAP_MULT;
            long hi = Uint128.unsignedMultiplyHigh(sLo, CHEAP_MULT) + sHi * CHEAP_MULT;
            sLo = lo + iLo;
            sHi = hi + iHi + (Long.compareUnsigned(sLo, lo) < 0 ? 1 : 0);
        }
        stateHi = sHi;
        stateLo = sLo;
    }

    @Override
    public void randomRaw(long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        long sHi = stateHi;
        long sLo = stateLo;
        final long iHi = incHi;
        final long iLo = incLo;
        for (int i = from; i < to; i++) {
            out[i] = output(sHi, sLo);
            long lo = sLo * CHEAP_MULT;
            long hi = Uint128.unsignedMultiplyHigh(sLo, CHEAP_MULT) + sHi * CHEAP_MULT;
            sLo = lo + iLo;
            sHi = hi + iHi + (Long.compareUnsigned(sLo, lo) < 0 ? 1 : 0);
        }
        stateHi = sHi;
        stateLo = sLo;
    }

    /**
     * {@code advance(delta)}: as if {@code delta} 64-bit words had been drawn ({@code delta} is
     * taken modulo 2**128, so negative values step back); clears the uint32 buffer.
     */
    @Override
    public Pcg64Dxsm advance(BigInteger delta) {
        BigInteger d = delta.and(Uint128.MASK_128);
        long[] s = Uint128.lcgAdvance(stateHi, stateLo, Uint128.high(d), Uint128.low(d),
                0, CHEAP_MULT, incHi, incLo);
        stateHi = s[0];
        stateLo = s[1];
        hasUint32 = 0;
        uinteger = 0;
        return this;
    }

    /** {@link #advance(BigInteger)} for a {@code long} step count (negative steps back). */
    public Pcg64Dxsm advance(long delta) {
        return advance(BigInteger.valueOf(delta));
    }

    @Override
    public Pcg64Dxsm jumped() {
        return jumped(BigInteger.ONE);
    }

    /**
     * {@code jumped(jumps)}: a copy advanced by {@code jumps * 0x9e3779b97f4a7c15f39cc0605cedc835}
     * (modulo 2**128; negative jumps go back), PCG64's stride. Like NumPy, the copy carries a fresh OS-entropy
     * seed sequence, and its uint32 buffer is clear.
     */
    @Override
    public Pcg64Dxsm jumped(BigInteger jumps) {
        Pcg64Dxsm copy = copyState();
        copy.seedSequence = new SeedSequence();
        return copy.advance(Pcg64.JUMP_STEP.multiply(jumps));
    }

    @Override
    public boolean supportsJumped() {
        return true;
    }

    @Override
    public boolean supportsAdvance() {
        return true;
    }

    @Override
    public SeedSequence seedSequence() {
        return seedSequence;
    }

    @Override
    public List<Pcg64Dxsm> spawn(int n) {
        if (seedSequence == null) {
            throw SeedSequence.cannotSpawn();
        }
        List<Pcg64Dxsm> children = new ArrayList<>();
        for (SeedSequence child : seedSequence.spawn(n)) {
            children.add(new Pcg64Dxsm(child));
        }
        return children;
    }

    @Override
    public State state() {
        return new State(Uint128.toBigInteger(stateHi, stateLo), Uint128.toBigInteger(incHi, incLo),
                hasUint32, Integer.toUnsignedLong(uinteger));
    }

    /** NumPy's state setter (the increment is taken as given). */
    public void setState(State state) {
        Objects.requireNonNull(state, "state");
        stateHi = Uint128.high(state.state());
        stateLo = Uint128.low(state.state());
        incHi = Uint128.high(state.inc());
        incLo = Uint128.low(state.inc());
        hasUint32 = state.hasUint32();
        uinteger = (int) state.uinteger();
    }

    /**
     * @throws PythonError TypeError for {@code null}, ValueError "state must be for a PCG64DXSM
     *     RNG" for another generator's state
     */
    @Override
    public void setState(BitGeneratorState state) {
        setState(Pcg64.requireState(state, NAME, "RNG", State.class));
    }

    @Override
    public Pcg64Dxsm copy() {
        Pcg64Dxsm copy = copyState();
        copy.seedSequence = seedSequence == null ? null : seedSequence.copy();
        return copy;
    }

    private Pcg64Dxsm copyState() {
        return new Pcg64Dxsm(state());
    }

    @Override
    public String toString() {
        return "PCG64DXSM(state=" + Uint128.toBigInteger(stateHi, stateLo) + ", inc="
                + Uint128.toBigInteger(incHi, incLo) + ")";
    }
}
