package org.seedcompat.engine.numpy.bitgen;

import java.math.BigInteger;

/**
 * A 64-bit NumPy bit generator with {@code advance} and {@code jumped} (PCG64, PCG64DXSM,
 * Philox): {@code jumped(n)} is a copy, with a fresh OS-entropy seed sequence, advanced by
 * {@code n} times the generator's jump size. Subclasses supply {@link #advance(BigInteger)} (which
 * clears all buffered output) and that jump size. Not thread-safe.
 *
 * @param <G> the concrete generator class
 */
abstract class JumpableLongBitGenerator<G extends JumpableLongBitGenerator<G>>
        extends LongBitGenerator<G> {

    JumpableLongBitGenerator(SeedSequence seedSequence) {
        super(seedSequence);
    }

    /** The {@code advance} argument equivalent to {@code jumps} jumps. */
    abstract BigInteger jumpDelta(BigInteger jumps);

    @Override
    public abstract G advance(BigInteger delta);

    /** {@link #advance(BigInteger)} for a {@code long} count (negative steps back). */
    public final G advance(long delta) {
        return advance(BigInteger.valueOf(delta));
    }

    @Override
    public final G jumped() {
        return jumped(BigInteger.ONE);
    }

    /**
     * {@code jumped(jumps)}: a copy advanced by {@code jumps} jumps (negative jumps go back). Like
     * NumPy, the copy carries a fresh OS-entropy seed sequence, and its buffers are clear.
     */
    @Override
    public final G jumped(BigInteger jumps) {
        return copyForJump().advance(jumpDelta(jumps));
    }

    @Override
    public final boolean supportsJumped() {
        return true;
    }

    @Override
    public final boolean supportsAdvance() {
        return true;
    }
}
