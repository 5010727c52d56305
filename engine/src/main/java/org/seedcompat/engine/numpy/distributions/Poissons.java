package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_poisson}, shared by {@code Generator} and {@code RandomState}
 * ({@code legacy_random_poisson} only wraps it).
 *
 * <ul>
 *   <li>{@code lam >= 10}: Hörmann's transformed rejection (PTRS), two uniforms per attempt and
 *       {@link #loggam} in the final test;</li>
 *   <li>{@code lam == 0}: 0 without a draw;</li>
 *   <li>otherwise multiplication: multiply uniforms until the product drops to
 *       {@code exp(-lam)} or below; the count of earlier factors is the value.</li>
 * </ul>
 */
public final class Poissons {

    /** {@code log(2*pi)} as NumPy writes it. */
    private static final double LOG_2PI = 1.8378770664093453e+00;
    private static final double[] LOGGAM_COEFFICIENTS = {
        8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
        8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
        1.796443723688307e-01, -1.39243221690590e+00};

    private Poissons() {
    }

    /** {@code random_poisson(lam)} for a validated {@code lam} (finite, non-negative). */
    public static long poisson(BitGenerator bitGenerator, Libm libm, double lam) {
        if (lam >= 10) {
            return ptrs(bitGenerator, libm, lam);
        }
        if (lam == 0) {
            return 0;
        }
        double limit = libm.exp(-lam);
        long x = 0;
        double product = 1.0;
        for (;;) {
            product *= bitGenerator.nextDouble();
            if (product > limit) {
                x++;
            } else {
                return x;
            }
        }
    }

    private static long ptrs(BitGenerator bitGenerator, Libm libm, double lam) {
        double slam = libm.sqrt(lam);
        double loglam = libm.log(lam);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        for (;;) {
            double u = bitGenerator.nextDouble() - 0.5;
            double v = bitGenerator.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = CInts.toInt64(Math.floor((2 * a / us + b) * u + lam + 0.43));
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (libm.log(v) + libm.log(invalpha) - libm.log(a / (us * us) + b)
                    <= -lam + (double) k * loglam - loggam(libm, (double) k + 1)) {
                return k;
            }
        }
    }

    /**
     * {@code random_loggam(x)}: log-gamma by the SPECFUN Stirling series, shifted up to
     * {@code x >= 7} by {@code n = (int64)(7 - x)} and shifted back with {@code n} logs; exactly 0
     * at 1 and 2.
     */
    public static double loggam(Libm libm, double x) {
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        long n = x < 7.0 ? CInts.toInt64(7 - x) : 0;
        double x0 = x + n;
        double x2 = (1.0 / x0) * (1.0 / x0);
        double gl0 = LOGGAM_COEFFICIENTS[9];
        for (int k = 8; k >= 0; k--) {
            gl0 *= x2;
            gl0 += LOGGAM_COEFFICIENTS[k];
        }
        double gl = gl0 / x0 + 0.5 * LOG_2PI + (x0 - 0.5) * libm.log(x0) - x0;
        if (x < 7.0) {
            for (long k = 1; k <= n; k++) {
                gl -= libm.log(x0 - 1.0);
                x0 -= 1.0;
            }
        }
        return gl;
    }
}
