package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.PythonError;

/**
 * {@code numpy.linalg.svd(a)} of a square matrix as NumPy's build computes it: LAPACK
 * {@code dgesdd(JOBZ='A')}. Path 5 for n &gt;= 2 (Householder bidiagonalisation {@code dgebd2},
 * {@code dbdsdc} handing the small problem to {@code dbdsqr}, then the reflectors applied to the
 * singular vectors by {@code dormbr}); for n = 1 the QR path, which leaves {@code u = sign(a)}.
 *
 * <p>{@code dbdsqr} itself is {@link BidiagonalQr}; {@code dlasdq}'s and {@code dbdsdc}'s sorts
 * follow it (they reorder ties). The BLAS steps inside follow OpenBLAS's small-size kernels as
 * measured against NumPy: {@code dgemv('T')} rounds each product and sums in order, {@code dger}
 * and {@code dgemv('N')} are fused, {@code dnrm2} is correctly rounded. Bit-exact on every
 * diagonal matrix and on 200 random 2x2 ones; on 3x3 on most (some step on 3 rows is not pinned
 * down, a few ULP elsewhere); from 4x4 on OpenBLAS's vectorised 4-row kernels sum otherwise (see
 * the README and {@code vectors/known-divergences.json}).
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
        BidiagonalQr.solve(d, e, ub, vtb);
        resort(d, ub, vtb);
        // dormbr('Q', 'L', 'N'): U = H(1) ... H(n) Ub, applied from H(n) down to H(1)
        for (int i = n - 1; i >= 0; i--) {
            double[] v = new double[n - i];
            v[0] = 1.0;
            for (int r = i + 1; r < n; r++) {
                v[r - i] = w[r][i];
            }
            applyLeft(ub, i, v, tauq[i]);
        }
        // dormbr('P', 'R', 'T'), i.e. dorml2('R', 'N'): VT = VTb P^T with P = G(1) ... G(n-1), so
        // G(n-1) first; G(i) acts on columns i+1..n-1
        for (int i = n - 2; i >= 0; i--) {
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
     * The two sorts after {@code dbdsqr}'s: {@code dlasdq} puts the values in ascending order
     * (strict minimum, one swap per place), then {@code dbdsdc}'s selection sort back into
     * descending order (strict maximum). They only matter for ties, whose vectors they permute.
     */
    private static void resort(double[] d, double[][] u, double[][] vt) {
        int n = d.length;
        for (int i = 0; i < n; i++) {
            int isub = i;
            double smin = d[i];
            for (int j = i + 1; j < n; j++) {
                if (d[j] < smin) {
                    isub = j;
                    smin = d[j];
                }
            }
            if (isub != i) {
                d[isub] = d[i];
                d[i] = smin;
                swap(u, vt, i, isub);
            }
        }
        for (int i = 0; i < n - 1; i++) {
            int kk = i;
            double p = d[i];
            for (int j = i + 1; j < n; j++) {
                if (d[j] > p) {
                    kk = j;
                    p = d[j];
                }
            }
            if (kk != i) {
                d[kk] = d[i];
                d[i] = p;
                swap(u, vt, i, kk);
            }
        }
    }

    private static void swap(double[][] u, double[][] vt, int i, int k) {
        double[] t = vt[i];
        vt[i] = vt[k];
        vt[k] = t;
        for (double[] row : u) {
            double x = row[i];
            row[i] = row[k];
            row[k] = x;
        }
    }

    static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1.0;
        }
        return id;
    }
}
