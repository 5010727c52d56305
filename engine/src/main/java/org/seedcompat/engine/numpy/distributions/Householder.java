package org.seedcompat.engine.numpy.distributions;

/**
 * LAPACK's {@code dlarfg}: the elementary reflector H = I - tau v v^T with H x = beta e1, and the
 * {@code dnrm2}/{@code dlapy2} it calls. Package-private linear algebra for {@link SvdFactors},
 * {@link EighFactors}.
 */
final class Householder {

    private static final double SAFMIN = Double.MIN_NORMAL / 0x1p-53;

    private Householder() {
    }

    /**
     * Reflects {@code x} in place: {@code x[0]} becomes beta, {@code x[1..]} the vector v (its
     * first component 1 implied); returns tau (0 when x[1..] is zero, H = I).
     */
    static double reflect(double[] x) {
        int n = x.length;
        if (n <= 1) {
            return 0.0;
        }
        double xnorm = nrm2(x, 1);
        if (xnorm == 0.0) {
            return 0.0;
        }
        double alpha = x[0];
        double beta = -Math.copySign(lapy2(alpha, xnorm), alpha);
        int knt = 0;
        while (Math.abs(beta) < SAFMIN && knt < 20) {
            knt++;
            for (int i = 1; i < n; i++) {
                x[i] *= 1.0 / SAFMIN;
            }
            beta /= SAFMIN;
            alpha /= SAFMIN;
            if (Math.abs(beta) >= SAFMIN) {
                xnorm = nrm2(x, 1);
                beta = -Math.copySign(lapy2(alpha, xnorm), alpha);
            }
        }
        double tau = (beta - alpha) / beta;
        double scale = 1.0 / (alpha - beta);
        for (int i = 1; i < n; i++) {
            x[i] = x[i] * scale;
        }
        for (int j = 0; j < knt; j++) {
            beta *= SAFMIN;
        }
        x[0] = beta;
        return tau;
    }

    /**
     * {@code dnrm2} of {@code x[from..]}: OpenBLAS's x86-64 kernel sums the squares in x87
     * extended precision and rounds once, which is the correctly rounded norm but for the rarest
     * ties; here a double-double sum and one corrected square root.
     */
    static double nrm2(double[] x, int from) {
        double hi = 0.0;
        double lo = 0.0;
        for (int i = from; i < x.length; i++) {
            double p = x[i] * x[i];
            double pe = Math.fma(x[i], x[i], -p);
            double s = hi + p;
            double bp = s - hi;
            double se = (hi - (s - bp)) + (p - bp);
            hi = s;
            lo += se + pe;
        }
        double s = hi + lo;
        lo = lo - (s - hi);
        hi = s;
        if (hi == 0.0 || !Double.isFinite(hi)) {
            return Math.sqrt(hi);
        }
        double r = Math.sqrt(hi);
        double residual = Math.fma(-r, r, hi) + lo;
        return r + residual / (2.0 * r);
    }

    /** {@code dlapy2}: sqrt(x^2 + y^2) as {@code w * sqrt(1 + (z / w)^2)}. */
    static double lapy2(double x, double y) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        double xa = Math.abs(x);
        double ya = Math.abs(y);
        double w = Math.max(xa, ya);
        double z = Math.min(xa, ya);
        if (z == 0.0 || w > Double.MAX_VALUE) {
            return w;
        }
        double q = z / w;
        return w * Math.sqrt(1.0 + q * q);
    }
}
