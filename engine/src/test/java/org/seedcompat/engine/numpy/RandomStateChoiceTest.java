package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertRaises;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;

class RandomStateChoiceTest {

    private static final double[] P = {0.1, 0.2, 0.05, 0.3, 0.15, 0.2};

    @Test
    void uniformWithReplacementIsRandint() {
        RandomState a = new RandomState(5);
        RandomState b = new RandomState(5);
        assertArrayEquals(b.randint(0, 10, new int[] {4, 5}), a.choice(10, new int[] {4, 5}, true, null));
        assertArrayEquals(b.randint(0, 1L << 40, new int[] {5}), a.choice(1L << 40, new int[] {5}, true, null));
        assertEquals(b.randint(0, 7), a.choice(7));
        assertEquals(a.getState(), b.getState());
    }

    @Test
    void uniformWithoutReplacementIsATruncatedPermutation() {
        RandomState a = new RandomState(5);
        RandomState b = new RandomState(5);
        long[] perm = b.permutation(100);
        assertArrayEquals(Arrays.copyOf(perm, 6), a.choice(100, new int[] {2, 3}, false, null));
        assertEquals(b.permutation(9)[0], a.choice(9, null, false, null)[0]);
        assertEquals(a.getState(), b.getState());
    }

    @Test
    void weightedWithReplacementLooksUpTheCdf() {
        RandomState a = new RandomState(5);
        RandomState b = new RandomState(5);
        long[] picks = a.choice(6, new int[] {500}, true, P);
        double[] u = b.randomSample(new int[] {500});
        double[] cdf = new double[P.length];
        double sum = 0;
        for (int i = 0; i < P.length; i++) {
            sum += P[i];
            cdf[i] = sum;
        }
        for (int i = 0; i < u.length; i++) {
            int expected = 0;
            while (cdf[expected] / cdf[cdf.length - 1] <= u[i]) {
                expected++;
            }
            assertEquals(expected, picks[i]);
        }
    }

    @Test
    void zeroWeightsAreNeverPicked() {
        double[] p = {0.5, 0.0, 0.3, 0.0, 0.2, 0.0};
        RandomState r = new RandomState(8);
        for (long v : r.choice(6, new int[] {2000}, true, p)) {
            assertTrue(p[(int) v] > 0);
        }
        for (int round = 0; round < 50; round++) {
            long[] picks = r.choice(6, new int[] {3}, false, p);
            Set<Long> distinct = new HashSet<>();
            for (long v : picks) {
                assertTrue(p[(int) v] > 0);
                distinct.add(v);
            }
            assertEquals(3, distinct.size());
        }
    }

    @Test
    void weightedWithoutReplacementGivesDistinctValues() {
        RandomState r = new RandomState(31);
        double[] p = new double[50];
        Arrays.fill(p, 1.0 / 50);
        for (int round = 0; round < 20; round++) {
            long[] picks = r.choice(50, new int[] {5, 8}, false, p);
            assertEquals(40, Arrays.stream(picks).distinct().count());
        }
    }

    @Test
    void arrayPopulationReturnsIndices() {
        RandomState a = new RandomState(5);
        RandomState b = new RandomState(5);
        assertArrayEquals(b.choice(10, new int[] {7}, true, null),
                a.choiceIndices(10, new int[] {7}, true, null));
        assertArrayEquals(b.choice(6, new int[] {3}, false, P), a.choiceIndices(6, new int[] {3}, false, P));
    }

    @Test
    void populationErrors() {
        RandomState r = new RandomState(1);
        String positive = "a must be greater than 0 unless no samples are taken";
        String empty = "'a' cannot be empty unless no samples are taken";
        assertValueError(positive, () -> r.choice(0));
        assertValueError(positive, () -> r.choice(-3));
        assertValueError(positive, () -> r.choice(0, new int[] {1}, true, new double[0]));
        assertValueError(empty, () -> r.choiceIndices(0, null, true, null));
        assertValueError(empty, () -> r.choiceIndices(0, new int[] {3}, true, null));
        assertEquals(0, r.choice(0, new int[] {0}, true, null).length);
        assertEquals(0, r.choice(-3, new int[] {2, 0}, true, null).length);
        assertEquals(0, r.choice(0, new int[] {0}, false, null).length);
        assertEquals(0, r.choiceIndices(0, new int[] {0}, false, null).length);
        assertValueError("Cannot take a larger sample than population when 'replace=False'",
                () -> r.choice(-3, new int[] {0}, false, null));
        assertThrows(IllegalArgumentException.class, () -> r.choiceIndices(-1, new int[] {0}, true, null));
    }

    @Test
    void probabilityErrors() {
        RandomState r = new RandomState(1);
        assertValueError("'a' and 'p' must have same size", () -> r.choice(5, null, true, new double[] {.5, .5}));
        assertValueError("probabilities do not sum to 1", () -> r.choice(2, null, true, new double[] {.5, .6}));
        assertValueError("probabilities are not non-negative", () -> r.choice(2, null, true, new double[] {1.5, -.5}));
        assertValueError("probabilities contain NaN", () -> r.choice(2, null, true, new double[] {Double.NaN, 1}));
        assertValueError("probabilities do not sum to 1", () -> r.choice(2, null, true, new double[] {Double.POSITIVE_INFINITY, 1}));
        assertValueError("probabilities do not sum to 1", () -> r.choice(0, new int[] {0}, true, new double[0]));
        assertValueError("probabilities do not sum to 1", () -> r.choice(3, new int[] {2}, true, new double[] {.5, .5, 1e-7}));
        assertEquals(2, r.choice(3, new int[] {2}, true, new double[] {.5, .5, 1e-9}).length);
        assertEquals(1, r.choice(2, null, true, new double[] {-0.0, 1}).length);
        double[] loose = {0.5, 0.5, 1e-4};
        assertValueError("probabilities do not sum to 1", () -> r.choice(3, null, true, loose));
        assertEquals(1, r.choice(3, null, true, loose, DType.FLOAT32).length);
    }

    @Test
    void sampleSizeErrors() {
        RandomState r = new RandomState(1);
        assertValueError("Fewer non-zero entries in p than size", () -> r.choice(3, new int[] {3}, false, new double[] {.5, .5, 0}));
        assertValueError("Cannot take a larger sample than population when 'replace=False'", () -> r.choice(3, new int[] {4}, false, null));
        assertValueError("Cannot take a larger sample than population when 'replace=False'", () -> r.choice(3, new int[] {2, 3}, false, null));
        assertValueError("Negative dimensions are not allowed", () -> r.choice(3, new int[] {-1}, false, null));
        assertValueError("Negative dimensions are not allowed", () -> r.choice(3, new int[] {-1}, false, new double[] {1, 0, 0}));
        assertValueError("negative dimensions are not allowed", () -> r.choice(3, new int[] {-1}, true, null));
        assertValueError("negative dimensions are not allowed", () -> r.choice(3, new int[] {-1, -2}, true, null));
        assertValueError("negative dimensions are not allowed", () -> r.choice(3, new int[] {-1, 0}, true, null));
        assertValueError("negative dimensions are not allowed", () -> r.choice(3, new int[] {-1}, true, new double[] {1, 0, 0}));
        assertValueError("negative dimensions are not allowed", () -> r.choice(3, new int[] {-1, -1}, false, new double[] {.3, .3, .4}));
        assertValueError("can only specify one unknown dimension", () -> r.choice(3, new int[] {-1, -2}, false, null));
        assertValueError("cannot reshape array of size 0 into shape (0)", () -> r.choice(3, new int[] {-1, 0}, false, null));
        assertValueError("cannot reshape array of size 0 into shape (0,newaxis)", () -> r.choice(10, new int[] {0, -1}, false, null));
        assertValueError("cannot reshape array of size 0 into shape (3,newaxis,0)", () -> r.choice(10, new int[] {3, -2, 0}, false, null));
        assertRaises("UnsupportedSize", "an array with shape (1099511627776,)"
                + " and data type int64 (8.00 TiB) is more than the engine holds in one call (2147483639 elements, one Java array):"
                + " ask for fewer values per call", () -> r.choice(1L << 40, new int[] {3}, false, null));
    }

    @Test
    void reshapeErrorsComeAfterThePermutationDraws() {
        RandomState a = new RandomState(2);
        RandomState b = new RandomState(2);
        assertThrows(RuntimeException.class, () -> a.choice(10, new int[] {-1, -2}, false, null));
        b.permutation(10);
        assertEquals(b.getState(), a.getState());
        assertNotEquals(new RandomState(2).getState(), a.getState());
    }
}
