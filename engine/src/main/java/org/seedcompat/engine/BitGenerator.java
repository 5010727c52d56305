package org.seedcompat.engine;

import java.util.random.RandomGenerator;

/**
 * A source of raw random words, as NumPy's {@code bitgen_t} defines one: 32-bit words, 64-bit words
 * and doubles in [0, 1), each in the generator's own native way (which is why {@link #nextDouble()}
 * is not derived here: MT19937 builds its double from two 32-bit words, the 64-bit generators from
 * the top 53 bits of one 64-bit word).
 *
 * <p>Every bit generator is also a {@link RandomGenerator}, so a NumPy-compatible stream can be used
 * wherever the JDK takes one: {@code nextInt()} is NumPy's {@code next_uint32}, {@code nextLong()}
 * its {@code next_uint64} and {@code nextDouble()} its {@code next_double}.
 */
public interface BitGenerator extends RandomGenerator {

    /** NumPy's {@code next_uint32}: 32 random bits (read as unsigned). */
    int nextUint32();

    /** NumPy's {@code next_uint64}: 64 random bits (read as unsigned). */
    long nextUint64();

    /** NumPy's {@code next_double}: a double in [0, 1) with 53 random bits. */
    @Override
    double nextDouble();

    @Override
    default int nextInt() {
        return nextUint32();
    }

    @Override
    default long nextLong() {
        return nextUint64();
    }

    /** Fills {@code out[from, to)} with {@link #nextDouble()} values, in order. */
    default void nextDoubles(double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = nextDouble();
        }
    }
}
