package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.distributions.VonMisesAngles;

/**
 * NumPy's {@code legacy_vonmises} ({@code RandomState}): the Generator's algorithm
 * ({@link VonMisesAngles}) without its wrapped-normal branch, so every {@code kappa >= 1e-5} goes
 * through {@code rho} and the rejection loop. From about {@code kappa = 2e16} on {@code s} rounds
 * to 1, so {@code W = 1} and {@code Y = 0} reject every pair (and where {@code 4 kappa^2} overflows,
 * infinity included, {@code s} is NaN): NumPy loops forever, and so does this port (NumPy's
 * behaviour, not guarded here).
 */
public final class LegacyVonMisesAngles {

    private LegacyVonMisesAngles() {
    }

    /** {@code legacy_vonmises(mu, kappa)} (assumes {@code kappa} validated by the caller). */
    public static double vonmises(BitGenerator bitGenerator, Libm libm, double mu, double kappa) {
        if (kappa != kappa) {
            return Double.NaN;
        }
        if (kappa < 1e-8) {
            return Math.PI * (2 * bitGenerator.nextDouble() - 1);
        }
        double s = kappa < 1e-5 ? 1.0 / kappa + kappa : VonMisesAngles.rhoS(kappa);
        return VonMisesAngles.accepted(bitGenerator, libm, mu, kappa, s);
    }
}
