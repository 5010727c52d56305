package org.seedcompat.engine.numpy;

import org.seedcompat.engine.numpy.bitgen.NumpyBitGenerator;
import org.seedcompat.engine.numpy.bitgen.Pcg64;
import org.seedcompat.engine.numpy.bitgen.SeedSequence;

/**
 * Entry points named as NumPy names them, for Java code that wants NumPy's streams:
 * {@code NumPy.defaultRng(42).random(5)} equals {@code numpy.random.default_rng(42).random(5)} bit for
 * bit, and {@code NumPy.randomState(42).rand(3)} equals {@code numpy.random.RandomState(42).rand(3)}.
 * Every bit generator is also a {@link java.util.random.RandomGenerator}, whose distributions are
 * {@code Generator}'s ({@link NumpyBitGenerator} lists which methods are NumPy's and which the JDK's).
 */
public final class NumPy {

    private NumPy() {
    }

    /** {@code numpy.random.default_rng(seed)}: a Generator over PCG64 seeded through a SeedSequence. */
    public static Generator defaultRng(long seed) {
        return new Generator(Pcg64.seeded(seed));
    }

    /**
     * {@code numpy.random.default_rng(seed)} for any seed NumPy accepts there: null (OS entropy), an
     * int of any size ({@link java.math.BigInteger}), a sequence of ints, a {@link SeedSequence}, a
     * bit generator (wrapped) or a {@link Generator} (returned as is).
     */
    public static Generator defaultRng(Object seed) {
        if (seed instanceof Generator g) {
            return g;
        }
        if (seed instanceof NumpyBitGenerator bg) {
            return new Generator(bg);
        }
        return new Generator(Pcg64.seeded(seed));
    }

    /** {@code numpy.random.SeedSequence(entropy)}. */
    public static SeedSequence seedSequence(Object entropy) {
        return SeedSequence.of(entropy);
    }

    /** {@code numpy.random.RandomState(seed)}: the legacy generator, seeded with {@code init_genrand}. */
    public static RandomState randomState(long seed) {
        return new RandomState(seed);
    }
}
