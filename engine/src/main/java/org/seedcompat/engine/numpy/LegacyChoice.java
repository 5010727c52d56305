package org.seedcompat.engine.numpy;

import java.math.BigInteger;
import java.util.Arrays;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;

/**
 * The sampling half of {@code RandomState.choice} (mtrand.pyx), after the population itself has
 * been checked. Each mode draws exactly what NumPy draws:
 * <ul>
 *   <li>with replacement, uniform: {@code randint(0, pop, shape)} (masked);</li>
 *   <li>with replacement, weighted: {@code random_sample(shape)} looked up in the normalised
 *       cumulative sum with {@code searchsorted(side='right')};</li>
 *   <li>without replacement, uniform: a full {@code permutation(pop)}, truncated;</li>
 *   <li>without replacement, weighted: rounds of {@code rand(k)} against the cdf of the not yet
 *       chosen entries, keeping each round's distinct picks in order of first appearance.</li>
 * </ul>
 */
final class LegacyChoice {

    /** {@code np.sqrt(np.finfo(np.float64).eps)}, the tolerance on {@code sum(p)}. */
    static final double FLOAT64_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private LegacyChoice() {
    }

    /**
     * The tolerance NumPy allows on {@code sum(p)}: sqrt(eps) of float64, widened to sqrt(eps) of
     * {@code pDtype} when {@code p} is a lower-precision floating-point ndarray.
     */
    static double tolerance(DType pDtype) {
        if (pDtype == DType.FLOAT32) {
            return Math.max(FLOAT64_TOLERANCE, Math.sqrt(Math.ulp(1.0f)));
        }
        if (pDtype == DType.FLOAT16) {
            return Math.max(FLOAT64_TOLERANCE, Math.sqrt(0x1p-10));
        }
        return FLOAT64_TOLERANCE;
    }

    /** NumPy's checks on {@code p}, in NumPy's order. */
    static void validateProbabilities(double[] p, long populationSize, double tolerance) {
        if (p.length != populationSize) {
            throw PythonError.valueError("'a' and 'p' must have same size");
        }
        double sum = kahanSum(p);
        if (Double.isNaN(sum)) {
            throw PythonError.valueError("probabilities contain NaN");
        }
        for (double v : p) {
            if (v < 0) {
                throw PythonError.valueError("probabilities are not non-negative");
            }
        }
        if (Math.abs(sum - 1.0) > tolerance) {
            throw PythonError.valueError("probabilities do not sum to 1");
        }
    }

    /** Compensated summation exactly as {@code _common.kahan_sum}. */
    static double kahanSum(double[] values) {
        if (values.length == 0) {
            return 0.0;
        }
        double sum = values[0];
        double c = 0.0;
        for (int i = 1; i < values.length; i++) {
            double y = values[i] - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /**
     * Draws the indices for a population of {@code populationSize} that has passed NumPy's
     * population and {@code p} checks.
     */
    static long[] sample(RandomState random, long populationSize, int[] size, boolean replace,
                         double[] p) {
        int[] shape = size == null ? new int[0] : size; // size=None samples shape ()
        if (replace) {
            if (p != null) {
                return searchSorted(cdf(p), random.randomSample(shape));
            }
            return random.randint(BigInteger.ZERO, BigInteger.valueOf(populationSize), shape,
                    DType.INT64);
        }
        long count = NumpyShapes.product(shape);
        if (count > populationSize) {
            throw PythonError.valueError(
                    "Cannot take a larger sample than population when 'replace=False'");
        }
        if (count < 0) {
            throw PythonError.valueError("Negative dimensions are not allowed");
        }
        if (p != null) {
            long nonZero = Arrays.stream(p).filter(v -> v > 0).count();
            if (nonZero < count) {
                throw PythonError.valueError("Fewer non-zero entries in p than size");
            }
            int length = NumpyShapes.allocate(shape, DType.INT64);
            return weightedWithoutReplacement(random, p.clone(), length);
        }
        long[] permutation = random.permutation(populationSize);
        long taken = Math.min(count, permutation.length); // a[:count] of what the permutation holds
        NumpyShapes.checkReshape(taken, shape); // NumPy reshapes after drawing
        return Arrays.copyOf(permutation, (int) count);
    }

    private static long[] weightedWithoutReplacement(RandomState random, double[] p, int length) {
        long[] found = new long[length];
        boolean[] pickedThisRound = new boolean[p.length];
        int unique = 0;
        while (unique < length) {
            double[] x = random.randomSample(new int[] {length - unique});
            for (int k = 0; k < unique; k++) {
                p[(int) found[k]] = 0;
            }
            double[] cdf = cdf(p);
            int roundStart = unique;
            for (double u : x) {
                int index = searchSortedRight(cdf, u);
                if (!pickedThisRound[index]) {
                    pickedThisRound[index] = true;
                    found[unique++] = index;
                }
            }
            for (int k = roundStart; k < unique; k++) {
                pickedThisRound[(int) found[k]] = false;
            }
        }
        return found;
    }

    /** {@code cdf = cumsum(p); cdf /= cdf[-1]}, with cumsum's plain left-to-right additions. */
    static double[] cdf(double[] p) {
        double[] cdf = new double[p.length];
        double running = 0.0;
        for (int i = 0; i < p.length; i++) {
            running = i == 0 ? p[0] : running + p[i];
            cdf[i] = running;
        }
        double last = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= last;
        }
        return cdf;
    }

    private static long[] searchSorted(double[] cdf, double[] u) {
        long[] index = new long[u.length];
        for (int i = 0; i < u.length; i++) {
            index[i] = searchSortedRight(cdf, u[i]);
        }
        return index;
    }

    /** {@code searchsorted(side='right')}: the number of leading entries {@code <= u}. */
    static int searchSortedRight(double[] sorted, double u) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (u < sorted[mid]) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
