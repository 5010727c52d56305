package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_zipf} ({@code Generator}), rejection from a continuous Pareto:
 * {@code a >= 1025} returns 1 without drawing (there {@code b} would overflow and the loop never
 * end); otherwise {@code am1 = a - 1}, {@code b = pow(2, am1)}, {@code Umin = pow(2^63, -am1)},
 * and per pass two uniforms: {@code U = U01 * Umin + (1 - U01)} (in {@code (Umin, 1]}), {@code V};
 * {@code X = floor(pow(U, -1 / am1))}, rejected above {@code 2^63} or below 1;
 * {@code T = pow(1 + 1 / X, am1)}; accepted when {@code V * X * (T - 1) / (b - 1) <= T / b}
 * (evaluated left to right). RandomState's {@code LegacyZipfs} has neither the guard nor Umin.
 */
public final class Zipfs {

    private Zipfs() {
    }

    /** {@code random_zipf(a)} (assumes {@code a > 1}, checked by the caller). */
    public static long zipf(BitGenerator bitGenerator, Libm libm, double a) {
        if (a >= 1025) {
            return 1;
        }
        double am1 = a - 1.0;
        double b = libm.pow(2.0, am1);
        double umin = libm.pow((double) Long.MAX_VALUE, -am1);
        for (;;) {
            double u01 = bitGenerator.nextDouble();
            double u = u01 * umin + (1 - u01);
            double v = bitGenerator.nextDouble();
            long x = accept(libm, am1, b, u, v);
            if (x != 0) {
                return x;
            }
        }
    }

    /** One pass's test after the draws: {@code (int64) X} when accepted (never 0: {@code X >= 1}; INT64_MIN for an accepted {@code 2^63}, as x86 converts it), 0 when rejected (shared with the legacy kernel). */
    public static long accept(Libm libm, double am1, double b, double u, double v) {
        double x = Math.floor(libm.pow(u, -1.0 / am1));
        if (x > (double) Long.MAX_VALUE || x < 1.0) {
            return 0;
        }
        double t = libm.pow(1.0 + 1.0 / x, am1);
        if (v * x * (t - 1.0) / (b - 1.0) <= t / b) {
            return CInts.toInt64(x);
        }
        return 0;
    }
}
