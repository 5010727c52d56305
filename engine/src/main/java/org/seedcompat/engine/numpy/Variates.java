package org.seedcompat.engine.numpy;

import java.util.Arrays;
import java.util.Objects;
import org.seedcompat.engine.DType;

/**
 * What a sampler with (possibly array-valued) parameters returns, as NumPy returns it: an ndarray
 * of {@code dtype} and {@code shape}, or, with {@code shape == null}, a Python scalar (a call with
 * {@code size=None} and only scalar parameters): a Python float ({@code FLOAT64}) or int
 * ({@code INT64}) — so a float32 sampler's scalar comes back as a float64 holding the float32 value.
 *
 * <p>{@code data} is flat in C order; floats as IEEE bit patterns
 * ({@code Double.doubleToRawLongBits}, or the zero-extended {@code Float.floatToRawIntBits} for
 * float32), integers as their values.
 */
public record Variates(DType dtype, int[] shape, long[] data) {

    public Variates {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(data, "data");
    }

    /** A float64 array of {@code shape} holding {@code values} (flat, C order). */
    public static Variates ofDoubles(int[] shape, double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return new Variates(DType.FLOAT64, shape, bits);
    }

    /** An int64 array of {@code shape} holding {@code values} (flat, C order). */
    public static Variates ofLongs(int[] shape, long[] values) {
        return new Variates(DType.INT64, shape, values);
    }

    /** True for a Python scalar result. */
    public boolean isScalar() {
        return shape == null;
    }

    /** The values as doubles (float64 or float32 data). */
    public double[] doubles() {
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = dtype == DType.FLOAT32 ? Float.intBitsToFloat((int) data[i]) : Double.longBitsToDouble(data[i]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Variates v && dtype == v.dtype && Arrays.equals(shape, v.shape)
                && Arrays.equals(data, v.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "Variates[" + dtype.pythonName() + ", " + (shape == null ? "scalar" : Arrays.toString(shape)) + ", "
                + data.length + " values]";
    }
}
