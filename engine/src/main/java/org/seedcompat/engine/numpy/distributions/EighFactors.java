package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.PythonError;

/**
 * {@code numpy.linalg.eigh(a, UPLO='L')} as NumPy's build computes it: LAPACK {@code dsyevd}
 * reading only the lower triangle: {@code dsytd2} to tridiagonal form, {@code dstedc} handing the
 * small problem to {@code dsteqr} (implicit QL/QR, 2x2 blocks by {@code dlaev2}, the selection
 * sort into ascending order), then {@code dormtr}.
 *
 * <p>Written from LAPACK's algorithms (1-based where LAPACK states it so), plain double arithmetic
 * for the Fortran, and OpenBLAS's kernels as measured for the BLAS calls inside: {@code dsymv}'s
 * column loop, {@code ddot}, {@code daxpy}, {@code dsyr2}'s two column updates all fused,
 * {@code dormtr}'s reflectors as {@link SvdFactors} applies them. Bit-exact against NumPy on 200
 * random 2x2 and 202 random 3x3 matrices; from 4x4 on OpenBLAS's 4-row kernels sum otherwise, a
 * few ULP (see the README).
 */
public final class EighFactors {

    /** Eigenvalues ascending; {@code v[i][k]} is component i of the k-th eigenvector. */
    public record Result(double[] w, double[][] v) {
    }

    private static final double EPS = 0x1p-53;
    private static final double SAFMIN = Double.MIN_NORMAL;

    private EighFactors() {
    }

    public static Result eigh(double[][] a) {
        int n = a.length;
        if (n == 0) {
            return new Result(new double[0], new double[0][0]);
        }
        if (n == 1) {
            return new Result(new double[] {a[0][0]}, new double[][] {{1.0}});
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                w[i][j] = a[i][j];
            }
        }
        double[] d = new double[n];
        double[] e = new double[n - 1];
        double[] tau = new double[n - 1];
        tridiagonalise(w, d, e, tau);
        double[][] z = SvdFactors.identity(n);
        steqr(d, e, z);
        // selection sort into ascending order
        for (int ii = 1; ii < n; ii++) {
            int i = ii - 1;
            int k = i;
            double p = d[i];
            for (int j = ii; j < n; j++) {
                if (d[j] < p) {
                    k = j;
                    p = d[j];
                }
            }
            if (k != i) {
                d[k] = d[i];
                d[i] = p;
                for (double[] row : z) {
                    double x = row[i];
                    row[i] = row[k];
                    row[k] = x;
                }
            }
        }
        // dormtr('L', 'L', 'N'): Z = Q Z, H(i) (acting on rows i+1..n-1) applied from the last down
        for (int i = n - 2; i >= 0; i--) {
            if (tau[i] == 0.0) {
                continue;
            }
            double[] v = new double[n - i - 1];
            v[0] = 1.0;
            for (int r = i + 2; r < n; r++) {
                v[r - i - 1] = w[r][i];
            }
            applyLeft(z, i + 1, v, tau[i]);
        }
        return new Result(d, z);
    }

    /**
     * {@code dsytd2('L')}: H(i) annihilates A(i+2:n, i); A(i+1:n, i+1:n) -= v w^T + w v^T with
     * {@code w = x - (tau/2)(x.v) v}, {@code x = tau A v} ({@code dsymv}).
     */
    private static void tridiagonalise(double[][] a, double[] d, double[] e, double[] tau) {
        int n = a.length;
        for (int i = 0; i < n - 1; i++) {
            int m = n - i - 1;
            double[] x = new double[m];
            for (int r = 0; r < m; r++) {
                x[r] = a[i + 1 + r][i];
            }
            double taui = Householder.reflect(x);
            for (int r = 0; r < m; r++) {
                a[i + 1 + r][i] = x[r];
            }
            e[i] = x[0];
            if (taui != 0.0) {
                double[] v = x.clone();
                v[0] = 1.0;
                double[] y = new double[m];
                // dsymv (lower), OpenBLAS's column loop: y += (tau v[c]) A[:, c] below, the dot above
                for (int c = 0; c < m; c++) {
                    double t1 = taui * v[c];
                    double t2 = 0.0;
                    y[c] = Math.fma(t1, a[i + 1 + c][i + 1 + c], y[c]);
                    for (int r = c + 1; r < m; r++) {
                        y[r] = Math.fma(t1, a[i + 1 + r][i + 1 + c], y[r]);
                        t2 = Math.fma(a[i + 1 + r][i + 1 + c], v[r], t2);
                    }
                    y[c] = Math.fma(taui, t2, y[c]);
                }
                double dot = 0.0;
                for (int r = 0; r < m; r++) {
                    dot = Math.fma(y[r], v[r], dot);
                }
                double alpha = -0.5 * taui * dot;
                for (int r = 0; r < m; r++) {
                    y[r] = Math.fma(alpha, v[r], y[r]);
                }
                // dsyr2 (lower), column by column: += (-v[c]) w, then += (-w[c]) v, fused
                for (int c = 0; c < m; c++) {
                    double t1 = -1.0 * v[c];
                    double t2 = -1.0 * y[c];
                    for (int r = c; r < m; r++) {
                        a[i + 1 + r][i + 1 + c] = Math.fma(t1, y[r], a[i + 1 + r][i + 1 + c]);
                    }
                    for (int r = c; r < m; r++) {
                        a[i + 1 + r][i + 1 + c] = Math.fma(t2, v[r], a[i + 1 + r][i + 1 + c]);
                    }
                }
            }
            d[i] = a[i][i];
            tau[i] = taui;
        }
        d[n - 1] = a[n - 1][n - 1];
    }

    /** {@code dlarf('L')} on rows r0.. of {@code c}, as {@link SvdFactors} applies it. */
    private static void applyLeft(double[][] c, int r0, double[] v, double tau) {
        int n = c[0].length;
        for (int j = 0; j < n; j++) {
            double s = 0.0;
            for (int r = 0; r < v.length; r++) {
                s = s + c[r0 + r][j] * v[r];
            }
            double t = -tau * s;
            for (int r = 0; r < v.length; r++) {
                c[r0 + r][j] = Math.fma(t, v[r], c[r0 + r][j]);
            }
        }
    }

    /** {@code dsteqr(COMPZ='I')} with 1-based indices as LAPACK states it. */
    private static void steqr(double[] d0, double[] e0, double[][] z) {
        int n = d0.length;
        double[] d = new double[n + 1];
        double[] e = new double[n + 1];
        System.arraycopy(d0, 0, d, 1, n);
        System.arraycopy(e0, 0, e, 1, n - 1);
        double eps2 = EPS * EPS;
        int nmaxit = n * 30;
        int jtot = 0;
        double[] wc = new double[n + 1];
        double[] ws = new double[n + 1];
        int l1 = 1;
        while (l1 <= n) {
            if (l1 > 1) {
                e[l1 - 1] = 0.0;
            }
            int m = n;
            for (int mm = l1; mm <= n - 1; mm++) {
                double tst = Math.abs(e[mm]);
                if (tst == 0.0) {
                    m = mm;
                    break;
                }
                if (tst <= (Math.sqrt(Math.abs(d[mm])) * Math.sqrt(Math.abs(d[mm + 1]))) * EPS) {
                    e[mm] = 0.0;
                    m = mm;
                    break;
                }
            }
            int l = l1;
            int lsv = l;
            int lend = m;
            int lendsv = lend;
            l1 = m + 1;
            if (lend == l) {
                continue;
            }
            double anorm = 0.0;
            for (int i = l; i <= lend; i++) {
                anorm = Math.max(anorm, Math.abs(d[i]));
                if (i < lend) {
                    anorm = Math.max(anorm, Math.abs(e[i]));
                }
            }
            if (anorm == 0.0) {
                continue;
            }
            if (Math.abs(d[lend]) < Math.abs(d[l])) {
                lend = lsv;
                l = lendsv;
            }
            if (lend > l) {
                while (l <= lend) { // QL
                    int mq = lend;
                    for (int k = l; k <= lend - 1; k++) {
                        double tst = Math.abs(e[k]) * Math.abs(e[k]);
                        if (tst <= (eps2 * Math.abs(d[k])) * Math.abs(d[k + 1]) + SAFMIN) {
                            mq = k;
                            break;
                        }
                    }
                    if (mq < lend) {
                        e[mq] = 0.0;
                    }
                    double p = d[l];
                    if (mq == l) {
                        d[l] = p;
                        l = l + 1;
                        continue;
                    }
                    if (mq == l + 1) {
                        double[] r = Lasv2.laev2(d[l], e[l], d[l + 1]);
                        rotate(z, l - 1, r[2], r[3]);
                        d[l] = r[0];
                        d[l + 1] = r[1];
                        e[l] = 0.0;
                        l = l + 2;
                        continue;
                    }
                    if (jtot == nmaxit) {
                        throw new PythonError("LinAlgError", "Eigenvalues did not converge");
                    }
                    jtot++;
                    double g = (d[l + 1] - p) / (2.0 * e[l]);
                    double r = Householder.lapy2(g, 1.0);
                    g = d[mq] - p + (e[l] / (g + Math.copySign(r, g)));
                    double s = 1.0;
                    double c = 1.0;
                    p = 0.0;
                    for (int i = mq - 1; i >= l; i--) {
                        double f = s * e[i];
                        double b = c * e[i];
                        double[] gr = BidiagonalQr.lartg(g, f);
                        c = gr[0];
                        s = gr[1];
                        r = gr[2];
                        if (i != mq - 1) {
                            e[i + 1] = r;
                        }
                        g = d[i + 1] - p;
                        r = (d[i] - g) * s + 2.0 * c * b;
                        p = s * r;
                        d[i + 1] = g + p;
                        g = c * r - b;
                        wc[i] = c;
                        ws[i] = -s;
                    }
                    // dlasr('R', 'V', 'B') on columns l..mq
                    for (int j = mq - 1; j >= l; j--) {
                        rotate(z, j - 1, wc[j], ws[j]);
                    }
                    d[l] = d[l] - p;
                    e[l] = g;
                }
            } else {
                while (l >= lend) { // QR
                    int mq = lend;
                    for (int k = l; k >= lend + 1; k--) {
                        double tst = Math.abs(e[k - 1]) * Math.abs(e[k - 1]);
                        if (tst <= (eps2 * Math.abs(d[k])) * Math.abs(d[k - 1]) + SAFMIN) {
                            mq = k;
                            break;
                        }
                    }
                    if (mq > lend) {
                        e[mq - 1] = 0.0;
                    }
                    double p = d[l];
                    if (mq == l) {
                        d[l] = p;
                        l = l - 1;
                        continue;
                    }
                    if (mq == l - 1) {
                        double[] r = Lasv2.laev2(d[l - 1], e[l - 1], d[l]);
                        rotate(z, l - 2, r[2], r[3]);
                        d[l - 1] = r[0];
                        d[l] = r[1];
                        e[l - 1] = 0.0;
                        l = l - 2;
                        continue;
                    }
                    if (jtot == nmaxit) {
                        throw new PythonError("LinAlgError", "Eigenvalues did not converge");
                    }
                    jtot++;
                    double g = (d[l - 1] - p) / (2.0 * e[l - 1]);
                    double r = Householder.lapy2(g, 1.0);
                    g = d[mq] - p + (e[l - 1] / (g + Math.copySign(r, g)));
                    double s = 1.0;
                    double c = 1.0;
                    p = 0.0;
                    for (int i = mq; i <= l - 1; i++) {
                        double f = s * e[i];
                        double b = c * e[i];
                        double[] gr = BidiagonalQr.lartg(g, f);
                        c = gr[0];
                        s = gr[1];
                        r = gr[2];
                        if (i != mq) {
                            e[i - 1] = r;
                        }
                        g = d[i] - p;
                        r = (d[i + 1] - g) * s + 2.0 * c * b;
                        p = s * r;
                        d[i] = g + p;
                        g = c * r - b;
                        wc[i] = c;
                        ws[i] = s;
                    }
                    // dlasr('R', 'V', 'F') on columns mq..l
                    for (int j = mq; j <= l - 1; j++) {
                        rotate(z, j - 1, wc[j], ws[j]);
                    }
                    d[l] = d[l] - p;
                    e[l - 1] = g;
                }
            }
        }
        System.arraycopy(d, 1, d0, 0, n);
    }

    /** One plane rotation of {@code dlasr('R', 'V', ...)} on 0-based columns j, j+1. */
    private static void rotate(double[][] z, int j, double c, double s) {
        if (c == 1.0 && s == 0.0) {
            return;
        }
        for (double[] row : z) {
            double temp = row[j + 1];
            row[j + 1] = c * temp - s * row[j];
            row[j] = s * temp + c * row[j];
        }
    }
}
