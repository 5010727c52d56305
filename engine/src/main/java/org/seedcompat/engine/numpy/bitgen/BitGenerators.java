package org.seedcompat.engine.numpy.bitgen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one name → factory registry of NumPy's bit generators ({@code numpy.random.PCG64(seed)} and
 * the others), as {@code java.util.random.RandomGeneratorFactory} names the JDK's. The
 * implementations do not know it; a new bit generator is one class and one line here.
 */
public final class BitGenerators {

    /** NumPy's class names, the default ({@code default_rng}'s PCG64) first, with their seeded factories. */
    private static final Map<String, Function<Object, NumpyBitGenerator>> SEEDED = registry();

    private BitGenerators() {
    }

    private static Map<String, Function<Object, NumpyBitGenerator>> registry() {
        Map<String, Function<Object, NumpyBitGenerator>> m = new LinkedHashMap<>();
        m.put(Pcg64.NAME, Pcg64::seeded);
        m.put(Mt19937.NAME, Mt19937::seeded);
        m.put(Pcg64Dxsm.NAME, Pcg64Dxsm::seeded);
        m.put(Philox.NAME, Philox::seeded);
        m.put(Sfc64.NAME, Sfc64::seeded);
        return Collections.unmodifiableMap(m);
    }

    /** The registered names, in registration order. */
    public static Set<String> names() {
        return SEEDED.keySet();
    }

    /**
     * {@code numpy.random.<name>(seed)}, the seed taken as NumPy takes it (None = {@code null}, an
     * int, a sequence of ints, a {@link SeedSequence}).
     *
     * @throws IllegalArgumentException for a name that is not registered
     */
    public static NumpyBitGenerator seeded(String name, Object seed) {
        Function<Object, NumpyBitGenerator> f = SEEDED.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no bit generator named '" + name + "'; known: " + names());
        }
        return f.apply(seed);
    }
}
