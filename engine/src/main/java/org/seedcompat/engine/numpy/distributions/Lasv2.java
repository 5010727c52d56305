package org.seedcompat.engine.numpy.distributions;

/**
 * LAPACK's {@code dlasv2}: the SVD of the upper triangular 2x2 [[f, g], [0, h]]; and
 * {@code dlaev2}: the eigen-decomposition of the symmetric 2x2 [[a, b], [b, c]]. Plain double
 * arithmetic, as the reference LAPACK in OpenBLAS is compiled for the baseline x86-64 (no fused
 * multiply-add).
 */
final class Lasv2 {

    private static final double EPS = 0x1p-53;

    private Lasv2() {
    }

    /** {@code [ssmin, ssmax, snr, csr, snl, csl]}. */
    static double[] lasv2(double f, double g, double h) {
        double ft = f;
        double fa = Math.abs(ft);
        double ht = h;
        double ha = Math.abs(h);
        int pmax = 1;
        boolean swap = ha > fa;
        if (swap) {
            pmax = 3;
            double temp = ft;
            ft = ht;
            ht = temp;
            temp = fa;
            fa = ha;
            ha = temp;
        }
        double gt = g;
        double ga = Math.abs(gt);
        double ssmin;
        double ssmax;
        double clt;
        double crt;
        double slt;
        double srt;
        if (ga == 0.0) {
            ssmin = ha;
            ssmax = fa;
            clt = 1.0;
            crt = 1.0;
            slt = 0.0;
            srt = 0.0;
        } else {
            boolean gasmal = true;
            ssmin = 0.0;
            ssmax = 0.0;
            clt = crt = slt = srt = 0.0;
            if (ga > fa) {
                pmax = 2;
                if (fa / ga < EPS) {
                    gasmal = false;
                    ssmax = ga;
                    if (ha > 1.0) {
                        ssmin = fa / (ga / ha);
                    } else {
                        ssmin = (fa / ga) * ha;
                    }
                    clt = 1.0;
                    slt = ht / gt;
                    srt = 1.0;
                    crt = ft / gt;
                }
            }
            if (gasmal) {
                double d = fa - ha;
                double l = d == fa ? 1.0 : d / fa;
                double m = gt / ft;
                double t = 2.0 - l;
                double mm = m * m;
                double tt = t * t;
                double s = Math.sqrt(tt + mm);
                double r = l == 0.0 ? Math.abs(m) : Math.sqrt(l * l + mm);
                double a = 0.5 * (s + r);
                ssmin = ha / a;
                ssmax = fa * a;
                if (mm == 0.0) {
                    if (l == 0.0) {
                        t = Math.copySign(2.0, ft) * Math.copySign(1.0, gt);
                    } else {
                        t = gt / Math.copySign(d, ft) + m / t;
                    }
                } else {
                    t = (m / (s + t) + m / (r + l)) * (1.0 + a);
                }
                l = Math.sqrt(t * t + 4.0);
                crt = 2.0 / l;
                srt = t / l;
                clt = (crt + srt * m) / a;
                slt = (ht / ft) * srt / a;
            }
        }
        double csl;
        double snl;
        double csr;
        double snr;
        if (swap) {
            csl = srt;
            snl = crt;
            csr = slt;
            snr = clt;
        } else {
            csl = clt;
            snl = slt;
            csr = crt;
            snr = srt;
        }
        double tsign;
        if (pmax == 1) {
            tsign = Math.copySign(1.0, csr) * Math.copySign(1.0, csl) * Math.copySign(1.0, f);
        } else if (pmax == 2) {
            tsign = Math.copySign(1.0, snr) * Math.copySign(1.0, csl) * Math.copySign(1.0, g);
        } else {
            tsign = Math.copySign(1.0, snr) * Math.copySign(1.0, snl) * Math.copySign(1.0, h);
        }
        ssmax = Math.copySign(ssmax, tsign);
        ssmin = Math.copySign(ssmin, tsign * Math.copySign(1.0, f) * Math.copySign(1.0, h));
        return new double[] {ssmin, ssmax, snr, csr, snl, csl};
    }

    /** {@code [rt1, rt2, cs1, sn1]}: rt1 the eigenvalue of larger absolute value, (cs1, sn1) its vector. */
    static double[] laev2(double a, double b, double c) {
        double sm = a + c;
        double df = a - c;
        double adf = Math.abs(df);
        double tb = b + b;
        double ab = Math.abs(tb);
        double acmx;
        double acmn;
        if (Math.abs(a) > Math.abs(c)) {
            acmx = a;
            acmn = c;
        } else {
            acmx = c;
            acmn = a;
        }
        double rt;
        if (adf > ab) {
            double q = ab / adf;
            rt = adf * Math.sqrt(1.0 + q * q);
        } else if (adf < ab) {
            double q = adf / ab;
            rt = ab * Math.sqrt(1.0 + q * q);
        } else {
            rt = ab * Math.sqrt(2.0);
        }
        double rt1;
        double rt2;
        int sgn1;
        if (sm < 0.0) {
            rt1 = 0.5 * (sm - rt);
            sgn1 = -1;
            rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
        } else if (sm > 0.0) {
            rt1 = 0.5 * (sm + rt);
            sgn1 = 1;
            rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
        } else {
            rt1 = 0.5 * rt;
            rt2 = -0.5 * rt;
            sgn1 = 1;
        }
        double cs;
        int sgn2;
        if (df >= 0.0) {
            cs = df + rt;
            sgn2 = 1;
        } else {
            cs = df - rt;
            sgn2 = -1;
        }
        double acs = Math.abs(cs);
        double cs1;
        double sn1;
        if (acs > ab) {
            double ct = -tb / cs;
            sn1 = 1.0 / Math.sqrt(1.0 + ct * ct);
            cs1 = ct * sn1;
        } else if (ab == 0.0) {
            cs1 = 1.0;
            sn1 = 0.0;
        } else {
            double tn = -cs / tb;
            cs1 = 1.0 / Math.sqrt(1.0 + tn * tn);
            sn1 = tn * cs1;
        }
        if (sgn1 == sgn2) {
            double tn = cs1;
            cs1 = -sn1;
            sn1 = tn;
        }
        return new double[] {rt1, rt2, cs1, sn1};
    }
}
