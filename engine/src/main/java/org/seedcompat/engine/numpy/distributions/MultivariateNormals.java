package org.seedcompat.engine.numpy.distributions;

/**
 * The arithmetic of {@code multivariate_normal} after its standard normals are drawn
 * ({@code _generator.pyx}, {@code mtrand.pyx}): the factor, NumPy's positive-semidefinite test
 * and the product with the normals.
 *
 * <p>The matrix products go through OpenBLAS ({@code dgemm}, {@code dgemv}); on the measured
 * shapes its kernels sum each element as one fused chain from zero over k ascending, which is
 * what {@link #dot} does; a single normal row ({@code size=None} or 1) goes through
 * {@code dgemv}, whose kernel takes the terms in another order (see {@link #dot}). The LAPACK
 * factors are exact only where {@link SvdFactors} and {@link EighFactors} say so.
 */
public final class MultivariateNormals {

    private MultivariateNormals() {
    }

    /**
     * {@code sum_k x(k) f(k)} as one fused chain from zero. For several rows ({@code dgemm}) k
     * ascending (also RandomState's single row: {@code np.dot(x, factor)}); for Generator's single
     * row ({@code x @ factor.T}, {@code dgemv} on the transposed view) OpenBLAS's kernel takes the columns in pairs,
     * the second of each pair first, an odd last column last: (1, 0, 3, 2, ..., d-1) — measured for
     * d = 2 and 3 (the order for d &gt;= 4 is not known to match).
     */
    private static double dot(double[] x, int xOffset, double[][] f, int j, boolean rows, boolean single) {
        int d = f.length;
        double s = 0.0;
        for (int i = 0; i < d; i++) {
            int k = single ? (i % 2 == 0 ? (i + 1 < d ? i + 1 : i) : i - 1) : i;
            s = Math.fma(x[xOffset + k], rows ? f[j][k] : f[k][j], s);
        }
        return s;
    }

    /**
     * Generator's {@code mean + x @ factor.T} in place on {@code z} (rows of d): element j of a row
     * is {@code mean[j] + sum_k z[k] factor[j][k]}; for d = 1 NumPy's own loop, {@code mean + z f}.
     */
    public static void generator(double[] z, double[] mean, double[][] factor) {
        int d = mean.length;
        double[] row = new double[d];
        for (int r = 0; r + d <= z.length; r += d) {
            for (int j = 0; j < d; j++) {
                row[j] = d == 1 ? z[r] * factor[0][0] : dot(z, r, factor, j, true, z.length == d);
            }
            for (int j = 0; j < d; j++) {
                z[r + j] = mean[j] + row[j];
            }
        }
    }

    /** RandomState's {@code x = np.dot(x, factor); x += mean} in place on {@code z}. */
    public static void legacy(double[] z, double[] mean, double[][] factor) {
        int d = mean.length;
        double[] row = new double[d];
        for (int r = 0; r + d <= z.length; r += d) {
            for (int j = 0; j < d; j++) {
                row[j] = d == 1 ? z[r] * factor[0][0] : dot(z, r, factor, j, false, false);
            }
            for (int j = 0; j < d; j++) {
                z[r + j] = row[j] + mean[j];
            }
        }
    }

    /** Generator's svd factor {@code u * sqrt(s)}: column k of u scaled. */
    public static double[][] svdFactor(double[][] u, double[] s) {
        int d = s.length;
        double[][] f = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                f[i][k] = u[i][k] * Math.sqrt(s[k]);
            }
        }
        return f;
    }

    /** Generator's eigh factor {@code u * sqrt(abs(s))}. */
    public static double[][] eighFactor(double[][] u, double[] s) {
        int d = s.length;
        double[][] f = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                f[i][k] = u[i][k] * Math.sqrt(Math.abs(s[k]));
            }
        }
        return f;
    }

    /** RandomState's factor {@code np.sqrt(s)[:, None] * v}: row k of vh scaled. */
    public static double[][] legacyFactor(double[] s, double[][] vh) {
        int d = s.length;
        double[][] f = new double[d][d];
        for (int k = 0; k < d; k++) {
            double r = Math.sqrt(s[k]);
            for (int j = 0; j < d; j++) {
                f[k][j] = r * vh[k][j];
            }
        }
        return f;
    }

    /**
     * {@code np.allclose(np.dot(vh.T * s, vh), cov, rtol=tol, atol=tol)}: {@code vh.T * s}
     * scales column k by s[k]; each element then {@code |a - b| <= tol + tol * |b|} with b
     * finite, or {@code a == b}.
     */
    public static boolean svdIsPsd(double[][] vh, double[] s, double[][] cov, double tol) {
        int d = s.length;
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                a[i][k] = vh[k][i] * s[k];
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double m = 0.0;
                for (int k = 0; k < d; k++) {
                    m = Math.fma(a[i][k], vh[k][j], m);
                }
                double b = cov[i][j];
                boolean close = (Double.isFinite(b) && Math.abs(m - b) <= tol + tol * Math.abs(b)) || m == b;
                if (!close) {
                    return false;
                }
            }
        }
        return true;
    }

    /** eigh's test: {@code not np.any(s < -tol)} (NaN passes). */
    public static boolean eighIsPsd(double[] s, double tol) {
        for (double v : s) {
            if (v < -tol) {
                return false;
            }
        }
        return true;
    }
}
