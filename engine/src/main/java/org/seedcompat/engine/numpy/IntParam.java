package org.seedcompat.engine.numpy;

import java.util.Arrays;
import java.util.Objects;

/**
 * An int64 distribution parameter (binomial's {@code n}): a scalar (shape {@code []}) or an n-d
 * array, flat in C order.
 */
public record IntParam(int[] shape, long[] values) {

    public IntParam {
        Objects.requireNonNull(values, "values");
        NumpyShapes.requireElements(shape, values.length);
    }

    /** A scalar parameter. */
    public static IntParam of(long value) {
        return new IntParam(new int[0], new long[] {value});
    }

    /** A 1-d array parameter. */
    public static IntParam of(long... values) {
        return new IntParam(new int[] {values.length}, values.clone());
    }

    /** True for a scalar (0-d) parameter. */
    public boolean isScalar() {
        return shape.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntParam p && Arrays.equals(shape, p.shape) && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return isScalar() ? Long.toString(values[0]) : "IntParam" + Arrays.toString(shape) + Arrays.toString(values);
    }
}
