package org.seedcompat.engine.numpy.bitgen;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.distributions.LemireIntegers;
import org.seedcompat.engine.numpy.distributions.ZigguratExponentials;
import org.seedcompat.engine.numpy.distributions.ZigguratNormals;

/**
 * One of NumPy's {@code numpy.random} bit generators ({@code MT19937}, {@code PCG64},
 * {@code PCG64DXSM}, {@code Philox}, {@code SFC64}), bit for bit.
 *
 * <p>Besides the {@link BitGenerator} draws this exposes what NumPy's {@code BitGenerator} does:
 * {@code random_raw} ({@link #nextRaw()}, {@link #randomRaw(long[])}), the seed sequence and
 * {@link #spawn(int)}, {@code jumped} and {@code advance} where the generator has them (elsewhere
 * they raise NumPy's AttributeError), and the {@code state} property as an immutable record.
 * Implementations return their own type from {@link #jumped}, {@link #advance}, {@link #spawn},
 * {@link #copy} and {@link #state}. Not thread-safe.
 *
 * <p><b>As a {@link java.util.random.RandomGenerator}.</b> A bit generator has no distributions of
 * its own in NumPy, so the ones with a NumPy counterpart follow {@code Generator}'s algorithms on
 * this stream ({@code g = numpy.random.Generator(bit_generator)}), with glibc's {@code exp}/
 * {@code log1p} as this process's glibc build computes them ({@code Libm.system()}):
 * <ul>
 *   <li>{@link #nextGaussian()}: {@code g.standard_normal()} (ziggurat);
 *       {@link #nextGaussian(double, double)}: {@code g.normal(mean, stddev)};</li>
 *   <li>{@link #nextExponential()}: {@code g.standard_exponential()} (ziggurat);</li>
 *   <li>{@link #nextInt(int)}, {@link #nextInt(int, int)}: {@code g.integers(origin, bound,
 *       dtype=numpy.int32)}; {@link #nextLong(long)}, {@link #nextLong(long, long)}:
 *       {@code g.integers(origin, bound, dtype=numpy.int64)} (Lemire's method; Java's argument
 *       checks and IllegalArgumentException);</li>
 *   <li>{@code nextInt()}, {@code nextLong()}, {@code nextDouble()}: {@code next_uint32},
 *       {@code next_uint64}, {@code next_double} ({@link BitGenerator}); the JDK's default
 *       {@code nextFloat()}, {@code (nextInt() >>> 8) * 2^-24}, is {@code g.random(dtype=numpy.float32)}.</li>
 * </ul>
 * The other methods are the JDK's defaults, not NumPy algorithms: {@code nextBoolean()},
 * {@code nextBytes}, the bounded {@code nextFloat}/{@code nextDouble} (NumPy's {@code uniform}
 * computes the same {@code origin + u * (bound - origin)} but never moves a result that rounds up to
 * {@code bound} below it, as the JDK does) and the streams.
 */
public interface NumpyBitGenerator extends BitGenerator {

    /** {@code Generator(self).standard_normal()}. */
    @Override
    default double nextGaussian() {
        return ZigguratNormals.next(this, Libm.system());
    }

    /**
     * {@code Generator(self).normal(mean, stddev)}: {@code loc + scale * standard_normal()}. (The
     * JDK's default would draw the JDK's own ziggurat, not {@link #nextGaussian()}.)
     */
    @Override
    default double nextGaussian(double mean, double stddev) {
        if (stddev < 0.0) {
            throw new IllegalArgumentException("standard deviation must be non-negative");
        }
        return mean + stddev * nextGaussian();
    }

    /** {@code Generator(self).standard_exponential()}. */
    @Override
    default double nextExponential() {
        return ZigguratExponentials.next(this, Libm.system());
    }

    /** {@code Generator(self).integers(bound, dtype=numpy.int32)}. */
    @Override
    default int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) LemireIntegers.boundedUint64(this, bound - 1L);
    }

    /** {@code Generator(self).integers(origin, bound, dtype=numpy.int32)}. */
    @Override
    default int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        // A 32-bit dtype draws at most 32 bits, whatever boundedUint64's width: rng < 2^32 here.
        return (int) (origin + LemireIntegers.boundedUint64(this, (long) bound - origin - 1));
    }

    /** {@code Generator(self).integers(bound, dtype=numpy.int64)}. */
    @Override
    default long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return LemireIntegers.boundedUint64(this, bound - 1);
    }

    /** {@code Generator(self).integers(origin, bound, dtype=numpy.int64)}. */
    @Override
    default long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return origin + LemireIntegers.boundedUint64(this, bound - origin - 1); // unsigned range, wraps as NumPy's C
    }

    /** NumPy's class name: {@code "MT19937"}, {@code "PCG64"}, {@code "PCG64DXSM"}, ... */
    String name();

    /**
     * One {@code random_raw()} word: the generator's native output (MT19937: a 32-bit word,
     * zero-extended; the others: {@link #nextUint64()}). It bypasses the uint32 buffer.
     */
    long nextRaw();

    /** {@code random_raw(n)} into {@code out[from, to)}. */
    default void randomRaw(long[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = nextRaw();
        }
    }

    /** {@code random_raw(out.length)} into {@code out}. */
    default void randomRaw(long[] out) {
        randomRaw(out, 0, out.length);
    }

    /**
     * The seed sequence this generator was seeded from, or {@code null} when there is none
     * (legacy seeding, an explicit Philox key, a restored state).
     */
    SeedSequence seedSequence();

    /**
     * {@code spawn(n)}: {@code n} new generators of this type seeded from children of the seed
     * sequence (whose child counter moves on).
     *
     * @throws PythonError TypeError "The underlying SeedSequence does not implement spawning."
     *     without a seed sequence
     */
    List<? extends NumpyBitGenerator> spawn(int n);

    /** {@code jumped()}: {@code jumped(1)}. */
    default NumpyBitGenerator jumped() {
        return jumped(BigInteger.ONE);
    }

    /**
     * {@code jumped(jumps)}: a new generator in this one's state moved {@code jumps} jumps ahead
     * (the generator's own jump size); this one is unchanged. Like NumPy, the copy carries a fresh
     * OS-entropy seed sequence, not this generator's.
     *
     * @throws PythonError AttributeError for generators NumPy gives no {@code jumped} (SFC64)
     */
    default NumpyBitGenerator jumped(BigInteger jumps) {
        throw noSuchAttribute(name(), "jumped");
    }

    /**
     * {@code advance(delta)}: moves this generator {@code delta} steps (reduced modulo the period,
     * so negative values step back) and clears buffered output; returns this generator.
     *
     * @throws PythonError AttributeError for generators NumPy gives no {@code advance} (MT19937,
     *     SFC64)
     */
    default NumpyBitGenerator advance(BigInteger delta) {
        throw noSuchAttribute(name(), "advance");
    }

    /** Whether {@link #jumped(BigInteger)} is supported (NumPy has the method). */
    default boolean supportsJumped() {
        return false;
    }

    /** Whether {@link #advance(BigInteger)} is supported (NumPy has the method). */
    default boolean supportsAdvance() {
        return false;
    }

    /** NumPy's {@code state} property. */
    BitGeneratorState state();

    /**
     * NumPy's {@code state} setter.
     *
     * @throws PythonError ValueError (NumPy's message) when the state is for another generator
     */
    void setState(BitGeneratorState state);

    /** An independent generator in the same state, with a copy of the seed sequence. */
    NumpyBitGenerator copy();

    /** Python's AttributeError for a method this generator's NumPy class does not have. */
    private static PythonError noSuchAttribute(String name, String attribute) {
        return new PythonError("AttributeError", "'numpy.random._" + name.toLowerCase(java.util.Locale.ROOT)
                + "." + name + "' object has no attribute '" + attribute + "'");
    }
}
