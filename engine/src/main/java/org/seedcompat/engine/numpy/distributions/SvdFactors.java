package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.PythonError;

/**
 * {@code numpy.linalg.svd(a)} of a square matrix as NumPy's build computes it: LAPACK
 * {@code dgesdd(JOBZ='A')}. Path 5 for n &gt;= 2 (Householder bidiagonalisation {@code dgebd2},
 * {@code dbdsdc} handing the small problem to {@code dbdsqr}, then the reflectors applied to the
 * singular vectors by {@code dorm2r}); for n = 1 the QR path, which leaves {@code u = sign(a)}.
 *
 * <p>Exact where LAPACK's arithmetic is short and fixed: diagonal matrices (every off-diagonal
 * zero: no rotation, only the sign fix and {@code dbdsqr}'s sort), 1x1 and 2x2 matrices (one
 * Householder step and {@code dlasv2}). A bidiagonal block of three or more that does not split
 * needs {@code dbdsqr}'s QR sweeps; it is solved here by one-sided Jacobi with the sign of each
 * singular pair chosen like LAPACK's usual outcome, so it matches only to rounding (see the
 * README). The BLAS steps inside follow OpenBLAS's small-size kernels as measured against NumPy
 * on 200 random 2x2 matrices (all bit-exact): {@code dgemv('T')} rounds each product and sums in
 * order, {@code dger} updates each column by a fused multiply-add, {@code dnrm2} is correctly
 * rounded.
 */
public final class SvdFactors {

    /** {@code u} (n x n, row-major), {@code s} (descending), {@code vh} (n x n, row-major). */
    public record Result(double[][] u, double[] s, double[][] vh) {
    }

    private static final double EPS = 0x1p-53;
    private static final double UNFL = Double.MIN_NORMAL;

    private SvdFactors() {
    }

    /** The factorisation; a NaN anywhere is LAPACK's {@code INFO = -4}, NumPy's LinAlgError. */
    public static Result svd(double[][] a) {
        int n = a.length;
        for (double[] row : a) {
            for (double v : row) {
                if (Double.isNaN(v)) {
                    throw new PythonError("LinAlgError", "SVD did not converge");
                }
            }
        }
        if (n == 0) {
            return new Result(new double[0][0], new double[0], new double[0][0]);
        }
        if (n == 1) {
            double d = a[0][0];
            // dgeqrf's 1x1 reflector is the identity; dbdsdc's n = 1 case: U = SIGN(1, d), VT = 1
            return new Result(new double[][] {{Math.copySign(1.0, d)}}, new double[] {Math.abs(d)},
                    new double[][] {{1.0}});
        }
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            w[i] = a[i].clone();
        }
        double[] d = new double[n];
        double[] e = new double[n - 1];
        double[] tauq = new double[n];
        double[] taup = new double[n];
        bidiagonalise(w, d, e, tauq, taup);
        double[][] ub = identity(n);
        double[][] vtb = identity(n);
        if (!bidiagonalSvd(d, e, ub, vtb)) {
            return jacobi(a);
        }
        // dormbr('Q', 'L', 'N'): U = H(1) ... H(n) Ub, applied from H(n) down to H(1)
        for (int i = n - 1; i >= 0; i--) {
            double[] v = new double[n - i];
            v[0] = 1.0;
            for (int r = i + 1; r < n; r++) {
                v[r - i] = w[r][i];
            }
            applyLeft(ub, i, v, tauq[i]);
        }
        // dormbr('P', 'R', 'T') (dorml2, forward): VT = VTb G(1) ... G(n-1) on columns i+1..n-1
        for (int i = 0; i <= n - 2; i++) {
            double[] v = new double[n - i - 1];
            v[0] = 1.0;
            for (int c = i + 2; c < n; c++) {
                v[c - i - 1] = w[i][c];
            }
            applyRight(vtb, i + 1, v, taup[i]);
        }
        return new Result(ub, d, vtb);
    }

    /** {@code dgebd2} for m = n (upper bidiagonal): the reflectors' vectors are left in {@code w}. */
    private static void bidiagonalise(double[][] w, double[] d, double[] e, double[] tauq, double[] taup) {
        int n = w.length;
        for (int i = 0; i < n; i++) {
            double[] col = new double[n - i];
            for (int r = i; r < n; r++) {
                col[r - i] = w[r][i];
            }
            tauq[i] = Householder.reflect(col);
            for (int r = i; r < n; r++) {
                w[r][i] = col[r - i];
            }
            d[i] = col[0];
            if (i < n - 1) {
                double[] v = col.clone();
                v[0] = 1.0;
                // H(i) applied to A(i:n, i+1:n) from the left
                applyLeft(w, i, i + 1, v, tauq[i]);
                double[] row = new double[n - i - 1];
                for (int c = i + 1; c < n; c++) {
                    row[c - i - 1] = w[i][c];
                }
                taup[i] = Householder.reflect(row);
                for (int c = i + 1; c < n; c++) {
                    w[i][c] = row[c - i - 1];
                }
                e[i] = row[0];
                double[] u = row.clone();
                u[0] = 1.0;
                applyRightRows(w, i + 1, i + 1, u, taup[i]);
            } else {
                taup[i] = 0.0;
            }
        }
    }

    /** {@code dlarf('L')} on rows {@code r0..} and columns {@code c0..} of {@code c}. */
    private static void applyLeft(double[][] c, int r0, int c0, double[] v, double tau) {
        if (tau == 0.0) {
            return;
        }
        int lastv = lastNonZero(v);
        int n = c[0].length;
        int lastc = -1;
        for (int j = n - 1; j >= c0 && lastc < 0; j--) {
            for (int r = 0; r < lastv; r++) {
                if (c[r0 + r][j] != 0.0) {
                    lastc = j;
                    break;
                }
            }
        }
        for (int j = c0; j <= lastc; j++) {
            double s = 0.0;
            for (int r = 0; r < lastv; r++) {
                s = s + c[r0 + r][j] * v[r]; // dgemv('T'): OpenBLAS's small-size path rounds each product
            }
            double t = -tau * s;
            for (int r = 0; r < lastv; r++) {
                c[r0 + r][j] = Math.fma(t, v[r], c[r0 + r][j]); // dger: axpy columns, fused
            }
        }
    }

    private static void applyLeft(double[][] c, int r0, double[] v, double tau) {
        applyLeft(c, r0, 0, v, tau);
    }

    /** {@code dlarf('R')} on rows {@code r0..} and columns {@code c0..}. */
    private static void applyRightRows(double[][] c, int r0, int c0, double[] v, double tau) {
        if (tau == 0.0) {
            return;
        }
        int lastv = lastNonZero(v);
        int m = c.length;
        int lastr = -1;
        for (int r = m - 1; r >= r0 && lastr < 0; r--) {
            for (int k = 0; k < lastv; k++) {
                if (c[r][c0 + k] != 0.0) {
                    lastr = r;
                    break;
                }
            }
        }
        double[] w = new double[lastr + 1];
        for (int r = r0; r <= lastr; r++) {
            double s = 0.0; // dgemv('N'): column by column, fused
            for (int k = 0; k < lastv; k++) {
                s = Math.fma(c[r][c0 + k], v[k], s);
            }
            w[r] = s;
        }
        for (int k = 0; k < lastv; k++) {
            double t = -tau * v[k]; // dger: column k gets (alpha y[k]) w, fused
            for (int r = r0; r <= lastr; r++) {
                c[r][c0 + k] = Math.fma(t, w[r], c[r][c0 + k]);
            }
        }
    }

    private static void applyRight(double[][] c, int c0, double[] v, double tau) {
        applyRightRows(c, 0, c0, v, tau);
    }

    private static int lastNonZero(double[] v) {
        int lastv = v.length;
        while (lastv > 0 && v[lastv - 1] == 0.0) {
            lastv--;
        }
        return lastv;
    }

    /**
     * {@code dbdsqr} with both vector sets on an upper bidiagonal (d, e), as far as it is ported:
     * splitting by its threshold, 2x2 blocks by {@code dlasv2}, the sign fix and its sort. False
     * when a block of three or more remains (the QR sweeps are not ported).
     */
    private static boolean bidiagonalSvd(double[] d, double[] e, double[][] u, double[][] vt) {
        int n = d.length;
        double tolmul = Math.max(10.0, Math.min(100.0, Math.pow(EPS, -0.125)));
        double tol = tolmul * EPS;
        double sminoa = Math.abs(d[0]);
        if (sminoa != 0.0) {
            double mu = sminoa;
            for (int i = 1; i < n; i++) {
                mu = Math.abs(d[i]) * (mu / (mu + Math.abs(e[i - 1])));
                sminoa = Math.min(sminoa, mu);
                if (sminoa == 0.0) {
                    break;
                }
            }
        }
        sminoa = sminoa / Math.sqrt((double) n);
        double thresh = Math.max(tol * sminoa, 6 * (n * (n * UNFL)));
        int m = n - 1; // 0-based index of the bottom of the active block
        while (m > 0) {
            int ll = -1;
            for (int k = m - 1; k >= 0; k--) {
                if (Math.abs(e[k]) <= thresh) {
                    ll = k;
                    break;
                }
            }
            if (ll == m - 1) {
                e[ll] = 0.0;
                m--;
                continue;
            }
            if (ll >= 0) {
                e[ll] = 0.0;
            }
            int top = ll + 1;
            if (top != m - 1) {
                return false;
            }
            double[] r = Lasv2.lasv2(d[m - 1], e[m - 1], d[m]);
            d[m - 1] = r[1];
            e[m - 1] = 0.0;
            d[m] = r[0];
            rotateRows(vt, m - 1, m, r[3], r[2]);
            rotateColumns(u, m - 1, m, r[5], r[4]);
            m -= 2;
        }
        for (int i = 0; i < n; i++) {
            if (d[i] < 0.0) {
                d[i] = -d[i];
                for (int j = 0; j < n; j++) {
                    vt[i][j] = -1.0 * vt[i][j];
                }
            }
        }
        // dbdsqr's sort into decreasing order, one transposition per place
        for (int i = 1; i < n; i++) {
            int isub = 0;
            double smin = d[0];
            for (int j = 1; j <= n - i; j++) {
                if (d[j] <= smin) {
                    isub = j;
                    smin = d[j];
                }
            }
            int last = n - i;
            if (isub != last) {
                d[isub] = d[last];
                d[last] = smin;
                double[] t = vt[isub];
                vt[isub] = vt[last];
                vt[last] = t;
                for (double[] row : u) {
                    double x = row[isub];
                    row[isub] = row[last];
                    row[last] = x;
                }
            }
        }
        return true;
    }

    /** {@code drot} on rows i and j: x' = c x + s y, y' = c y - s x. */
    private static void rotateRows(double[][] a, int i, int j, double c, double s) {
        for (int k = 0; k < a[i].length; k++) {
            double x = a[i][k];
            double y = a[j][k];
            a[i][k] = c * x + s * y;
            a[j][k] = c * y - s * x;
        }
    }

    private static void rotateColumns(double[][] a, int i, int j, double c, double s) {
        for (double[] row : a) {
            double x = row[i];
            double y = row[j];
            row[i] = c * x + s * y;
            row[j] = c * y - s * x;
        }
    }

    static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1.0;
        }
        return id;
    }

    /**
     * One-sided Jacobi (Hestenes) on the columns of {@code a}: a V = U S. Singular values
     * descending; each pair's sign such that the first non-zero component of {@code vh}'s row
     * is negative, as LAPACK's reflectors usually leave it for a positive leading entry.
     */
    private static Result jacobi(double[][] a) {
        int n = a.length;
        double[][] g = new double[n][];
        for (int i = 0; i < n; i++) {
            g[i] = a[i].clone();
        }
        double[][] v = identity(n);
        for (int sweep = 0; sweep < 100; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double alpha = 0.0, beta = 0.0, gamma = 0.0;
                    for (int i = 0; i < n; i++) {
                        alpha += g[i][p] * g[i][p];
                        beta += g[i][q] * g[i][q];
                        gamma += g[i][p] * g[i][q];
                    }
                    if (gamma == 0.0 || Math.abs(gamma) <= 0x1p-60 * Math.sqrt(alpha * beta)) {
                        continue;
                    }
                    rotated = true;
                    double zeta = (beta - alpha) / (2.0 * gamma);
                    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1.0 + zeta * zeta));
                    if (zeta == 0.0) {
                        t = 1.0;
                    }
                    double c = 1.0 / Math.sqrt(1.0 + t * t);
                    double s = c * t;
                    for (int i = 0; i < n; i++) {
                        double x = g[i][p];
                        double y = g[i][q];
                        g[i][p] = c * x - s * y;
                        g[i][q] = s * x + c * y;
                        x = v[i][p];
                        y = v[i][q];
                        v[i][p] = c * x - s * y;
                        v[i][q] = s * x + c * y;
                    }
                }
            }
            if (!rotated) {
                break;
            }
        }
        double[] s = new double[n];
        for (int j = 0; j < n; j++) {
            double acc = 0.0;
            for (int i = 0; i < n; i++) {
                acc += g[i][j] * g[i][j];
            }
            s[j] = Math.sqrt(acc);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(s[y], s[x]));
        double[][] u = new double[n][n];
        double[][] vh = new double[n][n];
        double[] sv = new double[n];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            sv[k] = s[j];
            double sign = 1.0;
            for (int i = 0; i < n; i++) {
                if (v[i][j] != 0.0) {
                    sign = v[i][j] < 0 ? 1.0 : -1.0;
                    break;
                }
            }
            for (int i = 0; i < n; i++) {
                vh[k][i] = sign * v[i][j];
                u[i][k] = s[j] == 0.0 ? (i == k ? 1.0 : 0.0) : sign * g[i][j] / s[j];
            }
        }
        return new Result(u, sv, vh);
    }
}
