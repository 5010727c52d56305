package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.distributions.MaskedIntegers;

class RandomStateShuffleTest {

    @Test
    void permutationIsAPermutation() {
        long[] p = new RandomState(3).permutation(1000);
        long[] sorted = p.clone();
        Arrays.sort(sorted);
        assertArrayEquals(LongStream.range(0, 1000).toArray(), sorted);
        assertNotEquals(Arrays.toString(sorted), Arrays.toString(p));
    }

    @Test
    void permutationOfNonPositiveIsEmptyAndDrawsNothing() {
        RandomState r = new RandomState(3);
        LegacyState before = r.getState();
        assertEquals(0, r.permutation(0).length);
        assertEquals(0, r.permutation(-3).length);
        assertArrayEquals(new long[] {0}, r.permutation(1));
        assertEquals(before, r.getState());
    }

    @Test
    void shuffleUsesMaskedIntervalsFromTheTop() {
        RandomState a = new RandomState(4);
        Mt19937 twin = ((Mt19937) a.bitGenerator()).copy();
        long[] data = LongStream.range(0, 50).toArray();
        long[] expected = data.clone();
        for (int i = expected.length - 1; i > 0; i--) {
            int j = (int) MaskedIntegers.randomInterval(twin, i);
            long t = expected[i];
            expected[i] = expected[j];
            expected[j] = t;
        }
        a.shuffle(data);
        assertArrayEquals(expected, data);
    }

    @Test
    void allOverloadsShuffleAlike() {
        long[] longs = LongStream.range(0, 40).toArray();
        double[] doubles = new double[40];
        int[] ints = new int[40];
        Object[] objects = new Object[40];
        long[] rows = new long[40];
        double[] doubleRows = new double[40];
        for (int i = 0; i < 40; i++) {
            doubles[i] = i;
            ints[i] = i;
            objects[i] = (long) i;
            rows[i] = i;
            doubleRows[i] = i;
        }
        new RandomState(9).shuffle(longs);
        new RandomState(9).shuffle(doubles);
        new RandomState(9).shuffle(ints);
        new RandomState(9).shuffle(objects);
        new RandomState(9).shuffle(rows, 40, 1);
        new RandomState(9).shuffle(doubleRows, 40, 1);
        for (int i = 0; i < 40; i++) {
            assertEquals(longs[i], (long) doubles[i]);
            assertEquals(longs[i], ints[i]);
            assertEquals(longs[i], objects[i]);
            assertEquals(longs[i], rows[i]);
            assertEquals(longs[i], (long) doubleRows[i]);
        }
        assertArrayEquals(new RandomState(9).permutation(40), longs);
    }

    @Test
    void rowShuffleMovesWholeRowsLikeAPermutation() {
        RandomState a = new RandomState(12);
        RandomState b = new RandomState(12);
        int rows = 30;
        int cols = 4;
        long[] data = LongStream.range(0, rows * cols).toArray();
        a.shuffle(data, rows, cols);
        long[] order = b.permutation(rows);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                assertEquals(order[r] * cols + c, data[r * cols + c]);
            }
        }
    }

    @Test
    void arraysWithoutElementsDrawNothing() {
        RandomState r = new RandomState(12);
        LegacyState before = r.getState();
        r.shuffle(new long[0], 5, 0);
        r.shuffle(new double[0], 0, 3);
        r.shuffle(new long[0]);
        r.shuffle(new long[] {42});
        assertEquals(before, r.getState());
    }

    @Test
    void rowShapeMustMatchTheData() {
        RandomState r = new RandomState(12);
        assertThrows(IllegalArgumentException.class, () -> r.shuffle(new long[6], 4, 2));
        assertThrows(IllegalArgumentException.class, () -> r.shuffle(new double[6], -2, -3));
    }

    @Test
    void shuffledDataKeepsItsValues() {
        double[] data = {1.5, -2.0, 3.25, 1.5, 0.0};
        double[] copy = data.clone();
        new RandomState(1).shuffle(data);
        Arrays.sort(data);
        Arrays.sort(copy);
        assertArrayEquals(copy, data);
        assertTrue(data.length == 5);
    }
}
