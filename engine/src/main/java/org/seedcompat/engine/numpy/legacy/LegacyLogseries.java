package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.distributions.CInts;

/**
 * NumPy's {@code legacy_logseries} ({@code RandomState}): the Generator's control flow
 * ({@code org.seedcompat.engine.numpy.distributions.Logseries}) with {@code r = log(1 - p)} and
 * {@code q = 1 - exp(r * U)}, a C {@code long} result.
 */
public final class LegacyLogseries {

    private LegacyLogseries() {
    }

    /** {@code legacy_logseries(p)} (assumes {@code p} in [0, 1), checked by the caller). */
    public static long logseries(BitGenerator bitGenerator, Libm libm, double p) {
        double r = libm.log(1.0 - p);
        for (;;) {
            double v = bitGenerator.nextDouble();
            if (v >= p) {
                return 1;
            }
            double u = bitGenerator.nextDouble();
            double q = 1.0 - libm.exp(r * u);
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
