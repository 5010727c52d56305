package org.seedcompat.engine.numpy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.seedcompat.engine.PythonError;

/**
 * NumPy's {@code PCG64}: O'Neill's PCG XSL-RR 128/64, a 128-bit LCG (advance, then output) with
 * NumPy's SeedSequence seeding, {@code advance}, {@code jumped} and low-half-first uint32 buffer.
 *
 * <p>{@code new Pcg64(seedSequence)} is {@code PCG64(seed_seq)}; {@link #seeded(Object)} takes
 * anything {@code PCG64(seed)} does. Not thread-safe.
 */
public final class Pcg64 implements NumpyBitGenerator {

    /** NumPy's class name. */
    public static final String NAME = "PCG64";

    /** High word of {@code PCG_DEFAULT_MULTIPLIER_128}. */
    static final long MULT_HI = 0x2360ED051FC65DA4L;
    /** Low word of {@code PCG_DEFAULT_MULTIPLIER_128}. */
    static final long MULT_LO = 0x4385DF649FCCF645L;
    /** The {@code jumped} stride, (phi - 1) * 2**128 rounded to odd; shared with PCG64DXSM. */
    static final BigInteger JUMP_STEP = new BigInteger("9e3779b97f4a7c15f39cc0605cedc835", 16);

    private long stateHi;
    private long stateLo;
    private long incHi;
    private long incLo;
    private int hasUint32;
    private int uinteger;
    private SeedSequence seedSequence;

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
            Uint128.requireUint128(state, "state");
            Uint128.requireUint128(inc, "inc");
            Uint128.requireUint32(uinteger);
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
        this.seedSequence = Objects.requireNonNull(seedSequence, "seedSequence");
        long[] v = seedSequence.generateStateUint64(4);
        // initstate = v0:v1, initseq = v2:v3; inc = initseq << 1 | 1
        incHi = v[2] << 1 | v[3] >>> 63;
        incLo = v[3] << 1 | 1;
        stateHi = 0;
        stateLo = 0;
        step();
        long lo = stateLo + v[1];
        stateHi = stateHi + v[0] + (Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0);
        stateLo = lo;
        step();
    }

    private Pcg64(State state) {
        setState(state);
    }

    /**
     * {@code PCG64(seed)}: a {@link SeedSequence} is used as is; anything else ({@code null}, an
     * int, a sequence, see {@link SeedSequence#of(Object)}) is first turned into one.
     */
    public static Pcg64 seeded(Object seed) {
        return new Pcg64(SeedSequence.fromSeed(seed));
    }

    /** A generator in the given state, with no seed sequence. */
    public static Pcg64 fromState(State state) {
        return new Pcg64(Objects.requireNonNull(state, "state"));
    }

    private void step() {
        long lo = stateLo * MULT_LO;
        long hi = Uint128.unsignedMultiplyHigh(stateLo, MULT_LO) + stateHi * MULT_LO
                + stateLo * MULT_HI;
        long newLo = lo + incLo;
        stateHi = hi + incHi + (Long.compareUnsigned(newLo, lo) < 0 ? 1 : 0);
        stateLo = newLo;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long nextUint64() {
        step();
        return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
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
            long lo = sLo * MULT_LO;
            long hi = Uint128.unsignedMultiplyHigh(sLo, MULT_LO) + sHi * MULT_LO + sLo * MULT_HI;
            sLo = lo + iLo;
            sHi = hi + iHi + (Long.compareUnsigned(sLo, lo) < 0 ? 1 : 0);
            out[i] = (Long.rotateRight(sHi ^ sLo, (int) (sHi >>> 58)) >>> 11) * 0x1.0p-53;
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
            long lo = sLo * MULT_LO;
            long hi = Uint128.unsignedMultiplyHigh(sLo, MULT_LO) + sHi * MULT_LO + sLo * MULT_HI;
            sLo = lo + iLo;
            sHi = hi + iHi + (Long.compareUnsigned(sLo, lo) < 0 ? 1 : 0);
            out[i] = Long.rotateRight(sHi ^ sLo, (int) (sHi >>> 58));
        }
        stateHi = sHi;
        stateLo = sLo;
    }

    /**
     * {@code advance(delta)}: as if {@code delta} 64-bit words had been drawn ({@code delta} is
     * taken modulo 2**128, so negative values step back); clears the uint32 buffer.
     */
    @Override
    public Pcg64 advance(BigInteger delta) {
        BigInteger d = delta.and(Uint128.MASK_128);
        long[] s = Uint128.lcgAdvance(stateHi, stateLo, Uint128.high(d), Uint128.low(d),
                MULT_HI, MULT_LO, incHi, incLo);
        stateHi = s[0];
        stateLo = s[1];
        hasUint32 = 0;
        uinteger = 0;
        return this;
    }

    /** {@link #advance(BigInteger)} for a {@code long} step count (negative steps back). */
    public Pcg64 advance(long delta) {
        return advance(BigInteger.valueOf(delta));
    }

    @Override
    public Pcg64 jumped() {
        return jumped(BigInteger.ONE);
    }

    /**
     * {@code jumped(jumps)}: a copy advanced by {@code jumps * 0x9e3779b97f4a7c15f39cc0605cedc835}
     * (modulo 2**128; negative jumps go back). Like NumPy, the copy carries a fresh OS-entropy
     * seed sequence, and its uint32 buffer is clear.
     */
    @Override
    public Pcg64 jumped(BigInteger jumps) {
        Pcg64 copy = copyState();
        copy.seedSequence = new SeedSequence();
        return copy.advance(JUMP_STEP.multiply(jumps));
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
    public List<Pcg64> spawn(int n) {
        if (seedSequence == null) {
            throw SeedSequence.cannotSpawn();
        }
        List<Pcg64> children = new ArrayList<>();
        for (SeedSequence child : seedSequence.spawn(n)) {
            children.add(new Pcg64(child));
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
     * @throws PythonError TypeError for {@code null}, ValueError "state must be for a PCG64 RNG"
     *     for another generator's state
     */
    @Override
    public void setState(BitGeneratorState state) {
        setState(requireState(state, NAME, "RNG", State.class));
    }

    /** Checks a state's type as NumPy's setters check the dict and its {@code 'bit_generator'}. */
    static <S extends BitGeneratorState> S requireState(BitGeneratorState state, String name,
            String noun, Class<S> type) {
        if (state == null) {
            throw PythonError.typeError("state must be a dict");
        }
        if (!name.equals(state.bitGenerator()) || !type.isInstance(state)) {
            throw PythonError.valueError("state must be for a " + name + " " + noun);
        }
        return type.cast(state);
    }

    @Override
    public Pcg64 copy() {
        Pcg64 copy = copyState();
        copy.seedSequence = seedSequence == null ? null : seedSequence.copy();
        return copy;
    }

    private Pcg64 copyState() {
        return new Pcg64(state());
    }

    @Override
    public String toString() {
        return "PCG64(state=" + Uint128.toBigInteger(stateHi, stateLo) + ", inc="
                + Uint128.toBigInteger(incHi, incLo) + ")";
    }
}
