package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.PythonError;

/**
 * Fisher–Yates shuffles of {@code Generator} (_generator.pyx) and of the legacy
 * {@code RandomState} (mtrand.pyx), applied to flat C-order arrays described by a shape.
 *
 * <p>Both APIs walk i from {@code n-1} down to 1 and swap with {@code random_interval(i)}
 * (masked rejection), so for the same bit generator state they draw alike; they differ in what
 * they walk over:
 * <ul>
 *   <li>{@code Generator.shuffle}: the sub-arrays along any {@code axis}; an array with no
 *       elements draws nothing.</li>
 *   <li>{@code Generator.permuted} with an axis: each 1-d lane along the axis, lanes in C order of
 *       the other axes, shuffled with i running down to <em>0</em> (the last step draws
 *       nothing).</li>
 *   <li>{@code Generator.choice}'s index shuffles ({@link #shuffleInt}) use Lemire instead.</li>
 *   <li>{@code RandomState.shuffle}: axis 0 only ({@link #legacyRows}, rows swapped through a
 *       buffer), and 1-d arrays of any element type; an array with no elements draws
 *       nothing.</li>
 * </ul>
 */
public final class Shuffles {

    private Shuffles() {
    }

    /** A shape with one axis singled out: {@code outer} blocks of {@code length} rows of {@code inner}. */
    public static final class Axis {
        public final int outer;
        public final int length;
        public final int inner;

        public Axis(int[] shape, int axis) {
            int o = 1;
            for (int d = 0; d < axis; d++) {
                o *= shape[d];
            }
            int in = 1;
            for (int d = axis + 1; d < shape.length; d++) {
                in *= shape[d];
            }
            this.outer = o;
            this.length = shape[axis];
            this.inner = in;
        }
    }

    /** Checks that {@code shape} is a valid shape of {@code length} elements. */
    public static int[] checkShape(int length, int[] shape) {
        long count = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape");
            }
            count *= d;
        }
        if (count != length) {
            throw new IllegalArgumentException(
                    "data of length " + length + " does not have " + shape.length + "-d shape of " + count + " elements");
        }
        return shape;
    }

    /**
     * NumPy's {@code normalize_axis_index}.
     *
     * @throws PythonError AxisError "axis A is out of bounds for array of dimension N"
     */
    public static int normalizeAxis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new PythonError("AxisError",
                    "axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** Python's {@code len(x)} of an array of this shape. */
    public static int len(int[] shape) {
        if (shape.length == 0) {
            throw PythonError.typeError("len() of unsized object");
        }
        return shape[0];
    }

    /** Swaps the sub-arrays {@code i} and {@code j} along an axis. */
    public interface Swapper {
        void swap(int i, int j);
    }

    /** Fisher–Yates from the end down to {@code first}, with {@code random_interval}. */
    public static void shuffleRaw(BitGenerator bitGenerator, int n, int first, Swapper swapper) {
        for (int i = n - 1; i >= first; i--) {
            int j = (int) MaskedIntegers.randomInterval(bitGenerator, i);
            swapper.swap(i, j);
        }
    }

    /** {@code _shuffle_raw(n, first=1)} over a flat long array: a 1-d shuffle. */
    public static void shuffle1d(BitGenerator bitGenerator, long[] data, int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = (int) MaskedIntegers.randomInterval(bitGenerator, i);
            long t = data[j];
            data[j] = data[i];
            data[i] = t;
        }
    }

    /** A swapper of whole sub-arrays along an axis of a flat long array. */
    public static Swapper blocks(long[] data, Axis a) {
        return (i, j) -> {
            if (i == j) {
                return;
            }
            for (int o = 0; o < a.outer; o++) {
                int bi = (o * a.length + i) * a.inner;
                int bj = (o * a.length + j) * a.inner;
                for (int k = 0; k < a.inner; k++) {
                    long t = data[bi + k];
                    data[bi + k] = data[bj + k];
                    data[bj + k] = t;
                }
            }
        };
    }

    /**
     * {@code permuted} along an axis: every lane (C order of the other axes) shuffled with
     * {@code _shuffle_raw(axlen, first=0)}.
     */
    public static void permuteLanes(BitGenerator bitGenerator, long[] data, Axis a) {
        for (int o = 0; o < a.outer; o++) {
            for (int in = 0; in < a.inner; in++) {
                int base = o * a.length * a.inner + in;
                for (int i = a.length - 1; i >= 0; i--) {
                    int j = (int) MaskedIntegers.randomInterval(bitGenerator, i);
                    int pi = base + i * a.inner;
                    int pj = base + j * a.inner;
                    long t = data[pj];
                    data[pj] = data[pi];
                    data[pi] = t;
                }
            }
        }
    }

    /** Doubles as their raw bit patterns: shuffles move values without looking at them. */
    public static long[] bits(double[] data) {
        long[] out = new long[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.doubleToRawLongBits(data[i]);
        }
        return out;
    }

    /** Writes bit patterns back as doubles into {@code out}. */
    public static double[] doubles(long[] bits, double[] out) {
        for (int i = 0; i < bits.length; i++) {
            out[i] = Double.longBitsToDouble(bits[i]);
        }
        return out;
    }

    /**
     * {@code _shuffle_int(n, first)}, the index shuffle inside {@code choice}: i from
     * {@code n-1} down to {@code first}, swapping with a <em>Lemire</em> draw in {@code [0, i]}.
     */
    public static void shuffleInt(BitGenerator bitGenerator, long[] data, int n, int first) {
        for (int i = n - 1; i >= first; i--) {
            int j = (int) LemireIntegers.boundedUint64(bitGenerator, i);
            long t = data[j];
            data[j] = data[i];
            data[i] = t;
        }
    }

    // ---------------------------------------------------------------- legacy (RandomState)

    /** {@code RandomState.shuffle} of {@code rows} rows of {@code rowLength} longs. */
    public static void legacyRows(BitGenerator bitGenerator, long[] data, int rows, int rowLength) {
        checkRows(data.length, rows, rowLength);
        if (data.length == 0) {
            return;
        }
        long[] buffer = new long[rowLength];
        for (int i = rows - 1; i > 0; i--) {
            int j = (int) MaskedIntegers.randomInterval(bitGenerator, i);
            if (i != j) {
                System.arraycopy(data, j * rowLength, buffer, 0, rowLength);
                System.arraycopy(data, i * rowLength, data, j * rowLength, rowLength);
                System.arraycopy(buffer, 0, data, i * rowLength, rowLength);
            }
        }
    }

    /** {@link #legacyRows(BitGenerator, long[], int, int)} for doubles, moved as bit patterns. */
    public static void legacyRows(BitGenerator bitGenerator, double[] data, int rows, int rowLength) {
        long[] bits = bits(data);
        legacyRows(bitGenerator, bits, rows, rowLength);
        doubles(bits, data);
    }

    private static void checkRows(int length, int rows, int rowLength) {
        if (rows < 0 || rowLength < 0 || (long) rows * rowLength != length) {
            throw new IllegalArgumentException(
                    "data of length " + length + " is not " + rows + " rows of " + rowLength);
        }
    }

    /** {@link #shuffle1d(BitGenerator, long[], int)} for a whole double array. */
    public static void shuffle1d(BitGenerator bitGenerator, double[] data) {
        long[] bits = bits(data);
        shuffle1d(bitGenerator, bits, bits.length);
        doubles(bits, data);
    }

    /** {@link #shuffle1d(BitGenerator, long[], int)} for a whole int array. */
    public static void shuffle1d(BitGenerator bitGenerator, int[] data) {
        for (int i = data.length - 1; i > 0; i--) {
            int j = (int) MaskedIntegers.randomInterval(bitGenerator, i);
            int t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }

    /** {@link #shuffle1d(BitGenerator, long[], int)} for a whole object array. */
    public static void shuffle1d(BitGenerator bitGenerator, Object[] data) {
        for (int i = data.length - 1; i > 0; i--) {
            int j = (int) MaskedIntegers.randomInterval(bitGenerator, i);
            Object t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }
}
