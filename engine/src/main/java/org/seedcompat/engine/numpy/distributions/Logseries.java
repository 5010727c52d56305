package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_logseries} ({@code Generator}), Kemp's second accelerated generator:
 * {@code r = log1p(-p)}; per pass one uniform {@code V} ({@code V >= p} gives 1 at once), then
 * one uniform {@code U} and {@code q = -expm1(r * U)}; {@code V <= q * q} gives
 * {@code (int64) floor(1 + log(V) / log(q))}, the pass redrawn when that is below 1 or
 * {@code V == 0}; otherwise 1 if {@code V >= q}, else 2. RandomState's {@code legacy_logseries}
 * writes {@code log(1 - p)} and {@code 1 - exp(r * U)} instead ({@code LegacyLogseries}).
 */
public final class Logseries {

    private Logseries() {
    }

    /** {@code random_logseries(p)} (assumes {@code p} in [0, 1), checked by the caller). */
    public static long logseries(BitGenerator bitGenerator, Libm libm, double p) {
        double r = libm.log1p(-p);
        for (;;) {
            double v = bitGenerator.nextDouble();
            if (v >= p) {
                return 1;
            }
            double u = bitGenerator.nextDouble();
            double q = -libm.expm1(r * u);
            if (v <= q * q) {
                long result = CInts.toInt64(Math.floor(1 + libm.log(v) / libm.log(q)));
                if (result < 1 || v == 0.0) {
                    continue;
                }
                return result;
            }
            return v >= q ? 1 : 2;
        }
    }
}
