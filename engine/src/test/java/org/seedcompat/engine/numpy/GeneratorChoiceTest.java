package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.distributions.LemireIntegers;

class GeneratorChoiceTest {

    private static Generator gen(long seed) {
        return new Generator(Mt19937.legacySeeded(seed));
    }

    private static Mt19937 mt(Generator g) {
        return (Mt19937) g.bitGenerator();
    }

    private static void assertDistinctIn(long[] v, long pop) {
        Set<Long> seen = new HashSet<>();
        for (long x : v) {
            assertTrue(x >= 0 && x < pop, x + " outside [0, " + pop + ")");
            assertTrue(seen.add(x), "repeated " + x);
        }
    }

    @Test
    void withReplacementIsIntegers() {
        Generator a = gen(1);
        Generator b = gen(1);
        assertArrayEquals(b.integers(BigInteger.ZERO, BigInteger.valueOf(1000), new int[] {2, 50}, DType.INT64, false),
                a.choice(1000, new int[] {2, 50}, true, null, true));
        assertEquals(b.integers(0, 7), a.choice(7));
        assertArrayEquals(b.integers(0, 7, new int[0]), a.choice(7, new int[0], true, null, false));
        assertTrue(mt(a).sameStateAs(mt(b)));
    }

    @Test
    void withoutReplacementValuesAreDistinctOnEveryPath() {
        Generator g = gen(2);
        long[][] cases = {{1, 1}, {5, 5}, {100, 7}, {10000, 10000}, {10001, 150}, {20000, 500},
            {20000, 401}, {20000, 1000}, {1 << 20, 30000}, {1L << 40, 100}, {(1L << 32) + 5, 1000}};
        for (long[] c : cases) {
            for (boolean shuffle : new boolean[] {true, false}) {
                long[] v = g.choice(c[0], new int[] {(int) c[1]}, false, null, shuffle);
                assertEquals(c[1], v.length);
                assertDistinctIn(v, c[0]);
            }
        }
    }

    @Test
    void floydEmitsAtMostItsCursorAndShufflingKeepsTheSet() {
        for (long[] c : new long[][] {{100, 30}, {10001, 150}, {1L << 40, 50}}) {
            long[] plain = gen(3).choice(c[0], new int[] {(int) c[1]}, false, null, false);
            long[] shuffled = gen(3).choice(c[0], new int[] {(int) c[1]}, false, null, true);
            for (int k = 0; k < plain.length; k++) {
                assertTrue(plain[k] <= c[0] - c[1] + k, "Floyd's k-th value is at most pop-size+k");
            }
            long[] a = plain.clone();
            long[] b = shuffled.clone();
            Arrays.sort(a);
            Arrays.sort(b);
            assertArrayEquals(a, b);
            assertNotEquals(Arrays.toString(plain), Arrays.toString(shuffled));
        }
    }

    @Test
    void largeSamplesOfLargePopulationsAreATailShuffle() {
        // pop > 10000 and size > pop // 50: the last `size` entries of a Lemire-shuffled arange
        Mt19937 twin = Mt19937.legacySeeded(4);
        long[] v = gen(4).choice(20000, new int[] {500}, false, null, true);
        long[] all = new long[20000];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        for (int i = 19999; i >= 19500; i--) {
            int j = (int) LemireIntegers.boundedUint64(twin, i);
            long t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        assertArrayEquals(Arrays.copyOfRange(all, 19500, 20000), v);
        // the cutoff is pop // 20 without shuffle: 500 of 20000 is then Floyd's (size 500 values
        // at most pop-size+k)
        long[] floyd = gen(4).choice(20000, new int[] {500}, false, null, false);
        for (int k = 0; k < 500; k++) {
            assertTrue(floyd[k] <= 19500 + k);
        }
    }

    @Test
    void zeroProbabilitiesAreNeverChosen() {
        double[] p = {0.25, 0, 0.5, 0, 0.25};
        Generator g = gen(5);
        for (long x : g.choice(5, new int[] {2000}, true, p, true)) {
            assertTrue(x == 0 || x == 2 || x == 4);
        }
        for (int rep = 0; rep < 50; rep++) {
            long[] v = g.choice(5, new int[] {3}, false, p, true);
            assertDistinctIn(v, 5);
            for (long x : v) {
                assertTrue(p[(int) x] > 0);
            }
        }
        assertValueError("Fewer non-zero entries in p than size", () -> g.choice(5, new int[] {4}, false, p, true));
    }

    @Test
    void weightedWithReplacementLooksUpUniformsInTheCdf() {
        double[] p = {0.1, 0.2, 0.3, 0.4};
        Generator a = gen(6);
        Generator b = gen(6);
        long[] v = a.choice(4, new int[] {100}, true, p, true);
        double[] u = b.random(new int[] {100});
        double[] cdf = new double[4];
        double running = 0;
        for (int k = 0; k < 4; k++) {
            cdf[k] = running += p[k];
        }
        for (int k = 0; k < 4; k++) {
            cdf[k] /= cdf[3];
        }
        for (int i = 0; i < 100; i++) {
            int entriesAtMostU = 0;
            while (entriesAtMostU < 4 && cdf[entriesAtMostU] <= u[i]) {
                entriesAtMostU++;
            }
            assertEquals(entriesAtMostU, v[i], "u=" + u[i]);
        }
    }

    @Test
    void errorsInNumPysOrderAndWords() {
        Generator g = gen(7);
        Mt19937 before = mt(g).copy();
        assertValueError("a must be a positive integer unless no samples are taken", () -> g.choice(0));
        assertValueError("a must be a positive integer unless no samples are taken",
                () -> g.choice(-3, new int[] {2, 1}, true, null, true));
        assertValueError("a cannot be empty unless no samples are taken",
                () -> g.choiceIndices(0, null, true, null, true));
        assertValueError("a and p must have same size", () -> g.choice(3, null, true, new double[] {0.5, 0.5}, true));
        assertValueError("Probabilities contain NaN", () -> g.choice(2, null, true, new double[] {Double.NaN, 0.5}, true));
        assertValueError("Probabilities are not non-negative", () -> g.choice(2, null, true, new double[] {-0.5, 1.5}, true));
        assertValueError("Probabilities do not sum to 1. See Notes section of docstring for more information.",
                () -> g.choice(2, null, true, new double[] {0.5, 0.6}, true));
        assertValueError("Cannot take a larger sample than population when replace is False",
                () -> g.choice(5, new int[] {6}, false, null, true));
        assertValueError("Cannot take a larger sample than population when replace is False",
                () -> g.choice(-1, new int[] {0}, false, null, true));
        assertValueError("negative dimensions are not allowed", () -> g.choice(5, new int[] {-1}, false, null, true));
        assertValueError("negative dimensions are not allowed", () -> g.choice(5, new int[] {-1}, true, null, true));
        assertValueError("negative dimensions are not allowed",
                () -> g.choice(5, new int[] {-1, -1}, false, new double[] {.2, .2, .2, .2, .2}, true));
        assertTrue(before.sameStateAs(mt(g)), "no draws so far");
        // an empty sample of an empty population draws nothing
        assertEquals(0, g.choice(0, new int[] {0}, true, null, true).length);
        assertEquals(0, g.choice(-1, new int[] {2, 0}, true, null, true).length);
        assertEquals(0, g.choice(0, new int[] {0}, false, null, true).length);
        assertEquals(0, g.choiceIndices(0, new int[] {0}, true, null, true).length);
        assertTrue(before.sameStateAs(mt(g)));
        // the shape is applied after drawing
        assertValueError("can only specify one unknown dimension", () -> g.choice(5, new int[] {-1, -1}, false, null, true));
        assertFalse(before.sameStateAs(mt(g)));
    }

    @Test
    void probabilityToleranceFollowsTheDtypeOfP() {
        double[] p = {0.25, 0.25, 0.25, 0.25 + 1e-5};
        assertValueError("Probabilities do not sum to 1. See Notes section of docstring for more information.",
                () -> gen(8).choice(4, null, true, p, DType.FLOAT64, true));
        assertEquals(1, gen(8).choice(4, null, true, p, DType.FLOAT32, true).length);
    }

    @Test
    void arrayChoiceTakesSubArraysAlongTheAxis() {
        long[] data = new long[24]; // shape (2, 3, 4): value = index
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        int[] shape = {2, 3, 4};
        long[] idx = gen(5).choiceIndices(3, new int[] {2}, false, null, true);
        long[] got = gen(5).choice(data, shape, -2, new int[] {2}, false, null, true);
        assertArrayEquals(new int[] {2, 2, 4}, Generator.choiceShape(shape, -2, new int[] {2}));
        long[] want = new long[16];
        for (int o = 0; o < 2; o++) {
            for (int k = 0; k < 2; k++) {
                for (int in = 0; in < 4; in++) {
                    want[(o * 2 + k) * 4 + in] = (o * 3 + idx[k]) * 4 + in;
                }
            }
        }
        assertArrayEquals(want, got);
        assertArrayEquals(new int[] {2, 4}, Generator.choiceShape(shape, 1, null));
        assertRaises("AxisError", "axis 3 is out of bounds for array of dimension 3",
                () -> gen(5).choice(data, shape, 3, null, true, null, true));
    }
}
