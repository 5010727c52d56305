package org.seedcompat.engine.numpy.legacy;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.distributions.CInts;
import org.seedcompat.engine.numpy.distributions.Poissons;

/**
 * {@code RandomState.hypergeometric}'s frozen kernel ({@code legacy-distributions.c},
 * {@code random_hypergeometric_original}): HRUA above {@code sample = 10}, HYP for
 * {@code 1..10}, 0 otherwise. The legacy HRUA differs from Generator's: its variance uses
 * {@code sample} rather than the reduced sample, {@code q} is {@code 1 - p}, and the log-factorials
 * are {@code random_loggam(x + 1)}.
 */
public final class LegacyHypergeometrics {

    private static final double D1 = 1.7155277699214135;
    private static final double D2 = 0.8989161620588988;

    private LegacyHypergeometrics() {
    }

    /** {@code legacy_random_hypergeometric(good, bad, sample)} for validated arguments. */
    public static long hypergeometric(BitGenerator bitGenerator, Libm libm, long good, long bad, long sample) {
        if (sample > 10) {
            return hrua(bitGenerator, libm, good, bad, sample);
        }
        if (sample > 0) {
            return hyp(bitGenerator, good, bad, sample);
        }
        return 0;
    }

    private static long hyp(BitGenerator bitGenerator, long good, long bad, long sample) {
        long d1 = bad + good - sample;
        double d2 = Math.min(bad, good);
        double y = d2;
        long k = sample;
        while (y > 0.0) {
            double u = bitGenerator.nextDouble();
            y -= CInts.toInt64(Math.floor(u + y / (d1 + k))); // d1 + k: an integer sum
            k--;
            if (k == 0) {
                break;
            }
        }
        long z = CInts.toInt64(d2 - y);
        if (good > bad) {
            z = sample - z;
        }
        return z;
    }

    private static double lf(Libm libm, long x) {
        return Poissons.loggam(libm, (double) (x + 1));
    }

    private static long hrua(BitGenerator bitGenerator, Libm libm, long good, long bad, long sample) {
        long minGoodBad = Math.min(good, bad);
        long popsize = good + bad;
        long maxGoodBad = Math.max(good, bad);
        long m = Math.min(sample, popsize - sample);
        double d4 = (double) minGoodBad / popsize;
        double d5 = 1.0 - d4;
        double d6 = m * d4 + 0.5;
        double d7 = libm.sqrt((double) (popsize - m) * sample * d4 * d5 / (popsize - 1) + 0.5);
        double d8 = D1 * d7 + D2;
        long d9 = CInts.toInt64(Math.floor((double) (m + 1) * (minGoodBad + 1) / (popsize + 2)));
        double d10 = lf(libm, d9) + lf(libm, minGoodBad - d9) + lf(libm, m - d9) + lf(libm, maxGoodBad - m + d9);
        double d11 = Math.min(Math.min(m, minGoodBad) + 1.0, Math.floor(d6 + 16 * d7));
        long z;
        for (;;) {
            double x = bitGenerator.nextDouble();
            double y = bitGenerator.nextDouble();
            double w = d6 + d8 * (y - 0.5) / x;
            if (w < 0.0 || w >= d11) {
                continue;
            }
            z = CInts.toInt64(Math.floor(w));
            double t = d10 - (lf(libm, z) + lf(libm, minGoodBad - z) + lf(libm, m - z) + lf(libm, maxGoodBad - m + z));
            if (x * (4.0 - x) - 3.0 <= t) {
                break;
            }
            if (x * (x - t) >= 1) {
                continue;
            }
            if (2.0 * libm.log(x) <= t) {
                break;
            }
        }
        if (good > bad) {
            z = m - z;
        }
        if (m < sample) {
            z = good - z;
        }
        return z;
    }
}
