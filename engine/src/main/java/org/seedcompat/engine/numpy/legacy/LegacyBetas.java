package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code legacy_beta}, {@code RandomState.beta}: the algorithm of
 * {@link org.seedcompat.engine.numpy.distributions.Betas} as NumPy froze it (see there for the
 * differences), over the legacy gammas.
 */
public final class LegacyBetas {

    private LegacyBetas() {
    }

    /** {@code legacy_beta(a, b)}. */
    public static double beta(BitGenerator bitGenerator, LegacyGauss gauss, Libm libm, double a, double b) {
        if (a <= 1.0 && b <= 1.0) {
            for (;;) {
                double u = bitGenerator.nextDouble();
                double v = bitGenerator.nextDouble();
                double x = libm.pow(u, 1.0 / a);
                double y = libm.pow(v, 1.0 / b);
                if (x + y <= 1.0) {
                    if (x + y > 0) {
                        return x / (x + y);
                    }
                    double logX = libm.log(u) / a;
                    double logY = libm.log(v) / b;
                    double logM = logX > logY ? logX : logY;
                    logX -= logM;
                    logY -= logM;
                    return libm.exp(logX - libm.log(libm.exp(logX) + libm.exp(logY)));
                }
            }
        }
        double ga = LegacyGammas.standardGamma(bitGenerator, gauss, libm, a);
        double gb = LegacyGammas.standardGamma(bitGenerator, gauss, libm, b);
        return ga / (ga + gb);
    }
}
