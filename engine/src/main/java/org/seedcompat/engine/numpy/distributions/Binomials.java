package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's binomial samplers with their {@code binomial_t} cache: one instance per
 * {@code Generator} or {@code RandomState} ({@code self._binomial}), shared by every binomial call
 * on it.
 *
 * <p>The cache holds the setup constants of the last {@code (n, p)} (the {@code p} the sampler was
 * entered with, i.e. {@code min(p, 1-p)}), and is reused while calls repeat that pair. The
 * inversion and BTPE setups write different constants into the same fields, exactly as in C; since
 * the algorithm is a function of {@code (n, p)}, a hit always finds the constants of its own
 * algorithm, and the cache never changes a value (it saves the logs and square roots).
 *
 * <p>{@code random_binomial} ({@code Generator}): 0 without a draw for {@code n == 0} or
 * {@code p == 0}; for {@code p <= 0.5}, inversion when {@code p*n <= 30}, else BTPE (Kachitvichyanukul
 * and Schmeiser); for {@code p > 0.5} the same on {@code q = 1 - p}, returning {@code n - X}.
 * Inversion's {@code q^n} is {@code exp(n*log1p(-p))}.
 *
 * <p>{@code legacy_random_binomial} ({@code RandomState}): no shortcut for {@code n == 0} or
 * {@code p == 0} (inversion then draws one uniform and returns 0), and inversion's {@code q^n} is
 * {@code exp(n*log(q))}. BTPE is shared.
 */
public final class Binomials {

    private final Libm libm;

    private boolean hasBinomial;
    private long nsave;
    private double psave;
    // binomial_t's fields, with C's names: inversion keeps q in q, q^n in r, n*p in c, its bound in m
    private double r;
    private double q;
    private double fm;
    private long m;
    private double p1;
    private double xm;
    private double xl;
    private double xr;
    private double c;
    private double laml;
    private double lamr;
    private double p2;
    private double p3;
    private double p4;

    /** An empty cache; {@code libm} supplies exp, log, log1p. */
    public Binomials(Libm libm) {
        this.libm = java.util.Objects.requireNonNull(libm, "libm");
    }

    /** {@code random_binomial(p, n)} for validated {@code n >= 0}, {@code 0 <= p <= 1}. */
    public long binomial(BitGenerator bitGenerator, long n, double p) {
        if (n == 0 || p == 0.0) {
            return 0;
        }
        return original(bitGenerator, n, p, false);
    }

    /** {@code legacy_random_binomial(p, n)} (RandomState). */
    public long legacyBinomial(BitGenerator bitGenerator, long n, double p) {
        return original(bitGenerator, n, p, true);
    }

    private long original(BitGenerator bitGenerator, long n, double p, boolean legacy) {
        if (p <= 0.5) {
            if (p * n <= 30.0) {
                return inversion(bitGenerator, n, p, legacy);
            }
            return btpe(bitGenerator, n, p);
        }
        double qq = 1.0 - p;
        if (qq * n <= 30.0) {
            return n - inversion(bitGenerator, n, qq, legacy);
        }
        return n - btpe(bitGenerator, n, qq);
    }

    private boolean hit(long n, double p) {
        return hasBinomial && nsave == n && psave == p;
    }

    private long inversion(BitGenerator bitGenerator, long n, double p, boolean legacy) {
        if (!hit(n, p)) {
            nsave = n;
            psave = p;
            hasBinomial = true;
            q = 1.0 - p;
            r = legacy ? libm.exp(n * libm.log(q)) : libm.exp(n * libm.log1p(-p));
            c = n * p;
            double limit = c + 10.0 * libm.sqrt(c * q + 1);
            m = CInts.toInt64(n < limit ? (double) n : limit);
        }
        double qn = r;
        long bound = m;
        long x = 0;
        double px = qn;
        double u = bitGenerator.nextDouble();
        while (u > px) {
            x++;
            if (x > bound) {
                x = 0;
                px = qn;
                u = bitGenerator.nextDouble();
            } else {
                u -= px;
                px = ((n - x + 1) * p * px) / (x * q);
            }
        }
        return x;
    }

    private long btpe(BitGenerator bitGenerator, long n, double p) {
        if (!hit(n, p)) {
            nsave = n;
            psave = p;
            hasBinomial = true;
            r = Math.min(p, 1.0 - p);
            q = 1.0 - r;
            fm = n * r + r;
            m = CInts.toInt64(Math.floor(fm));
            p1 = Math.floor(2.195 * libm.sqrt(n * r * q) - 4.6 * q) + 0.5;
            xm = m + 0.5;
            xl = xm - p1;
            xr = xm + p1;
            c = 0.134 + 20.5 / (15.3 + m);
            double a = (fm - xl) / (fm - xl * r);
            laml = a * (1.0 + a / 2.0);
            a = (xr - fm) / (xr * q);
            lamr = a * (1.0 + a / 2.0);
            p2 = p1 * (1.0 + 2.0 * c);
            p3 = p2 + c / laml;
            p4 = p3 + c / lamr;
        }
        long y;
        for (;;) { // Step 10
            double nrq = n * r * q;
            double u = bitGenerator.nextDouble() * p4;
            double v = bitGenerator.nextDouble();
            if (u <= p1) {
                y = CInts.toInt64(Math.floor(xm - p1 * v + u));
                break; // to Step 60
            }
            if (u <= p2) { // Step 20
                double x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
                if (v > 1.0) {
                    continue;
                }
                y = CInts.toInt64(Math.floor(x));
            } else if (u <= p3) { // Step 30
                y = CInts.toInt64(Math.floor(xl + libm.log(v) / laml));
                if (y < 0 || v == 0.0) {
                    continue;
                }
                v = v * (u - p2) * laml;
            } else { // Step 40
                y = CInts.toInt64(Math.floor(xr - libm.log(v) / lamr));
                if (y > n || v == 0.0) {
                    continue;
                }
                v = v * (u - p3) * lamr;
            }
            // Step 50
            long k = Math.abs(y - m);
            if (!(k > 20 && k < nrq / 2.0 - 1)) {
                double s = r / q;
                double a = s * (n + 1);
                double f = 1.0;
                if (m < y) {
                    for (long i = m + 1; i <= y; i++) {
                        f *= a / i - s;
                    }
                } else if (m > y) {
                    for (long i = y + 1; i <= m; i++) {
                        f /= a / i - s;
                    }
                }
                if (v > f) {
                    continue;
                }
                break;
            }
            // Step 52: squeeze on log(v), then the bound with Stirling corrections
            double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
            double t = -k * k / (2 * nrq); // -k*k is an int64 product, converted after
            double logV = libm.log(v);
            if (logV < t - rho) {
                break;
            }
            if (logV > t + rho) {
                continue;
            }
            double x1 = (double) y + 1;
            double f1 = (double) m + 1;
            double z = (double) n + 1 - (double) m;
            double w = (double) n - (double) y + 1;
            double x2 = x1 * x1;
            double f2 = f1 * f1;
            double z2 = z * z;
            double w2 = w * w;
            double bound = xm * libm.log(f1 / x1) + (n - m + 0.5) * libm.log(z / w)
                    + (y - m) * libm.log(w * r / (x1 * q))
                    + stirling(f2) / f1 / 166320.
                    + stirling(z2) / z / 166320.
                    + stirling(x2) / x1 / 166320.
                    + stirling(w2) / w / 166320.;
            if (logV > bound) {
                continue;
            }
            break;
        }
        // Step 60 (p <= 0.5 here, as the caller passes min(p, 1-p))
        if (p > 0.5) {
            y = n - y;
        }
        return y;
    }

    private static double stirling(double s2) {
        return 13680. - (462. - (132. - (99. - 140. / s2) / s2) / s2) / s2;
    }
}
