package org.seedcompat.engine.numpy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.distributions.LemireIntegers;
import org.seedcompat.engine.numpy.distributions.Shuffles;

/**
 * The sampling half of {@code Generator.choice} (_generator.pyx), after the population and
 * {@code p} have been checked. Each mode draws exactly what NumPy draws:
 * <ul>
 *   <li>with replacement, uniform: {@code integers(0, pop, shape)} (Lemire);</li>
 *   <li>with replacement, weighted: {@code random(shape)} looked up in the normalised cumulative
 *       sum with {@code searchsorted(side='right')};</li>
 *   <li>without replacement, uniform, {@code pop > 10000} and {@code size > pop // cutoff}
 *       ({@code cutoff} 50 with {@code shuffle}, else 20): a tail shuffle of {@code arange(pop)},
 *       i from {@code pop-1} down to {@code max(pop-size, 1)} with Lemire draws, keeping the last
 *       {@code size} entries;</li>
 *   <li>without replacement, uniform, otherwise: Floyd's algorithm (for j from
 *       {@code pop-size} to {@code pop-1}, a Lemire draw in {@code [0, j]}, replaced by j when
 *       already taken), then, with {@code shuffle}, a Lemire shuffle of the result down to 1;</li>
 *   <li>without replacement, weighted: rounds of {@code random(k)} against the cdf of the not yet
 *       chosen entries, keeping each round's distinct picks in order of first appearance.</li>
 * </ul>
 */
final class GeneratorChoice {

    /** Populations above this size may take the tail-shuffle path. */
    static final long TAIL_SHUFFLE_MIN_POPULATION = 10000;

    private GeneratorChoice() {
    }

    /** NumPy's checks on {@code p}, in NumPy's order and with {@code Generator}'s messages. */
    static void validateProbabilities(double[] p, long populationSize, double tolerance) {
        if (p.length != populationSize) {
            throw PythonError.valueError("a and p must have same size");
        }
        double sum = LegacyChoice.kahanSum(p);
        if (Double.isNaN(sum)) {
            throw PythonError.valueError("Probabilities contain NaN");
        }
        for (double v : p) {
            if (v < 0) {
                throw PythonError.valueError("Probabilities are not non-negative");
            }
        }
        if (Math.abs(sum - 1.0) > tolerance) {
            throw PythonError.valueError("Probabilities do not sum to 1. See Notes section of "
                    + "docstring for more information.");
        }
    }

    /** Draws the indices for a checked population of {@code populationSize}. */
    static long[] sample(Generator generator, long populationSize, int[] size, boolean replace,
                         double[] p, boolean shuffle) {
        BitGenerator bits = generator.bitGenerator();
        int[] shape = size == null ? new int[0] : size; // size=None samples shape ()
        if (replace) {
            if (p != null) {
                double[] cdf = LegacyChoice.cdf(p);
                double[] u = generator.random(shape);
                long[] index = new long[u.length];
                for (int i = 0; i < u.length; i++) {
                    index[i] = LegacyChoice.searchSortedRight(cdf, u[i]);
                }
                return index;
            }
            return generator.integers(BigInteger.ZERO, BigInteger.valueOf(populationSize), shape,
                    DType.INT64, false);
        }
        long count = NumpyShapes.product(shape);
        if (count > populationSize) {
            throw PythonError.valueError(
                    "Cannot take a larger sample than population when replace is False");
        }
        if (count < 0) {
            throw PythonError.valueError("negative dimensions are not allowed");
        }
        if (p != null) {
            long nonZero = Arrays.stream(p).filter(v -> v > 0).count();
            if (nonZero < count) {
                throw PythonError.valueError("Fewer non-zero entries in p than size");
            }
            int length = NumpyShapes.allocate(shape, DType.INT64); // np.zeros(shape) comes first
            return weightedWithoutReplacement(generator, p.clone(), length);
        }
        long cutoff = shuffle ? 50 : 20;
        long[] index;
        if (populationSize > TAIL_SHUFFLE_MIN_POPULATION && count > populationSize / cutoff) {
            int pop = NumpyShapes.allocate1d(populationSize, DType.INT64);
            long[] all = new long[pop];
            for (int i = 0; i < pop; i++) {
                all[i] = i;
            }
            Shuffles.shuffleInt(bits, all, pop, Math.max(pop - (int) count, 1));
            index = Arrays.copyOfRange(all, pop - (int) count, pop);
        } else {
            int n = NumpyShapes.allocate1d(count, DType.INT64);
            index = floyd(bits, populationSize, n);
            if (shuffle) {
                Shuffles.shuffleInt(bits, index, n, 1);
            }
        }
        NumpyShapes.checkReshape(count, shape); // NumPy reshapes after drawing
        return index;
    }

    /** Floyd's sampling of {@code n} distinct values of {@code [0, pop)}, in NumPy's emit order. */
    static long[] floyd(BitGenerator bits, long pop, int n) {
        long[] out = new long[n];
        LongSet taken = LongSet.forCount(n);
        long j = pop - n;
        for (int k = 0; k < n; k++, j++) {
            long value = LemireIntegers.boundedUint64(bits, j);
            if (taken.add(value)) {
                out[k] = value;
            } else {
                taken.add(j);
                out[k] = j;
            }
        }
        return out;
    }

    private static long[] weightedWithoutReplacement(Generator generator, double[] p, int length) {
        long[] found = new long[length];
        boolean[] pickedThisRound = new boolean[p.length];
        int unique = 0;
        while (unique < length) {
            double[] x = generator.random(new int[] {length - unique});
            for (int k = 0; k < unique; k++) {
                p[(int) found[k]] = 0;
            }
            double[] cdf = LegacyChoice.cdf(p);
            int roundStart = unique;
            for (double u : x) {
                int index = LegacyChoice.searchSortedRight(cdf, u);
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

    /** A set of non-negative longs (membership only; NumPy's own hash set is just as opaque). */
    abstract static class LongSet {
        /** Adds {@code v}; false when it was already present. */
        abstract boolean add(long v);

        static LongSet forCount(int n) {
            return n <= (1 << 28) ? new OpenLongSet(n) : new BoxedLongSet();
        }
    }

    private static final class OpenLongSet extends LongSet {
        private final long[] table;
        private final int mask;

        OpenLongSet(int n) {
            int capacity = Integer.highestOneBit(Math.max(2, n * 2 + 1)) << 1;
            table = new long[capacity];
            Arrays.fill(table, -1L);
            mask = capacity - 1;
        }

        @Override
        boolean add(long v) {
            int slot = (int) (mix(v) & mask);
            while (table[slot] != -1L) {
                if (table[slot] == v) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = v;
            return true;
        }

        private static long mix(long v) {
            long h = v * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }

    private static final class BoxedLongSet extends LongSet {
        private final Set<Long> set = new HashSet<>();

        @Override
        boolean add(long v) {
            return set.add(v);
        }
    }

    /** {@code a.take(idx, axis)} of a flat C-order array: the sub-arrays at {@code idx}, in order. */
    static long[] take(long[] data, Shuffles.Axis a, long[] idx) {
        long[] out = new long[a.outer * idx.length * a.inner];
        int o = 0;
        for (int i = 0; i < a.outer; i++) {
            for (long k : idx) {
                System.arraycopy(data, (i * a.length + (int) k) * a.inner, out, o, a.inner);
                o += a.inner;
            }
        }
        return out;
    }

    /** The shape {@link #take} leaves: {@code shape[:axis] + size + shape[axis+1:]}. */
    static int[] takenShape(int[] shape, int axis, int[] size) {
        int[] idxShape = size == null ? new int[0] : size;
        int after = shape.length - axis - 1;
        int[] out = new int[axis + idxShape.length + after];
        System.arraycopy(shape, 0, out, 0, axis);
        System.arraycopy(idxShape, 0, out, axis, idxShape.length);
        System.arraycopy(shape, axis + 1, out, axis + idxShape.length, after);
        return out;
    }
}
