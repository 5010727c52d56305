package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.distributions.Zipfs;

/**
 * NumPy's {@code legacy_random_zipf} ({@code RandomState}): the Generator's rejection test
 * ({@link Zipfs#accept}) with {@code U = 1 - next_double} (no {@code Umin}), and no
 * {@code a >= 1025} guard: there {@code b} and {@code T} overflow, {@code inf / inf} compares
 * false, and NumPy loops forever; so does this port (NumPy's behaviour, not guarded here).
 */
public final class LegacyZipfs {

    private LegacyZipfs() {
    }

    /** {@code legacy_random_zipf(a)} (assumes {@code a > 1}, checked by the caller). */
    public static long zipf(BitGenerator bitGenerator, Libm libm, double a) {
        double am1 = a - 1.0;
        double b = libm.pow(2.0, am1);
        for (;;) {
            double u = 1.0 - bitGenerator.nextDouble();
            double v = bitGenerator.nextDouble();
            long x = Zipfs.accept(libm, am1, b, u, v);
            if (x != 0) {
                return x;
            }
        }
    }
}
