package org.seedcompat.engine.numpy.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.numpy.Generator;
import org.seedcompat.engine.numpy.bitgen.Mt19937;

class ShufflesTest {

    private static Generator gen(long seed) {
        return new Generator(Mt19937.legacySeeded(seed));
    }

    private static Mt19937 mt(Generator g) {
        return (Mt19937) g.bitGenerator();
    }

    private static long[] arange(int n) {
        return LongStream.range(0, n).toArray();
    }

    private static void assertPermutationOf(long[] expected, long[] actual) {
        long[] a = expected.clone();
        long[] b = actual.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        assertArrayEquals(a, b);
    }

    @Test
    void shuffleIsFisherYatesWithMaskedIntervals() {
        Mt19937 twin = Mt19937.legacySeeded(1);
        long[] expected = arange(500);
        for (int i = expected.length - 1; i > 0; i--) {
            int j = (int) MaskedIntegers.randomInterval(twin, i);
            long t = expected[i];
            expected[i] = expected[j];
            expected[j] = t;
        }
        Generator g = gen(1);
        long[] data = arange(500);
        g.shuffle(data, new int[] {500}, 0);
        assertArrayEquals(expected, data);
        assertTrue(twin.sameStateAs(mt(g)));
        long[] again = arange(500);
        gen(1).shuffle(again);
        assertArrayEquals(expected, again);
        double[] doubles = new double[500];
        for (int i = 0; i < 500; i++) {
            doubles[i] = i;
        }
        gen(1).shuffle(doubles, new int[] {500}, -1);
        for (int i = 0; i < 500; i++) {
            assertEquals(expected[i], (long) doubles[i]);
        }
    }

    @Test
    void shufflingAlongAnAxisMovesWholeSubArrays() {
        int[] shape = {3, 4, 5};
        for (int axis = 0; axis < 3; axis++) {
            long[] data = arange(60);
            gen(2).shuffle(data, shape, axis);
            long[] negative = arange(60);
            gen(2).shuffle(negative, shape, axis - 3);
            assertArrayEquals(data, negative);
            assertPermutationOf(arange(60), data);
            // the coordinates other than `axis` never change
            int[] strides = {20, 5, 1};
            for (int i = 0; i < 60; i++) {
                for (int d = 0; d < 3; d++) {
                    if (d != axis) {
                        assertEquals((i / strides[d]) % shape[d], (data[i] / strides[d]) % shape[d]);
                    }
                }
            }
            // and along `axis`, one index map serves every position
            long[] source = new long[shape[axis]];
            Arrays.fill(source, -1);
            for (int i = 0; i < 60; i++) {
                int k = (i / strides[axis]) % shape[axis];
                long from = (data[i] / strides[axis]) % shape[axis];
                if (source[k] < 0) {
                    source[k] = from;
                }
                assertEquals(source[k], from);
            }
        }
    }

    @Test
    void shuffleErrorsAndEmptyArrays() {
        Generator g = gen(3);
        Mt19937 before = mt(g).copy();
        assertRaises("TypeError", "len() of unsized object", () -> g.shuffle(new long[] {5}, new int[0], 0));
        assertRaises("AxisError", "axis 2 is out of bounds for array of dimension 2", () -> g.shuffle(arange(6), new int[] {2, 3}, 2));
        assertRaises("AxisError", "axis -3 is out of bounds for array of dimension 2", () -> g.shuffle(arange(6), new int[] {2, 3}, -3));
        g.shuffle(new long[0], new int[] {2, 0, 3}, 1);
        g.shuffle(new long[0], new int[] {0}, 0);
        g.shuffle(new long[] {9}, new int[] {1}, 0);
        assertTrue(before.sameStateAs(mt(g)), "nothing drawn");
    }

    @Test
    void permutationShufflesAnArange() {
        long[] expected = arange(1000);
        gen(4).shuffle(expected);
        assertArrayEquals(expected, gen(4).permutation(1000));
        Generator g = gen(4);
        Mt19937 before = mt(g).copy();
        assertEquals(0, g.permutation(0).length);
        assertEquals(0, g.permutation(-3).length);
        assertArrayEquals(new long[] {0}, g.permutation(1));
        assertTrue(before.sameStateAs(mt(g)));
    }

    @Test
    void permutationOfAnArrayGathersAlongTheAxis() {
        int[] shape = {4, 5};
        long[] data = arange(20);
        long[] rows = gen(5).permutation(data, shape, 0);
        long[] order = gen(5).permutation(4);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(data[(int) order[r] * 5 + c], rows[r * 5 + c]);
            }
        }
        long[] cols = gen(5).permutation(data, shape, 1);
        long[] colOrder = gen(5).permutation(5);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(data[r * 5 + (int) colOrder[c]], cols[r * 5 + c]);
            }
        }
        assertArrayEquals(arange(20), data, "the input is not touched");
        // unlike shuffle, an n-d permutation draws even when the array is empty
        Generator g = gen(5);
        Mt19937 before = mt(g).copy();
        assertEquals(0, g.permutation(new long[0], new int[] {3, 0}, 0).length);
        assertFalse(before.sameStateAs(mt(g)));
        assertRaises("AxisError", "axis 0 is out of bounds for array of dimension 0", () -> g.permutation(new long[] {1}, new int[0], 0));
    }

    @Test
    void permutedShufflesEveryLaneIndependently() {
        int[] shape = {3, 4, 5};
        long[] data = arange(60);
        for (int axis = -3; axis < 3; axis++) {
            long[] out = gen(6).permuted(data, shape, axis);
            assertArrayEquals(arange(60), data);
            int ax = (axis + 3) % 3;
            int[] strides = {20, 5, 1};
            for (int i = 0; i < 60; i++) {
                for (int d = 0; d < 3; d++) {
                    if (d != ax) {
                        assertEquals((i / strides[d]) % shape[d], (out[i] / strides[d]) % shape[d]);
                    }
                }
            }
        }
        // a single lane is a 1-d shuffle (the last step, random_interval(0), draws nothing)
        long[] lane = gen(7).permuted(arange(40), new int[] {1, 40}, 1);
        long[] oneD = arange(40);
        gen(7).shuffle(oneD);
        assertArrayEquals(oneD, lane);
        // without an axis the flattened array is shuffled
        long[] flat = arange(60);
        gen(8).shuffle(flat);
        assertArrayEquals(flat, gen(8).permuted(data, shape, null));
        double[] doubles = new double[12];
        Arrays.setAll(doubles, i -> i);
        double[] permutedDoubles = gen(9).permuted(doubles, new int[] {3, 4}, 1);
        long[] permutedLongs = gen(9).permuted(arange(12), new int[] {3, 4}, 1);
        for (int i = 0; i < 12; i++) {
            assertEquals(permutedLongs[i], (long) permutedDoubles[i]);
        }
        assertNotEquals(Arrays.toString(arange(12)), Arrays.toString(permutedLongs));
    }

    @Test
    void permutedErrors() {
        Generator g = gen(10);
        assertRaises("TypeError", "len() of unsized object", () -> g.permuted(new long[] {5}, new int[0], null));
        assertRaises("AxisError", "axis 0 is out of bounds for array of dimension 0", () -> g.permuted(new long[] {5}, new int[0], 0));
        assertRaises("AxisError", "axis 2 is out of bounds for array of dimension 2", () -> g.permuted(arange(6), new int[] {2, 3}, 2));
        assertRaises("AxisError", "axis -3 is out of bounds for array of dimension 2", () -> g.permuted(arange(6), new int[] {2, 3}, -3));
    }
}
