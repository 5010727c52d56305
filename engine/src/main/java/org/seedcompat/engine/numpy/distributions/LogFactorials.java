package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code logfactorial(k)} ({@code logfactorial.c}): {@code log(k!)} from a table of the
 * correctly rounded values below 126 ({@link LogFactorialTable}, regenerated from the definition),
 * and above it Stirling's series truncated after the {@code 1/k^3} term, evaluated in C's order.
 */
public final class LogFactorials {

    private static final double HALF_LOG_2PI = 0.9189385332046728;

    private LogFactorials() {
    }

    /** {@code logfactorial(k)} for {@code k >= 0}. */
    public static double logFactorial(Libm libm, long k) {
        if (k < LogFactorialTable.LOG_FACTORIAL.length) {
            return LogFactorialTable.LOG_FACTORIAL[(int) k];
        }
        double dk = k;
        // 360.0*k*k groups as (360.0*k)*k, as C parses it
        return (dk + 0.5) * libm.log(dk) - dk + (HALF_LOG_2PI + (1.0 / dk) * (1 / 12.0 - 1 / (360.0 * dk * dk)));
    }
}
