package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * {@code Generator.hypergeometric}'s kernel ({@code random_hypergeometric.c}): HRUA (Stadlober's
 * ratio of uniforms, with {@link LogFactorials}) when {@code 10 <= sample <= good + bad - 10},
 * otherwise the sampling method, which draws items one by one with {@code random_interval} (masked
 * 32-bit draws for populations below 2^32, so a call may leave half a word in the buffer).
 */
public final class Hypergeometrics {

    /** {@code 2*sqrt(2/e)} and {@code 3 - 2*sqrt(3/e)}, as NumPy writes them. */
    private static final double D1 = 1.7155277699214135;
    private static final double D2 = 0.8989161620588988;

    private Hypergeometrics() {
    }

    /** {@code random_hypergeometric(good, bad, sample)} for validated non-negative arguments, {@code sample <= good + bad}. */
    public static long hypergeometric(BitGenerator bitGenerator, Libm libm, long good, long bad, long sample) {
        if (sample >= 10 && sample <= good + bad - 10) {
            return hrua(bitGenerator, libm, good, bad, sample);
        }
        return sample(bitGenerator, good, bad, sample);
    }

    private static long sample(BitGenerator bitGenerator, long good, long bad, long sample) {
        long total = good + bad;
        boolean complement = sample > total / 2; // draw the smaller side
        long todo = complement ? total - sample : sample;
        long remainingTotal = total;
        long remainingGood = good;
        while (todo > 0 && remainingGood > 0 && remainingTotal > remainingGood) {
            remainingTotal--; // random_interval's bound is inclusive
            if (MaskedIntegers.randomInterval(bitGenerator, remainingTotal) < remainingGood) {
                remainingGood--;
            }
            todo--;
        }
        if (remainingTotal == remainingGood) { // only goods are left
            remainingGood -= todo;
        }
        return complement ? remainingGood : good - remainingGood;
    }

    private static long hrua(BitGenerator bitGenerator, Libm libm, long good, long bad, long sample) {
        long popsize = good + bad;
        long n = Math.min(sample, popsize - sample);
        long minGoodBad = Math.min(good, bad);
        long maxGoodBad = Math.max(good, bad);
        double p = (double) minGoodBad / popsize;
        double q = (double) maxGoodBad / popsize;
        double a = n * p + 0.5;
        double var = (double) (popsize - n) * n * p * q / (popsize - 1);
        double c = libm.sqrt(var + 0.5);
        double h = D1 * c + D2;
        long m = CInts.toInt64(Math.floor((double) (n + 1) * (minGoodBad + 1) / (popsize + 2)));
        double g = LogFactorials.logFactorial(libm, m) + LogFactorials.logFactorial(libm, minGoodBad - m)
                + LogFactorials.logFactorial(libm, n - m) + LogFactorials.logFactorial(libm, maxGoodBad - n + m);
        double b = Math.min((double) (Math.min(n, minGoodBad) + 1), Math.floor(a + 16 * c));
        long k;
        for (;;) {
            double u = bitGenerator.nextDouble();
            double v = bitGenerator.nextDouble();
            double x = a + h * (v - 0.5) / u;
            if (x < 0.0 || x >= b) {
                continue;
            }
            k = CInts.toInt64(Math.floor(x));
            double gp = LogFactorials.logFactorial(libm, k) + LogFactorials.logFactorial(libm, minGoodBad - k)
                    + LogFactorials.logFactorial(libm, n - k) + LogFactorials.logFactorial(libm, maxGoodBad - n + k);
            double t = g - gp;
            if (u * (4.0 - u) - 3.0 <= t) {
                break; // squeeze acceptance
            }
            if (u * (u - t) >= 1) {
                continue; // squeeze rejection
            }
            if (2.0 * libm.log(u) <= t) {
                break;
            }
        }
        if (good > bad) {
            k = n - k;
        }
        if (n < sample) {
            k = good - k;
        }
        return k;
    }
}
