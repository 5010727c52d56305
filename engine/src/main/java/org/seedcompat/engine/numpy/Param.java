package org.seedcompat.engine.numpy;

import java.util.Arrays;
import java.util.Objects;

/**
 * A float distribution parameter as NumPy's samplers receive it: a scalar (shape {@code []}, one
 * value) or an n-d array of float64 values, flat in C order. A 0-d array counts as a scalar, as in
 * NumPy.
 */
public record Param(int[] shape, double[] values) {

    public Param {
        Objects.requireNonNull(values, "values");
        NumpyShapes.requireElements(shape, values.length);
    }

    /** A scalar parameter. */
    public static Param of(double value) {
        return new Param(new int[0], new double[] {value});
    }

    /** A 1-d array parameter. */
    public static Param of(double... values) {
        return new Param(new int[] {values.length}, values.clone());
    }

    /** True for a scalar (0-d) parameter: NumPy's scalar path. */
    public boolean isScalar() {
        return shape.length == 0;
    }

    /** The values rounded to float32 (NumPy casts float32 samplers' parameters first). */
    Param toFloat32() {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values[i];
        }
        return new Param(shape, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Param p && Arrays.equals(shape, p.shape) && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return isScalar() ? Double.toString(values[0]) : "Param" + Arrays.toString(shape) + Arrays.toString(values);
    }
}
