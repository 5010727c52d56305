package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.distributions.VonMisesAngles;

/**
 * NumPy's {@code legacy_vonmises} ({@code RandomState}): the Generator's algorithm
 * ({@link VonMisesAngles}) without its wrapped-normal branch, so every {@code kappa >= 1e-5} goes
 * through {@code rho} and the rejection loop. Where {@code 4 kappa^2} overflows (about
 * {@code kappa > 1.3e153}, infinity included) {@code s} is NaN, no pair is ever accepted and NumPy
 * loops forever; so does this port (NumPy's behaviour, not guarded here).
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
