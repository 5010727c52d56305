package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.PythonError;

/**
 * {@code numpy.linalg.cholesky(a)} (lower) as NumPy's build computes it: OpenBLAS's own
 * {@code dpotrf('L')}, which for a small matrix runs its unblocked {@code potf2}: column by
 * column, {@code ajj = a[j][j] - dot(L[j][:j], L[j][:j])}, a non-positive (not NaN) {@code ajj}
 * failing; {@code sqrt}; the column below updated by {@code gemv} ({@code -L[j][k]} times
 * column k, each product rounded, k ascending) and scaled by {@code 1 / ajj}; the {@code dot} is
 * a fused chain. Measured bit-exact against NumPy on 300 random 3x3 SPD matrices; for n &gt;= 4
 * OpenBLAS's kernels block the sums and the order here is not known to match. NumPy zeroes the
 * upper triangle. Only the lower triangle of {@code a} is read.
 */
public final class CholeskyFactors {

    private CholeskyFactors() {
    }

    /** L (row-major, zero above the diagonal). */
    public static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                l[i][j] = a[i][j];
            }
        }
        for (int j = 0; j < n; j++) {
            double dot = 0.0;
            for (int k = 0; k < j; k++) {
                dot = Math.fma(l[j][k], l[j][k], dot);
            }
            double ajj = l[j][j] - dot;
            if (ajj <= 0.0) {
                throw new PythonError("LinAlgError", "Matrix is not positive definite");
            }
            ajj = Math.sqrt(ajj);
            l[j][j] = ajj;
            double scale = 1.0 / ajj;
            for (int i = j + 1; i < n; i++) {
                double y = l[i][j];
                for (int k = 0; k < j; k++) {
                    y = y + -l[j][k] * l[i][k];
                }
                l[i][j] = y * scale;
            }
        }
        return l;
    }
}
