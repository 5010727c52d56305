package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * {@code Generator}'s gamma samplers ({@code random_standard_gamma} and its float32 twin), as
 * NumPy 2.4 computes them.
 *
 * <ul>
 *   <li>{@code shape == 1}: one ziggurat exponential; {@code shape == 0}: 0 without a draw.</li>
 *   <li>{@code shape < 1}: rejection against the exponential (Ahrens–Dieter GS style): a uniform
 *       {@code U} and an exponential {@code V} per attempt; below {@code 1 - shape} the candidate
 *       is {@code pow(U, 1/shape)}, above it {@code pow(1 - shape + shape*Y, 1/shape)} with
 *       {@code Y = -log((1 - U)/shape)}.</li>
 *   <li>otherwise Marsaglia–Tsang: {@code b = shape - 1/3}, {@code c = 1/sqrt(9b)}; normals until
 *       {@code 1 + cX > 0}, cube it, then the squeeze {@code U < 1 - 0.0331 X^4} or the log test
 *       {@code log U < X²/2 + b(1 - V + log V)}; returns {@code bV}.</li>
 * </ul>
 * The float32 version is the same algorithm in float arithmetic with {@code powf}, {@code logf},
 * {@code next_float} and the float ziggurats. Comparisons and operation order follow the C source,
 * which matters for the last bit (no FMA: NumPy's x86-64 build has none, and Java never fuses).
 */
public final class Gammas {

    private Gammas() {
    }

    /** {@code random_standard_gamma(shape)}. NaN and infinite shapes fall through as in C. */
    public static double standardGamma(BitGenerator bitGenerator, Libm libm, double shape) {
        if (shape == 1.0) {
            return ZigguratExponentials.next(bitGenerator, libm);
        }
        if (shape == 0.0) {
            return 0.0;
        }
        if (shape < 1.0) {
            for (;;) {
                double u = bitGenerator.nextDouble();
                double v = ZigguratExponentials.next(bitGenerator, libm);
                double x = smallShapeCandidate(libm, shape, u, v);
                if (x >= 0.0) {
                    return x;
                }
            }
        }
        double b = shape - 1.0 / 3.0;
        double c = 1.0 / libm.sqrt(9 * b);
        for (;;) {
            double x;
            double v;
            do {
                x = ZigguratNormals.next(bitGenerator, libm);
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            if (marsagliaTsangAccepts(libm, b, x, v, bitGenerator.nextDouble())) {
                return b * v;
            }
        }
    }

    /**
     * One attempt of the {@code shape < 1} rejection with uniform {@code u} and exponential
     * {@code v}: the accepted value, or -1 when the attempt is rejected (accepted values are
     * never negative). Shared with {@link org.seedcompat.engine.numpy.legacy.LegacyGammas}, which draws {@code v} differently.
     */
    public static double smallShapeCandidate(Libm libm, double shape, double u, double v) {
        if (u <= 1.0 - shape) {
            double x = libm.pow(u, 1.0 / shape);
            return x <= v ? x : -1.0;
        }
        double y = -libm.log((1 - u) / shape);
        double x = libm.pow(1.0 - shape + shape * y, 1.0 / shape);
        return x <= v + y ? x : -1.0;
    }

    /**
     * Marsaglia–Tsang's acceptance of {@code b*v} ({@code v} already cubed) for normal {@code x}
     * and uniform {@code u}: the squeeze, then the log test. Shared with {@link org.seedcompat.engine.numpy.legacy.LegacyGammas}.
     */
    public static boolean marsagliaTsangAccepts(Libm libm, double b, double x, double v, double u) {
        return u < 1.0 - 0.0331 * (x * x) * (x * x)
                || libm.log(u) < 0.5 * x * x + b * (1.0 - v + libm.log(v));
    }

    /** {@code random_standard_gamma_f(shape)}: float arithmetic throughout. */
    public static float standardGammaFloat32(BitGenerator bitGenerator, Libm libm, float shape) {
        if (shape == 1.0f) {
            return ZigguratExponentials.nextFloat32(bitGenerator, libm);
        }
        if (shape == 0.0f) {
            return 0.0f;
        }
        if (shape < 1.0f) {
            for (;;) {
                float u = ZigguratNormals.nextFloat(bitGenerator);
                float v = ZigguratExponentials.nextFloat32(bitGenerator, libm);
                if (u <= 1.0f - shape) {
                    float x = libm.powf(u, 1.0f / shape);
                    if (x <= v) {
                        return x;
                    }
                } else {
                    float y = -libm.logf((1.0f - u) / shape);
                    float x = libm.powf(1.0f - shape + shape * y, 1.0f / shape);
                    if (x <= v + y) {
                        return x;
                    }
                }
            }
        }
        float b = shape - 1.0f / 3.0f;
        // sqrtf is correctly rounded, and so is a float's square root taken in double and rounded back
        float c = 1.0f / (float) libm.sqrt(9.0f * b);
        for (;;) {
            float x;
            float v;
            do {
                x = ZigguratNormals.nextFloat32(bitGenerator, libm);
                v = 1.0f + c * x;
            } while (v <= 0.0f);
            v = v * v * v;
            float u = ZigguratNormals.nextFloat(bitGenerator);
            if (u < 1.0f - 0.0331f * (x * x) * (x * x)) {
                return b * v;
            }
            if (libm.logf(u) < 0.5f * x * x + b * (1.0f - v + libm.logf(v))) {
                return b * v;
            }
        }
    }
}
