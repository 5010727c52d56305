package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RandomStateSeedingTest {

    private static final String RANGE = "Seed must be between 0 and 2**32 - 1";

    @Test
    void seedErrors() {
        assertValueError(RANGE, () -> new RandomState(-1));
        assertValueError(RANGE, () -> new RandomState(1L << 32));
        assertValueError(RANGE, () -> RandomState.seeded(BigInteger.TWO.pow(100)));
        assertValueError(RANGE, () -> RandomState.seeded(BigInteger.valueOf(-1)));
        assertValueError("Seed must be non-empty", () -> new RandomState(new long[0]));
        assertValueError(RANGE, () -> new RandomState(new long[] {1, 1L << 32}));
        assertValueError(RANGE, () -> new RandomState(0).seed(-1));
        assertValueError("Seed must be non-empty", () -> new RandomState(0).seed(new long[0]));
    }

    @Test
    void bigIntegerSeedEqualsLongSeed() {
        RandomState a = RandomState.seeded(BigInteger.valueOf(0xFFFFFFFFL));
        RandomState b = new RandomState(0xFFFFFFFFL);
        assertEquals(a.getState(), b.getState());
    }

    @Test
    void reseedingRestartsTheStreamAndEmptiesTheGaussCache() {
        RandomState a = new RandomState(17);
        double[] first = a.randn(3);
        assertEquals(1, a.getState().hasGauss());
        a.seed(17);
        assertEquals(0, a.getState().hasGauss());
        assertArrayEquals(first, a.randn(3));
        a.seed(new long[] {17});
        assertEquals(new RandomState(new long[] {17}).getState(), a.getState());
        a.seed(BigInteger.valueOf(17));
        assertEquals(new RandomState(17).getState(), a.getState());
    }

    @Test
    void entropySeedingIsUsableAndKeepsPos() {
        RandomState a = new RandomState();
        assertEquals(623, a.getState().pos());
        a.randomSample(new int[] {10});
        int pos = a.getState().pos();
        a.seed();
        assertEquals(pos, a.getState().pos());
        assertEquals(0, a.getState().hasGauss());
        assertNotEquals(new RandomState().getState(), new RandomState().getState());
    }

    @Test
    void getAndSetStateRoundTripIncludingTheGaussCache() {
        RandomState a = new RandomState(99);
        a.randn(3); // odd count leaves a cached value
        LegacyState saved = a.getState();
        assertEquals(1, saved.hasGauss());
        double[] expected = a.randn(7);
        long[] expectedInts = a.randint(0, 1000, new int[] {20});

        RandomState b = new RandomState(0);
        b.setState(saved);
        assertEquals(saved, b.getState());
        assertArrayEquals(expected, b.randn(7));
        assertArrayEquals(expectedInts, b.randint(0, 1000, new int[] {20}));
    }

    @Test
    void threeElementStateClearsTheGaussCache() {
        RandomState a = new RandomState(5);
        a.randn(1);
        LegacyState full = a.getState();
        a.setState(LegacyState.withoutGauss(full.key(), full.pos()));
        LegacyState after = a.getState();
        assertEquals(0, after.hasGauss());
        assertEquals(0.0, after.cachedGaussian());
        assertArrayEquals(full.key(), after.key());
    }

    @Test
    void setStateKeepsArbitraryGaussFlags() {
        RandomState a = new RandomState(5);
        LegacyState s = a.getState();
        a.setState(new LegacyState(s.key(), s.pos(), 5, 0.5));
        assertEquals(5, a.getState().hasGauss());
        assertEquals(0.5, a.standardNormal());
        assertEquals(0, a.getState().hasGauss());
    }

    @Test
    void setStateErrors() {
        RandomState a = new RandomState(5);
        assertRaises("IndexError", "index 3 is out of bounds for axis 0 with size 3",
                () -> a.setState(LegacyState.withoutGauss(new int[3], 0)));
        LegacyState before = new RandomState(6).getState();
        RandomState b = new RandomState(6);
        assertValueError("pos must be between 0 and 624, got 700",
                () -> b.setState(new LegacyState(new int[624], 700, 1, 2.0)));
        assertEquals(before, b.getState(), "a rejected pos changes nothing");
    }

    @Test
    void copyIsIndependentAndCarriesTheCache() {
        RandomState a = new RandomState(21);
        a.randn(1);
        RandomState b = a.copy();
        assertEquals(a.getState(), b.getState());
        assertArrayEquals(a.randn(5), b.randn(5));
        a.randomSample();
        assertNotEquals(a.getState(), b.getState());
    }

    @Test
    void stateSnapshotsAreImmutable() {
        RandomState a = new RandomState(21);
        LegacyState s = a.getState();
        int[] key = s.key();
        key[0] ^= 1;
        assertEquals(a.getState(), s);
        a.randomSample();
        assertNotEquals(a.getState(), s);
    }

    @Test
    void bitGeneratorIsALiveRandomGeneratorView() {
        RandomState a = new RandomState(3);
        RandomState b = a.copy();
        java.util.random.RandomGenerator view = a.bitGenerator();
        assertEquals(b.randomSample(), view.nextDouble());
        assertEquals(b.tomaxint(), view.nextLong() >>> 1);
    }
}
