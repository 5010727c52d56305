package org.seedcompat.engine.numpy.bitgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants shared by the five SeedSequence-seeded bit generators. */
class NumpyBitGeneratorTest {

    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of("MT19937", (Function<Object, NumpyBitGenerator>) Mt19937::seeded),
                Arguments.of("PCG64", (Function<Object, NumpyBitGenerator>) Pcg64::seeded),
                Arguments.of("PCG64DXSM", (Function<Object, NumpyBitGenerator>) Pcg64Dxsm::seeded),
                Arguments.of("Philox", (Function<Object, NumpyBitGenerator>) Philox::seeded),
                Arguments.of("SFC64", (Function<Object, NumpyBitGenerator>) Sfc64::seeded));
    }

    static Stream<Arguments> wideGenerators() {
        return generators().filter(a -> !a.get()[0].equals("MT19937"));
    }

    private static NumpyBitGenerator burned(Function<Object, NumpyBitGenerator> factory, int words) {
        NumpyBitGenerator g = factory.apply(BigInteger.TWO.pow(100).add(BigInteger.valueOf(7)));
        for (int i = 0; i < words; i++) {
            g.nextRaw();
        }
        return g;
    }

    private static long[] raw(NumpyBitGenerator g, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = g.nextRaw();
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void nameAndSeedSequence(String name, Function<Object, NumpyBitGenerator> factory) {
        SeedSequence ss = new SeedSequence(99);
        NumpyBitGenerator g = factory.apply(ss);
        assertEquals(name, g.name());
        assertEquals(name, g.state().bitGenerator());
        assertTrue(g.seedSequence() == ss, "a SeedSequence seed is used as is");
        assertArrayEquals(raw(g, 50), raw(factory.apply(99), 50));
        assertArrayEquals(raw(factory.apply(List.of(5, 6)), 20),
                raw(factory.apply(SeedSequence.of(new long[] {5, 6})), 20));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void stateRoundTripContinuesTheStream(String name, Function<Object, NumpyBitGenerator> factory) {
        for (int burn : new int[] {0, 1, 3, 623, 625, 1001}) {
            NumpyBitGenerator a = burned(factory, burn);
            a.nextUint32(); // leave a buffered half (64-bit generators)
            BitGeneratorState saved = a.state();
            long[] expected = raw(a, 700);
            int[] expected32 = {a.nextUint32(), a.nextUint32(), a.nextUint32()};
            NumpyBitGenerator b = factory.apply(1);
            b.setState(saved);
            assertEquals(saved, b.state());
            assertArrayEquals(expected, raw(b, 700));
            assertArrayEquals(expected32, new int[] {b.nextUint32(), b.nextUint32(), b.nextUint32()});
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void copyIsIndependentAndCopiesTheSeedSequence(String name,
            Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator a = burned(factory, 10);
        NumpyBitGenerator b = a.copy();
        assertEquals(a.state(), b.state());
        assertNotSame(a.seedSequence(), b.seedSequence());
        a.nextRaw();
        assertNotEquals(a.state(), b.state());
        a.spawn(2);
        assertEquals(0, b.seedSequence().nChildrenSpawned());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void bulkRawEqualsOneByOne(String name, Function<Object, NumpyBitGenerator> factory) {
        for (int burn : new int[] {0, 1, 2, 3, 4, 5, 622, 623, 624}) {
            for (int n : new int[] {0, 1, 3, 4, 5, 8, 9, 1000, 1003}) {
                NumpyBitGenerator bulk = burned(factory, burn);
                NumpyBitGenerator single = bulk.copy();
                long[] out = new long[n + 4];
                bulk.randomRaw(out, 2, n + 2);
                long[] expected = new long[n + 4];
                System.arraycopy(raw(single, n), 0, expected, 2, n);
                assertArrayEquals(expected, out, "burn " + burn + " n " + n);
                assertEquals(single.state(), bulk.state(), "burn " + burn + " n " + n);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void bulkDoublesEqualOneByOne(String name, Function<Object, NumpyBitGenerator> factory) {
        for (int burn : new int[] {0, 1, 2, 3, 623, 624}) {
            for (int n : new int[] {0, 1, 3, 4, 5, 1001}) {
                NumpyBitGenerator bulk = burned(factory, burn);
                NumpyBitGenerator single = bulk.copy();
                double[] out = new double[n + 2];
                bulk.nextDoubles(out, 1, n + 1);
                for (int i = 0; i < n; i++) {
                    assertEquals(Double.doubleToRawLongBits(single.nextDouble()),
                            Double.doubleToRawLongBits(out[i + 1]));
                }
                assertEquals(single.state(), bulk.state(), "burn " + burn + " n " + n);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideGenerators")
    void wideGeneratorsBuildDoublesFromTheTop53Bits(String name,
            Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator a = burned(factory, 3);
        NumpyBitGenerator b = a.copy();
        for (int i = 0; i < 100; i++) {
            assertEquals((b.nextUint64() >>> 11) * 0x1.0p-53, a.nextDouble());
        }
        assertArrayEquals(raw(a.copy(), 10), new long[] {b.nextUint64(), b.nextUint64(), b.nextUint64(),
                b.nextUint64(), b.nextUint64(), b.nextUint64(), b.nextUint64(), b.nextUint64(),
                b.nextUint64(), b.nextUint64()});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideGenerators")
    void uint32BufferReturnsTheLowHalfFirst(String name, Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator a = burned(factory, 2);
        NumpyBitGenerator b = a.copy();
        long word = b.nextUint64();
        assertEquals((int) word, a.nextUint32());
        assertEquals((int) (word >>> 32), a.nextUint32());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideGenerators")
    void uint32BufferSurvives64BitDrawsAndDoubles(String name,
            Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator a = burned(factory, 2);
        NumpyBitGenerator b = a.copy();
        long first = b.nextUint64();
        long second = b.nextUint64();
        long third = b.nextUint64();
        long fourth = b.nextUint64();
        assertEquals((int) first, a.nextUint32());
        assertEquals(second, a.nextUint64());
        assertEquals((third >>> 11) * 0x1.0p-53, a.nextDouble());
        assertEquals(fourth, a.nextRaw());
        assertEquals((int) (first >>> 32), a.nextUint32(), "the stale high half");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideGenerators")
    void bufferIsPartOfTheState(String name, Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator a = burned(factory, 0);
        BitGeneratorState empty = a.state();
        a.nextUint32();
        BitGeneratorState buffered = a.state();
        assertNotEquals(empty, buffered);
        int high = a.nextUint32();
        NumpyBitGenerator b = factory.apply(3);
        b.setState(buffered);
        assertEquals(high, b.nextUint32());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void isARandomGenerator(String name, Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator a = burned(factory, 5);
        NumpyBitGenerator b = a.copy();
        RandomGenerator view = a;
        assertEquals(b.nextUint32(), view.nextInt());
        assertEquals(b.nextUint64(), view.nextLong());
        assertEquals(b.nextDouble(), view.nextDouble());
        for (int i = 0; i < 1000; i++) {
            int v = view.nextInt(7);
            assertTrue(v >= 0 && v < 7);
            double d = view.nextDouble(2.0, 3.0);
            assertTrue(d >= 2.0 && d < 3.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void spawnSeedsChildrenFromSeedSequenceChildren(String name,
            Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator parent = factory.apply(List.of(7, 8));
        List<? extends NumpyBitGenerator> first = parent.spawn(2);
        List<? extends NumpyBitGenerator> second = parent.spawn(3);
        assertEquals(5, parent.seedSequence().nChildrenSpawned());
        SeedSequence twin = SeedSequence.of(List.of(7, 8));
        List<SeedSequence> children = twin.spawn(5);
        assertArrayEquals(raw(factory.apply(children.get(1)), 20), raw(first.get(1), 20));
        assertArrayEquals(raw(factory.apply(children.get(4)), 20), raw(second.get(2), 20));
        assertArrayEquals(new long[] {3}, second.get(1).seedSequence().spawnKey());
        assertEquals(name, second.get(0).name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void restoredStatesHaveNoSeedSequenceToSpawnFrom(String name,
            Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator restored = restore(factory.apply(1).state());
        assertNull(restored.seedSequence());
        assertRaises("TypeError", "The underlying SeedSequence does not implement spawning.",
                () -> restored.spawn(1));
    }

    static NumpyBitGenerator restore(BitGeneratorState state) {
        if (state instanceof Mt19937.State s) {
            return Mt19937.fromState(s);
        } else if (state instanceof Pcg64.State s) {
            return Pcg64.fromState(s);
        } else if (state instanceof Pcg64Dxsm.State s) {
            return Pcg64Dxsm.fromState(s);
        } else if (state instanceof Philox.State s) {
            return Philox.fromState(s);
        }
        return Sfc64.fromState((Sfc64.State) state);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void stateForAnotherGeneratorIsRefused(String name, Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator g = factory.apply(1);
        BitGeneratorState other = (name.equals("PCG64") ? Pcg64Dxsm.seeded(1) : Pcg64.seeded(1)).state();
        String message = switch (name) {
            case "MT19937" -> "state must be for a MT19937 PRNG";
            case "Philox" -> "state must be for a Philox PRNG";
            case "SFC64" -> "state must be for a {self.__class__.__name__} RNG";
            default -> "state must be for a " + name + " RNG";
        };
        BitGeneratorState before = g.state();
        assertRaises("ValueError", message, () -> g.setState(other));
        assertRaises("TypeError", "state must be a dict", () -> g.setState((BitGeneratorState) null));
        assertEquals(before, g.state());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void jumpedLeavesTheOriginalAloneAndComposes(String name,
            Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator g = burned(factory, 9);
        if (!g.supportsJumped()) {
            assertRaises("AttributeError", "'numpy.random._sfc64.SFC64' object has no attribute 'jumped'",
                    g::jumped);
            return;
        }
        BitGeneratorState before = g.state();
        NumpyBitGenerator once = g.jumped();
        assertEquals(before, g.state());
        assertNotEquals(before, once.state());
        assertEquals(once.state(), g.jumped(BigInteger.ONE).state());
        assertEquals(once.jumped().state(), g.jumped(BigInteger.TWO).state());
        assertNotNull(once.seedSequence());
        assertNotSame(g.seedSequence(), once.seedSequence());
        assertFalse(g.seedSequence().entropy().equals(once.seedSequence().entropy()),
                "NumPy gives the jumped copy fresh OS entropy");
        assertEquals(name, once.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void advanceIsAdditive(String name, Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator g = burned(factory, 5);
        if (!g.supportsAdvance()) {
            String module = name.equals("MT19937") ? "_mt19937" : "_sfc64";
            assertRaises("AttributeError", "'numpy.random." + module + "." + name
                    + "' object has no attribute 'advance'", () -> g.advance(BigInteger.ONE));
            return;
        }
        BigInteger[] steps = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(1000),
            BigInteger.TWO.pow(64).subtract(BigInteger.ONE), BigInteger.TWO.pow(127),
            BigInteger.valueOf(-12345), BigInteger.TWO.pow(300).add(BigInteger.TEN)};
        for (BigInteger a : steps) {
            for (BigInteger b : steps) {
                BitGeneratorState split = g.copy().advance(a).advance(b).state();
                assertEquals(g.copy().advance(a.add(b)).state(), split, a + " + " + b);
            }
            assertEquals(g.copy().advance(BigInteger.ZERO).state(),
                    g.copy().advance(a).advance(a.negate()).state(), "back by " + a);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideGenerators")
    void advanceClearsTheUint32Buffer(String name, Function<Object, NumpyBitGenerator> factory) {
        NumpyBitGenerator g = burned(factory, 0);
        if (!g.supportsAdvance()) {
            return;
        }
        g.nextUint32();
        g.advance(BigInteger.ZERO);
        long fresh = g.copy().nextUint64();
        assertEquals((int) fresh, g.nextUint32(), "a fresh low half, not the buffered high half");
    }
}
