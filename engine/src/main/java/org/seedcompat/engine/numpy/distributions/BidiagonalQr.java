package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.PythonError;

/**
 * LAPACK's {@code dbdsqr} with both vector sets, for the upper bidiagonal (d, e) that
 * {@link SvdFactors} reduces to: splitting by its threshold, 2x2 blocks by {@code dlasv2},
 * implicit zero-shift or shifted QR sweeps chasing the bulge from the larger end
 * ({@code dlartg}, {@code dlas2}, {@code dlasr}), then the sign fix and its sort into decreasing
 * order. Written from LAPACK's algorithm with 1-based indices, as LAPACK states it; plain double
 * arithmetic (the Fortran is compiled without fused multiply-add).
 */
final class BidiagonalQr {

    private static final double EPS = 0x1p-53;
    private static final double UNFL = Double.MIN_NORMAL;
    private static final double SAFMIN = Double.MIN_NORMAL;
    private static final double SAFMAX = 1.0 / SAFMIN;
    private static final double RTMIN = Math.sqrt(SAFMIN);
    private static final double RTMAX = Math.sqrt(SAFMAX / 2);
    private static final int MAXITR = 6;

    private BidiagonalQr() {
    }

    /**
     * Diagonalises (d, e) in place (d becomes the singular values, descending), accumulating the
     * right rotations into the rows of {@code vt} and the left ones into the columns of {@code u}.
     *
     * @throws PythonError LinAlgError "SVD did not converge" when the sweeps do not converge
     */
    static void solve(double[] d0, double[] e0, double[][] u, double[][] vt) {
        int n = d0.length;
        double[] d = new double[n + 1];
        double[] e = new double[n + 1];
        System.arraycopy(d0, 0, d, 1, n);
        System.arraycopy(e0, 0, e, 1, n - 1);
        if (n > 1) {
            iterate(n, d, e, u, vt);
        }
        // make singular values positive
        for (int i = 1; i <= n; i++) {
            if (d[i] < 0.0) {
                d[i] = -d[i];
                for (int j = 0; j < n; j++) {
                    vt[i - 1][j] = -1.0 * vt[i - 1][j];
                }
            }
        }
        // sort into decreasing order, one transposition per place
        for (int i = 1; i <= n - 1; i++) {
            int isub = 1;
            double smin = d[1];
            for (int j = 2; j <= n + 1 - i; j++) {
                if (d[j] <= smin) {
                    isub = j;
                    smin = d[j];
                }
            }
            int last = n + 1 - i;
            if (isub != last) {
                d[isub] = d[last];
                d[last] = smin;
                double[] t = vt[isub - 1];
                vt[isub - 1] = vt[last - 1];
                vt[last - 1] = t;
                for (double[] row : u) {
                    double x = row[isub - 1];
                    row[isub - 1] = row[last - 1];
                    row[last - 1] = x;
                }
            }
        }
        System.arraycopy(d, 1, d0, 0, n);
        System.arraycopy(e, 1, e0, 0, n - 1);
    }

    private static void iterate(int n, double[] d, double[] e, double[][] u, double[][] vt) {
        double tolmul = Math.max(10.0, Math.min(100.0, Math.pow(EPS, -0.125)));
        double tol = tolmul * EPS;
        double smax = 0.0;
        for (int i = 1; i <= n; i++) {
            smax = Math.max(smax, Math.abs(d[i]));
        }
        for (int i = 1; i <= n - 1; i++) {
            smax = Math.max(smax, Math.abs(e[i]));
        }
        double sminoa = Math.abs(d[1]);
        if (sminoa != 0.0) {
            double mu = sminoa;
            for (int i = 2; i <= n; i++) {
                mu = Math.abs(d[i]) * (mu / (mu + Math.abs(e[i - 1])));
                sminoa = Math.min(sminoa, mu);
                if (sminoa == 0.0) {
                    break;
                }
            }
        }
        sminoa = sminoa / Math.sqrt((double) n);
        double thresh = Math.max(tol * sminoa, MAXITR * (n * (n * UNFL)));
        long maxit = (long) MAXITR * n * n;
        long iter = 0;
        int oldll = -1;
        int oldm = -1;
        int m = n;
        int idir = 0;
        double[] cr = new double[n];
        double[] sr = new double[n];
        double[] cl = new double[n];
        double[] sl = new double[n];
        while (m > 1) {
            if (iter > maxit) {
                throw new PythonError("LinAlgError", "SVD did not converge");
            }
            smax = Math.abs(d[m]);
            int ll = 0;
            boolean split = false;
            for (int lll = 1; lll <= m - 1; lll++) {
                ll = m - lll;
                double abss = Math.abs(d[ll]);
                double abse = Math.abs(e[ll]);
                if (abse <= thresh) {
                    split = true;
                    break;
                }
                smax = Math.max(smax, Math.max(abss, abse));
            }
            if (split) {
                e[ll] = 0.0;
                if (ll == m - 1) {
                    m = m - 1;
                    continue;
                }
            } else {
                ll = 0;
            }
            ll = ll + 1;
            if (ll == m - 1) {
                double[] r = Lasv2.lasv2(d[m - 1], e[m - 1], d[m]);
                d[m - 1] = r[1];
                e[m - 1] = 0.0;
                d[m] = r[0];
                rotRows(vt, m - 2, m - 1, r[3], r[2]);
                rotColumns(u, m - 2, m - 1, r[5], r[4]);
                m = m - 2;
                continue;
            }
            if (ll > oldm || m < oldll) {
                idir = Math.abs(d[ll]) >= Math.abs(d[m]) ? 1 : 2;
            }
            double smin;
            if (idir == 1) {
                if (Math.abs(e[m - 1]) <= Math.abs(tol) * Math.abs(d[m])) {
                    e[m - 1] = 0.0;
                    continue;
                }
                double mu = Math.abs(d[ll]);
                smin = mu;
                boolean conv = false;
                for (int lll = ll; lll <= m - 1; lll++) {
                    if (Math.abs(e[lll]) <= tol * mu) {
                        e[lll] = 0.0;
                        conv = true;
                        break;
                    }
                    mu = Math.abs(d[lll + 1]) * (mu / (mu + Math.abs(e[lll])));
                    smin = Math.min(smin, mu);
                }
                if (conv) {
                    continue;
                }
            } else {
                if (Math.abs(e[ll]) <= Math.abs(tol) * Math.abs(d[ll])) {
                    e[ll] = 0.0;
                    continue;
                }
                double mu = Math.abs(d[m]);
                smin = mu;
                boolean conv = false;
                for (int lll = m - 1; lll >= ll; lll--) {
                    if (Math.abs(e[lll]) <= tol * mu) {
                        e[lll] = 0.0;
                        conv = true;
                        break;
                    }
                    mu = Math.abs(d[lll]) * (mu / (mu + Math.abs(e[lll])));
                    smin = Math.min(smin, mu);
                }
                if (conv) {
                    continue;
                }
            }
            oldll = ll;
            oldm = m;
            double shift;
            if (n * tol * (smin / smax) <= Math.max(EPS, 0.01 * tol)) {
                shift = 0.0;
            } else {
                double sll;
                if (idir == 1) {
                    sll = Math.abs(d[ll]);
                    shift = las2min(d[m - 1], e[m - 1], d[m]);
                } else {
                    sll = Math.abs(d[m]);
                    shift = las2min(d[ll], e[ll], d[ll + 1]);
                }
                if (sll > 0.0) {
                    double q = shift / sll;
                    if (q * q < EPS) {
                        shift = 0.0;
                    }
                }
            }
            iter = iter + m - ll;
            int nrot = m - ll;
            if (shift == 0.0) {
                if (idir == 1) {
                    double cs = 1.0;
                    double oldcs = 1.0;
                    double oldsn = 0.0;
                    for (int i = ll; i <= m - 1; i++) {
                        double[] g1 = lartg(d[i] * cs, e[i]);
                        cs = g1[0];
                        double sn = g1[1];
                        double r = g1[2];
                        if (i > ll) {
                            e[i - 1] = oldsn * r;
                        }
                        double[] g2 = lartg(oldcs * r, d[i + 1] * sn);
                        oldcs = g2[0];
                        oldsn = g2[1];
                        d[i] = g2[2];
                        cr[i - ll] = cs;
                        sr[i - ll] = sn;
                        cl[i - ll] = oldcs;
                        sl[i - ll] = oldsn;
                    }
                    double h = d[m] * cs;
                    d[m] = h * oldcs;
                    e[m - 1] = h * oldsn;
                    lasrLeftForward(vt, ll - 1, nrot, cr, sr);
                    lasrRightForward(u, ll - 1, nrot, cl, sl);
                    if (Math.abs(e[m - 1]) <= thresh) {
                        e[m - 1] = 0.0;
                    }
                } else {
                    double cs = 1.0;
                    double oldcs = 1.0;
                    double oldsn = 0.0;
                    for (int i = m; i >= ll + 1; i--) {
                        double[] g1 = lartg(d[i] * cs, e[i - 1]);
                        cs = g1[0];
                        double sn = g1[1];
                        double r = g1[2];
                        if (i < m) {
                            e[i] = oldsn * r;
                        }
                        double[] g2 = lartg(oldcs * r, d[i - 1] * sn);
                        oldcs = g2[0];
                        oldsn = g2[1];
                        d[i] = g2[2];
                        cr[i - ll - 1] = cs;
                        sr[i - ll - 1] = -sn;
                        cl[i - ll - 1] = oldcs;
                        sl[i - ll - 1] = -oldsn;
                    }
                    double h = d[ll] * cs;
                    d[ll] = h * oldcs;
                    e[ll] = h * oldsn;
                    lasrLeftBackward(vt, ll - 1, nrot, cl, sl);
                    lasrRightBackward(u, ll - 1, nrot, cr, sr);
                    if (Math.abs(e[ll]) <= thresh) {
                        e[ll] = 0.0;
                    }
                }
            } else {
                if (idir == 1) {
                    double f = (Math.abs(d[ll]) - shift) * (Math.copySign(1.0, d[ll]) + shift / d[ll]);
                    double g = e[ll];
                    for (int i = ll; i <= m - 1; i++) {
                        double[] g1 = lartg(f, g);
                        double cosr = g1[0];
                        double sinr = g1[1];
                        if (i > ll) {
                            e[i - 1] = g1[2];
                        }
                        f = cosr * d[i] + sinr * e[i];
                        e[i] = cosr * e[i] - sinr * d[i];
                        g = sinr * d[i + 1];
                        d[i + 1] = cosr * d[i + 1];
                        double[] g2 = lartg(f, g);
                        double cosl = g2[0];
                        double sinl = g2[1];
                        d[i] = g2[2];
                        f = cosl * e[i] + sinl * d[i + 1];
                        d[i + 1] = cosl * d[i + 1] - sinl * e[i];
                        if (i < m - 1) {
                            g = sinl * e[i + 1];
                            e[i + 1] = cosl * e[i + 1];
                        }
                        cr[i - ll] = cosr;
                        sr[i - ll] = sinr;
                        cl[i - ll] = cosl;
                        sl[i - ll] = sinl;
                    }
                    e[m - 1] = f;
                    lasrLeftForward(vt, ll - 1, nrot, cr, sr);
                    lasrRightForward(u, ll - 1, nrot, cl, sl);
                    if (Math.abs(e[m - 1]) <= thresh) {
                        e[m - 1] = 0.0;
                    }
                } else {
                    double f = (Math.abs(d[m]) - shift) * (Math.copySign(1.0, d[m]) + shift / d[m]);
                    double g = e[m - 1];
                    for (int i = m; i >= ll + 1; i--) {
                        double[] g1 = lartg(f, g);
                        double cosr = g1[0];
                        double sinr = g1[1];
                        if (i < m) {
                            e[i] = g1[2];
                        }
                        f = cosr * d[i] + sinr * e[i - 1];
                        e[i - 1] = cosr * e[i - 1] - sinr * d[i];
                        g = sinr * d[i - 1];
                        d[i - 1] = cosr * d[i - 1];
                        double[] g2 = lartg(f, g);
                        double cosl = g2[0];
                        double sinl = g2[1];
                        d[i] = g2[2];
                        f = cosl * e[i - 1] + sinl * d[i - 1];
                        d[i - 1] = cosl * d[i - 1] - sinl * e[i - 1];
                        if (i > ll + 1) {
                            g = sinl * e[i - 2];
                            e[i - 2] = cosl * e[i - 2];
                        }
                        cr[i - ll - 1] = cosr;
                        sr[i - ll - 1] = -sinr;
                        cl[i - ll - 1] = cosl;
                        sl[i - ll - 1] = -sinl;
                    }
                    e[ll] = f;
                    if (Math.abs(e[ll]) <= thresh) {
                        e[ll] = 0.0;
                    }
                    lasrLeftBackward(vt, ll - 1, nrot, cl, sl);
                    lasrRightBackward(u, ll - 1, nrot, cr, sr);
                }
            }
        }
    }

    /** {@code drot} on rows i and j (0-based): OpenBLAS's kernel, x' = fma(c, x, s y), y' = fma(c, y, -(s x)) (measured). */
    static void rotRows(double[][] a, int i, int j, double c, double s) {
        for (int k = 0; k < a[i].length; k++) {
            double x = a[i][k];
            double y = a[j][k];
            a[i][k] = Math.fma(c, x, s * y);
            a[j][k] = Math.fma(c, y, -(s * x));
        }
    }

    static void rotColumns(double[][] a, int i, int j, double c, double s) {
        for (double[] row : a) {
            double x = row[i];
            double y = row[j];
            row[i] = Math.fma(c, x, s * y);
            row[j] = Math.fma(c, y, -(s * x));
        }
    }

    /** {@code dlasr('L', 'V', 'F')} on rows r0..r0+nrot of {@code a}. */
    private static void lasrLeftForward(double[][] a, int r0, int nrot, double[] c, double[] s) {
        for (int j = 0; j < nrot; j++) {
            leftRotation(a, r0 + j, c[j], s[j]);
        }
    }

    private static void lasrLeftBackward(double[][] a, int r0, int nrot, double[] c, double[] s) {
        for (int j = nrot - 1; j >= 0; j--) {
            leftRotation(a, r0 + j, c[j], s[j]);
        }
    }

    private static void leftRotation(double[][] a, int j, double ct, double st) {
        if (ct == 1.0 && st == 0.0) {
            return;
        }
        for (int i = 0; i < a[j].length; i++) {
            double temp = a[j + 1][i];
            a[j + 1][i] = ct * temp - st * a[j][i];
            a[j][i] = st * temp + ct * a[j][i];
        }
    }

    /** {@code dlasr('R', 'V', 'F')} on columns c0..c0+nrot of {@code a}. */
    private static void lasrRightForward(double[][] a, int c0, int nrot, double[] c, double[] s) {
        for (int j = 0; j < nrot; j++) {
            rightRotation(a, c0 + j, c[j], s[j]);
        }
    }

    private static void lasrRightBackward(double[][] a, int c0, int nrot, double[] c, double[] s) {
        for (int j = nrot - 1; j >= 0; j--) {
            rightRotation(a, c0 + j, c[j], s[j]);
        }
    }

    private static void rightRotation(double[][] a, int j, double ct, double st) {
        if (ct == 1.0 && st == 0.0) {
            return;
        }
        for (double[] row : a) {
            double temp = row[j + 1];
            row[j + 1] = ct * temp - st * row[j];
            row[j] = st * temp + ct * row[j];
        }
    }

    /** LAPACK 3.10's {@code dlartg}: {@code [c, s, r]} with [c s; -s c] [f; g] = [r; 0]. */
    static double[] lartg(double f, double g) {
        double f1 = Math.abs(f);
        double g1 = Math.abs(g);
        if (g == 0.0) {
            return new double[] {1.0, 0.0, f};
        }
        if (f == 0.0) {
            return new double[] {0.0, Math.copySign(1.0, g), g1};
        }
        if (f1 > RTMIN && f1 < RTMAX && g1 > RTMIN && g1 < RTMAX) {
            double d = Math.sqrt(f * f + g * g);
            double c = f1 / d;
            double r = Math.copySign(d, f);
            return new double[] {c, g / r, r};
        }
        double uu = Math.min(SAFMAX, Math.max(SAFMIN, Math.max(f1, g1)));
        double fs = f / uu;
        double gs = g / uu;
        double d = Math.sqrt(fs * fs + gs * gs);
        double c = Math.abs(fs) / d;
        double r = Math.copySign(d, f);
        double s = gs / r;
        return new double[] {c, s, r * uu};
    }

    /** {@code dlas2}'s smaller singular value of [[f, g], [0, h]]. */
    static double las2min(double f, double g, double h) {
        double fa = Math.abs(f);
        double ga = Math.abs(g);
        double ha = Math.abs(h);
        double fhmn = Math.min(fa, ha);
        double fhmx = Math.max(fa, ha);
        if (fhmn == 0.0) {
            return 0.0;
        }
        if (ga < fhmx) {
            double as = 1.0 + fhmn / fhmx;
            double at = (fhmx - fhmn) / fhmx;
            double q = ga / fhmx;
            double au = q * q;
            double c = 2.0 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
            return fhmn * c;
        }
        double au = fhmx / ga;
        if (au == 0.0) {
            return (fhmn * fhmx) / ga;
        }
        double as = 1.0 + fhmn / fhmx;
        double at = (fhmx - fhmn) / fhmx;
        double p = as * au;
        double q = at * au;
        double c = 1.0 / (Math.sqrt(1.0 + p * p) + Math.sqrt(1.0 + q * q));
        double ssmin = (fhmn * c) * au;
        return ssmin + ssmin;
    }
}
