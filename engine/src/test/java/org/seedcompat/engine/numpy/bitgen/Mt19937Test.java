package org.seedcompat.engine.numpy.bitgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Mt19937Test {

    private static final String RANGE = "Seed must be between 0 and 2**32 - 1";

    @Test
    void legacySeedingLeavesPosAtStateLength() {
        assertEquals(624, Mt19937.legacySeeded(0).pos());
        assertEquals(624, Mt19937.legacySeeded(new long[] {1, 2, 3}).pos());
        assertEquals(624, Mt19937.legacySeeded(0xFFFFFFFFL).pos());
    }

    @Test
    void initByArrayForcesTheTopBitOfTheFirstWord() {
        assertEquals(0x80000000, Mt19937.legacySeeded(new long[] {7}).key()[0]);
    }

    @Test
    void initGenrandStoresTheSeedAsFirstWord() {
        // Knuth's initialiser starts the key with the seed itself.
        assertEquals(12345, Mt19937.legacySeeded(12345).key()[0]);
        assertEquals(0xFFFFFFFF, Mt19937.legacySeeded(0xFFFFFFFFL).key()[0]);
    }

    @Test
    void arraySeedIsNotTheScalarSeed() {
        assertNotEquals(Mt19937.legacySeeded(5).nextUint32(),
                Mt19937.legacySeeded(new long[] {5}).nextUint32());
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 1L << 32, Long.MIN_VALUE, Long.MAX_VALUE})
    void scalarSeedOutOfRange(long seed) {
        assertValueError(RANGE, () -> Mt19937.legacySeeded(seed));
    }

    @Test
    void arraySeedErrors() {
        assertValueError("Seed must be non-empty", () -> Mt19937.legacySeeded(new long[0]));
        assertValueError(RANGE, () -> Mt19937.legacySeeded(new long[] {1, -1}));
        assertValueError(RANGE, () -> Mt19937.legacySeeded(new long[] {1L << 32}));
    }

    @Test
    void nextUint64TakesTheFirstWordAsHighHalf() {
        Mt19937 a = Mt19937.legacySeeded(99);
        Mt19937 b = a.copy();
        long high = b.nextUint32() & 0xFFFFFFFFL;
        long low = b.nextUint32() & 0xFFFFFFFFL;
        assertEquals(high << 32 | low, a.nextUint64());
    }

    @Test
    void nextDoubleUses27And26BitsOfTwoWords() {
        Mt19937 a = Mt19937.legacySeeded(7);
        Mt19937 b = a.copy();
        for (int i = 0; i < 2000; i++) {
            long hi = (b.nextUint32() >>> 5);
            long lo = (b.nextUint32() >>> 6);
            assertEquals((hi << 26 | lo) * 0x1p-53, a.nextDouble());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 300, 622, 623, 624})
    void bulkDoublesEqualOneByOneAcrossRegeneration(int skipWords) {
        Mt19937 bulk = Mt19937.legacySeeded(2024);
        for (int i = 0; i < skipWords; i++) {
            bulk.nextUint32();
        }
        Mt19937 single = bulk.copy();
        double[] out = new double[1500];
        bulk.nextDoubles(out, 3, 1400);
        for (int i = 3; i < 1400; i++) {
            assertEquals(single.nextDouble(), out[i], "index " + i);
        }
        assertEquals(0.0, out[0]);
        assertEquals(0.0, out[1400]);
        assertTrue(bulk.sameStateAs(single));
    }

    @Test
    void stateRoundTripContinuesTheStream() {
        Mt19937 a = Mt19937.legacySeeded(new long[] {3, 1, 4, 1, 5});
        for (int i = 0; i < 1000; i++) {
            a.nextUint32();
        }
        Mt19937 b = Mt19937.fromState(a.key(), a.pos());
        for (int i = 0; i < 2000; i++) {
            assertEquals(a.nextUint32(), b.nextUint32());
        }
    }

    @Test
    void copyIsIndependent() {
        Mt19937 a = Mt19937.legacySeeded(11);
        Mt19937 b = a.copy();
        int first = a.nextUint32();
        assertEquals(first, b.nextUint32());
        a.nextUint32();
        assertFalse(a.sameStateAs(b));
    }

    @Test
    void keyIsACopy() {
        Mt19937 a = Mt19937.legacySeeded(11);
        int[] key = a.key();
        key[5] ^= 1;
        assertFalse(java.util.Arrays.equals(key, a.key()));
    }

    @Test
    void setStateUsesTheFirst624WordsOfALongerKey() {
        Mt19937 a = Mt19937.legacySeeded(3);
        int[] longer = java.util.Arrays.copyOf(a.key(), 700);
        assertArrayEquals(a.key(), Mt19937.fromState(longer, 10).key());
    }

    @Test
    void setStateRejectsShortKeysAsNumPyDoes() {
        assertRaises("IndexError", "index 3 is out of bounds for axis 0 with size 3",
                () -> Mt19937.fromState(new int[3], 0));
    }

    @Test
    void setStateRejectsPositionsOutsideTheKey() {
        Mt19937 a = Mt19937.legacySeeded(3);
        int[] before = a.key();
        assertRaises("ValueError", "pos must be between 0 and 624, got 625",
                () -> a.setState(new int[624], 625));
        assertRaises("ValueError", "pos must be between 0 and 624, got -1",
                () -> a.setState(new int[624], -1));
        assertArrayEquals(before, a.key());
    }

    @Test
    void osEntropyMatchesNumPysLayout() {
        Mt19937 a = Mt19937.fromOsEntropy();
        assertEquals(623, a.pos());
        assertEquals(0x80000000, a.key()[0]);
        Mt19937 b = Mt19937.legacySeeded(1);
        b.nextUint32();
        b.legacySeedFromOsEntropy();
        assertEquals(1, b.pos(), "legacy seeding from entropy keeps pos");
    }

    @Test
    void worksAsAJavaRandomGenerator() {
        Mt19937 a = Mt19937.legacySeeded(5);
        Mt19937 b = a.copy();
        RandomGenerator view = a;
        assertEquals(b.nextUint32(), view.nextInt());
        assertEquals(b.nextUint64(), view.nextLong());
        assertEquals(b.nextDouble(), view.nextDouble());
        for (int i = 0; i < 1000; i++) {
            int v = view.nextInt(17);
            assertTrue(v >= 0 && v < 17);
            double d = view.nextDouble(-2.0, 3.0);
            assertTrue(d >= -2.0 && d < 3.0);
        }
        assertEquals(100, view.doubles(100).filter(d -> d >= 0 && d < 1).count());
    }
}
