package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;

/**
 * NumPy's {@code random_triangular}, shared by {@code Generator} and {@code RandomState}: inversion
 * of one uniform {@code U = next_double}. With {@code base = right - left},
 * {@code leftbase = mode - left}, {@code ratio = leftbase / base}: {@code U <= ratio} gives
 * {@code left + sqrt(U * leftbase * base)}, otherwise {@code right - sqrt((1 - U) * (right - mode) * base)},
 * the products formed as NumPy forms them (the parameter products first). Only {@code sqrt}, which
 * is exactly rounded, so no libm.
 */
public final class Triangulars {

    private Triangulars() {
    }

    /** {@code random_triangular(left, mode, right)} (assumes the caller's checks). */
    public static double triangular(BitGenerator bitGenerator, double left, double mode, double right) {
        double base = right - left;
        double leftbase = mode - left;
        double ratio = leftbase / base;
        double leftprod = leftbase * base;
        double rightprod = (right - mode) * base;
        double u = bitGenerator.nextDouble();
        if (u <= ratio) {
            return left + Math.sqrt(u * leftprod);
        }
        return right - Math.sqrt((1.0 - u) * rightprod);
    }
}
