package org.seedcompat.harness.value;

import java.util.Arrays;
import java.util.Objects;
import org.seedcompat.engine.DType;

/**
 * An n-d array (or a 0-d scalar: {@code shape.length == 0}) in flat C order. Every element is carried
 * in a {@code long}: floats as IEEE-754 bit patterns (float32/float16/bfloat16 in the low bits),
 * signed integers sign-extended, unsigned integers as their unsigned bit pattern, bools as 0 or 1.
 */
public record ArrayValue(DType dtype, int[] shape, long[] data) implements Value {

    public ArrayValue {
        Objects.requireNonNull(dtype, "dtype");
        shape = shape.clone();
        long n = 1;
        for (int d : shape) {
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n
                    + " elements, got " + data.length);
        }
    }

    public static ArrayValue ofDoubles(int[] shape, double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return new ArrayValue(DType.FLOAT64, shape, bits);
    }

    public static ArrayValue scalarDouble(double v) {
        return new ArrayValue(DType.FLOAT64, new int[0], new long[] {Double.doubleToRawLongBits(v)});
    }

    public static ArrayValue scalarLong(DType dtype, long v) {
        return new ArrayValue(dtype, new int[0], new long[] {v});
    }

    public int size() {
        return data.length;
    }

    public boolean isScalar() {
        return shape.length == 0;
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayValue a && a.dtype == dtype && Arrays.equals(a.shape, shape)
                && Arrays.equals(a.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtype, Arrays.hashCode(shape), Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "ArrayValue[" + dtype.pythonName() + " " + Arrays.toString(shape) + "]";
    }
}
