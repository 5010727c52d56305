package org.seedcompat.engine.numpy;

import java.util.function.Function;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.distributions.CholeskyFactors;
import org.seedcompat.engine.numpy.distributions.EighFactors;
import org.seedcompat.engine.numpy.distributions.MultivariateNormals;
import org.seedcompat.engine.numpy.distributions.SvdFactors;

/**
 * The two front ends of {@code multivariate_normal} ({@code _generator.pyx}, {@code mtrand.pyx}):
 * the argument checks in NumPy's order, the draw of {@code standard_normal(size + (d,))} before
 * any factorisation (so an error from the factorisation or from {@code check_valid} leaves the
 * generator advanced, as NumPy's does), then the factor and the product.
 */
public final class MultivariateNormalCalls {

    private static final String NOT_PSD = "covariance is not symmetric positive-semidefinite.";

    private MultivariateNormalCalls() {
    }

    /**
     * The shape checks both APIs make, in their order, with NumPy's errors; returns d. Public
     * because NumPy makes them before it reads {@code size}, so a front end that parses
     * {@code size} itself calls this first.
     */
    public static int dimension(Param mean, Param cov) {
        if (mean.shape().length != 1) {
            throw PythonError.valueError("mean must be 1 dimensional");
        }
        if (cov.shape().length != 2 || cov.shape()[0] != cov.shape()[1]) {
            throw PythonError.valueError("cov must be 2 dimensional and square");
        }
        if (mean.shape()[0] != cov.shape()[0]) {
            throw PythonError.valueError("mean and cov must have same length");
        }
        return mean.shape()[0];
    }

    private static double[][] matrix(Param cov, int d) {
        double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            System.arraycopy(cov.values(), i * d, m[i], 0, d);
        }
        return m;
    }

    /** {@code check_valid}'s own check (a non-string value is {@code null} here). */
    private static void requireCheckValid(String checkValid) {
        if (!"warn".equals(checkValid) && !"raise".equals(checkValid)) {
            throw PythonError.valueError("check_valid must equal 'warn', 'raise', or 'ignore'");
        }
    }

    private static void notPsd(String checkValid) {
        if ("raise".equals(checkValid)) {
            throw PythonError.valueError(NOT_PSD);
        }
        // 'warn': a RuntimeWarning, which the harness does not compare
    }

    /** {@code reshape(-1, d)} of the drawn normals: for d = 0 NumPy cannot infer the -1 (its message omits it). */
    private static void requireReshape(int d) {
        if (d == 0) {
            throw PythonError.valueError("cannot reshape array of size 0 into shape (0)");
        }
    }

    static Variates generator(Function<int[], double[]> standardNormal, Param mean, Param cov, int[] size,
            String checkValid, double tol, String method) {
        if (!"eigh".equals(method) && !"svd".equals(method) && !"cholesky".equals(method)) {
            throw PythonError.valueError("method must be one of {'eigh', 'svd', 'cholesky'}");
        }
        int d = dimension(mean, cov);
        int[] shape = NumpyShapes.withTrailing(size == null ? new int[0] : size, d);
        double[] z = standardNormal.apply(shape);
        requireReshape(d);
        double[][] c = matrix(cov, d);
        double[][] factor;
        switch (method) {
            case "svd" -> {
                SvdFactors.Result r = SvdFactors.svd(c);
                if (!"ignore".equals(checkValid)) {
                    requireCheckValid(checkValid);
                    if (!MultivariateNormals.svdIsPsd(r.vh(), r.s(), c, tol)) {
                        notPsd(checkValid);
                    }
                }
                factor = MultivariateNormals.svdFactor(r.u(), r.s());
            }
            case "eigh" -> {
                EighFactors.Result r = EighFactors.eigh(c);
                if (!"ignore".equals(checkValid)) {
                    requireCheckValid(checkValid);
                    if (!MultivariateNormals.eighIsPsd(r.w(), tol)) {
                        notPsd(checkValid);
                    }
                }
                factor = MultivariateNormals.eighFactor(r.v(), r.w());
            }
            default -> factor = CholeskyFactors.cholesky(c);
        }
        MultivariateNormals.generator(z, mean.values(), factor);
        return Variates.ofDoubles(shape, z);
    }

    static Variates legacy(Function<int[], double[]> standardNormal, Param mean, Param cov, int[] size,
            String checkValid, double tol) {
        int d = dimension(mean, cov);
        int[] shape = NumpyShapes.withTrailing(size == null ? new int[0] : size, d);
        double[] z = standardNormal.apply(shape);
        requireReshape(d);
        double[][] c = matrix(cov, d);
        SvdFactors.Result r = SvdFactors.svd(c);
        if (!"ignore".equals(checkValid)) {
            requireCheckValid(checkValid);
            if (!MultivariateNormals.svdIsPsd(r.vh(), r.s(), c, tol)) {
                notPsd(checkValid);
            }
        }
        MultivariateNormals.legacy(z, mean.values(), MultivariateNormals.legacyFactor(r.s(), r.vh()));
        return Variates.ofDoubles(shape, z);
    }
}
