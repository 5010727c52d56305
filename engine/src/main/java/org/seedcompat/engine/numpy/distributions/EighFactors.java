package org.seedcompat.engine.numpy.distributions;

/**
 * {@code numpy.linalg.eigh(a, UPLO='L')} as NumPy's build computes it: LAPACK {@code dsyevd}
 * reading only the lower triangle: {@code dsytd2} to tridiagonal form, {@code dstedc} handing the
 * small problem to {@code dsteqr} (implicit QL/QR, 2x2 blocks by {@code dlaev2}, the selection
 * sort into ascending order), then {@code dormtr}.
 *
 * <p>Exact where the lower triangle is already tridiagonal (every reflector the identity) and
 * every unsplit block is at most 2x2: diagonal matrices, 1x1 and 2x2 ones. Anything else is
 * solved by cyclic Jacobi with each vector's sign chosen as LAPACK usually leaves it (last
 * non-zero component positive), so it matches only to rounding (see the README).
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
        for (int j = 0; j < n; j++) {
            for (int i = j + 2; i < n; i++) {
                if (a[i][j] != 0.0) {
                    return jacobi(a);
                }
            }
        }
        double[] d = new double[n];
        double[] e = new double[n - 1];
        for (int i = 0; i < n; i++) {
            d[i] = a[i][i];
            if (i < n - 1) {
                e[i] = a[i + 1][i];
            }
        }
        double[][] z = SvdFactors.identity(n);
        // dsteqr's first split test, then each block
        for (int m = 0; m < n - 1; m++) {
            double tst = Math.abs(e[m]);
            if (tst != 0.0 && tst <= (Math.sqrt(Math.abs(d[m])) * Math.sqrt(Math.abs(d[m + 1]))) * EPS) {
                e[m] = 0.0;
            }
        }
        int l = 0;
        while (l < n) {
            int end = l;
            while (end < n - 1 && e[end] != 0.0) {
                end++;
            }
            int size = end - l + 1;
            if (size > 2) {
                return jacobi(a);
            }
            if (size == 2) {
                double t = e[l] * e[l];
                boolean small = t <= (EPS * EPS * Math.abs(d[l])) * Math.abs(d[l + 1]) + SAFMIN;
                if (!small) {
                    double[] r = Lasv2.laev2(d[l], e[l], d[l + 1]);
                    double c = r[2];
                    double s = r[3];
                    // dlasr('R', 'V', ...) with one rotation on columns l, l+1
                    for (double[] row : z) {
                        double temp = row[l + 1];
                        row[l + 1] = c * temp - s * row[l];
                        row[l] = s * temp + c * row[l];
                    }
                    d[l] = r[0];
                    d[l + 1] = r[1];
                }
                e[l] = 0.0;
            }
            l = end + 1;
        }
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
        return new Result(d, z);
    }

    /** Cyclic Jacobi on the symmetric matrix the lower triangle defines. */
    private static Result jacobi(double[][] lower) {
        int n = lower.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = lower[i][j];
                a[j][i] = lower[i][j];
            }
        }
        double[][] v = SvdFactors.identity(n);
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0.0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off == 0.0) {
                break;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0.0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
                    double t = Math.copySign(1.0, theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1.0));
                    double c = 1.0 / Math.sqrt(t * t + 1.0);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[x][x], a[y][y]));
        double[] w = new double[n];
        double[][] vec = new double[n][n];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            w[k] = a[j][j];
            double sign = 1.0;
            for (int i = n - 1; i >= 0; i--) {
                if (v[i][j] != 0.0) {
                    sign = v[i][j] > 0 ? 1.0 : -1.0;
                    break;
                }
            }
            for (int i = 0; i < n; i++) {
                vec[i][k] = sign * v[i][j];
            }
        }
        return new Result(w, vec);
    }
}
