package org.seedcompat.engine.numpy.bitgen;

import java.math.BigInteger;
import java.util.Objects;
import org.seedcompat.engine.PythonError;

/**
 * NumPy's 128-bit LCG generators (PCG64, PCG64DXSM): the state and increment, NumPy's seeding
 * ({@code pcg_setseq_128_srandom_r}, which steps with the full 128-bit PCG64 multiplier whatever
 * the generator), {@code advance} by the LCG jump formula with the generator's own step
 * multiplier, {@code jumped} by PCG64's stride, and the fields of the state record. Subclasses
 * supply the step multiplier and the output function ({@link #nextUint64()} and {@link #fill}).
 * Not thread-safe.
 *
 * @param <G> the concrete generator class
 */
abstract class Pcg128BitGenerator<G extends Pcg128BitGenerator<G>>
        extends JumpableLongBitGenerator<G> {

    /** High word of {@code PCG_DEFAULT_MULTIPLIER_128}. */
    static final long MULT_HI = 0x2360ED051FC65DA4L;
    /** Low word of {@code PCG_DEFAULT_MULTIPLIER_128}. */
    static final long MULT_LO = 0x4385DF649FCCF645L;
    /** The {@code jumped} stride, (phi - 1) * 2**128 rounded to odd. */
    static final BigInteger JUMP_STEP = new BigInteger("9e3779b97f4a7c15f39cc0605cedc835", 16);

    long stateHi;
    long stateLo;
    long incHi;
    long incLo;

    /**
     * Seeded from {@code generate_state(4, uint64)}: initstate = v0:v1, initseq = v2:v3, as
     * {@code pcg_setseq_128_srandom_r}.
     */
    Pcg128BitGenerator(SeedSequence seedSequence) {
        super(Objects.requireNonNull(seedSequence, "seedSequence"));
        long[] v = seedSequence.generateStateUint64(4);
        // inc = initseq << 1 | 1
        incHi = v[2] << 1 | v[3] >>> 63;
        incLo = v[3] << 1 | 1;
        stateHi = 0;
        stateLo = 0;
        step128();
        long lo = stateLo + v[1];
        stateHi = stateHi + v[0] + (Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0);
        stateLo = lo;
        step128();
    }

    /** In the given state (see {@link #setState(BigInteger, BigInteger, int, long)}), unseeded. */
    Pcg128BitGenerator(BigInteger state, BigInteger inc, int hasUint32, long uinteger) {
        super(null);
        setState(state, inc, hasUint32, uinteger);
    }

    /** High word of the LCG's step multiplier. */
    abstract long multiplierHi();

    /** Low word of the LCG's step multiplier. */
    abstract long multiplierLo();

    /** One LCG step with PCG64's full 128-bit multiplier. */
    final void step128() {
        long lo = stateLo * MULT_LO;
        long hi = Uint128.unsignedMultiplyHigh(stateLo, MULT_LO) + stateHi * MULT_LO
                + stateLo * MULT_HI;
        long newLo = lo + incLo;
        stateHi = hi + incHi + (Long.compareUnsigned(newLo, lo) < 0 ? 1 : 0);
        stateLo = newLo;
    }

    /**
     * {@code advance(delta)}: as if {@code delta} 64-bit words had been drawn ({@code delta} is
     * taken modulo 2**128, so negative values step back); clears the uint32 buffer.
     */
    @Override
    public final G advance(BigInteger delta) {
        BigInteger d = delta.and(Uint128.MASK_128);
        long[] s = Uint128.lcgAdvance(stateHi, stateLo, Uint128.high(d), Uint128.low(d),
                multiplierHi(), multiplierLo(), incHi, incLo);
        stateHi = s[0];
        stateLo = s[1];
        resetUint32();
        return self();
    }

    /** {@code jumps * 0x9e3779b97f4a7c15f39cc0605cedc835}, PCG64's stride for both generators. */
    @Override
    final BigInteger jumpDelta(BigInteger jumps) {
        return JUMP_STEP.multiply(jumps);
    }

    /** The state record's constructor: {@code (state, inc, hasUint32, uinteger)}. */
    @FunctionalInterface
    interface StateRecord<S> {
        S of(BigInteger state, BigInteger inc, int hasUint32, long uinteger);
    }

    /** NumPy's {@code state} property, as the record {@code make} builds. */
    final <S> S state(StateRecord<S> make) {
        return make.of(lcgState(), increment(), hasUint32, bufferedUint32());
    }

    /** The 128-bit LCG state, as the state record's {@code state}. */
    final BigInteger lcgState() {
        return Uint128.toBigInteger(stateHi, stateLo);
    }

    /** The stored (odd, shifted) increment, as the state record's {@code inc}. */
    final BigInteger increment() {
        return Uint128.toBigInteger(incHi, incLo);
    }

    /** NumPy's state setter, from a record's fields (the increment is taken as given). */
    final void setState(BigInteger state, BigInteger inc, int hasUint32, long uinteger) {
        stateHi = Uint128.high(state);
        stateLo = Uint128.low(state);
        incHi = Uint128.high(inc);
        incLo = Uint128.low(inc);
        setUint32(hasUint32, uinteger);
    }

    /**
     * Checks a state record's fields as NumPy's setter does.
     *
     * @throws PythonError OverflowError for out-of-range values, with NumPy's messages
     */
    static void checkState(BigInteger state, BigInteger inc, long uinteger) {
        Uint128.requireUint128(state, "state");
        Uint128.requireUint128(inc, "inc");
        Uint128.requireUint32(uinteger);
    }

    @Override
    public final String toString() {
        return name() + "(state=" + lcgState() + ", inc=" + increment() + ")";
    }
}
