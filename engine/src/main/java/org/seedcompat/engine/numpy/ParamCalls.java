package org.seedcompat.engine.numpy;

import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;

/**
 * The call structure shared by the samplers with parameters ({@code _common.pyx}'s {@code cont},
 * {@code cont_f}, {@code disc} and binomial's own copy of it): constraint checks (scalar or array
 * flavour), then the output layout of {@link ParamBroadcast}, then one draw per element in C order.
 */
final class ParamCalls {

    interface Draw0 {
        double draw();
    }

    interface Draw1 {
        double draw(double a);
    }

    interface Draw2 {
        double draw(double a, double b);
    }

    interface Draw3 {
        double draw(double a, double b, double c);
    }

    interface Count1 {
        long draw(double a);
    }

    interface Count2 {
        long draw(double a, double b);
    }

    interface CountNP {
        long draw(long n, double p);
    }

    interface Count3I {
        long draw(long a, long b, long c);
    }

    private ParamCalls() {
    }

    /** {@code cont(...)} with no parameter (a Python float for {@code size=None}). */
    static Variates continuous(int[] size, Draw0 f) {
        ParamBroadcast.Plan plan = ParamBroadcast.plan(size, DType.FLOAT64);
        long[] out = new long[plan.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.doubleToRawLongBits(f.draw());
        }
        return new Variates(DType.FLOAT64, plan.shape(), out);
    }

    /**
     * {@code uniform}'s array path range on both APIs: {@code np.subtract(high, low)}, broadcast.
     *
     * @throws PythonError OverflowError "Range exceeds valid bounds" when any range is not finite
     */
    static Param uniformRange(Param low, Param high) {
        Param range = ParamBroadcast.subtract(high, low);
        for (double r : range.values()) {
            if (!Double.isFinite(r)) {
                throw PythonError.overflowError("Range exceeds valid bounds");
            }
        }
        return range;
    }

    /** Float64 values drawn on the scalar path, as a result ({@code size=None}: a Python float). */
    static Variates floats(int[] size, double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.doubleToRawLongBits(values[i]);
        }
        return new Variates(DType.FLOAT64, size == null ? null : size.clone(), out);
    }

    /** {@code cont(...)} with one float64 parameter. */
    static Variates continuous(int[] size, Param a, String aName, Constraint aCons, Draw1 f) {
        boolean scalar = a.isScalar();
        aCons.check(a, aName, scalar);
        ParamBroadcast.Plan plan = ParamBroadcast.plan(size, DType.FLOAT64, a.shape());
        long[] out = new long[plan.count()];
        double[] av = a.values();
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.doubleToRawLongBits(f.draw(av[plan.at(0, i)]));
        }
        return new Variates(DType.FLOAT64, plan.shape(), out);
    }

    /** {@code cont(...)} with two float64 parameters (both checked before any draw). */
    static Variates continuous(int[] size, Param a, String aName, Constraint aCons,
                               Param b, String bName, Constraint bCons, Draw2 f) {
        boolean scalar = a.isScalar() && b.isScalar();
        aCons.check(a, aName, scalar);
        bCons.check(b, bName, scalar);
        ParamBroadcast.Plan plan = ParamBroadcast.plan(size, DType.FLOAT64, a.shape(), b.shape());
        long[] out = new long[plan.count()];
        double[] av = a.values();
        double[] bv = b.values();
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.doubleToRawLongBits(f.draw(av[plan.at(0, i)], bv[plan.at(1, i)]));
        }
        return new Variates(DType.FLOAT64, plan.shape(), out);
    }

    /** {@code cont(...)} / {@code cont_broadcast_3} with three float64 parameters (checked in order before any draw). */
    static Variates continuous(int[] size, Param a, String aName, Constraint aCons, Param b, String bName,
                               Constraint bCons, Param c, String cName, Constraint cCons, Draw3 f) {
        boolean scalar = a.isScalar() && b.isScalar() && c.isScalar();
        aCons.check(a, aName, scalar);
        bCons.check(b, bName, scalar);
        cCons.check(c, cName, scalar);
        return draw3(size, a, b, c, f);
    }

    /**
     * {@code triangular(left, mode, right, size)}'s own checks, then {@code cont}/{@code cont_broadcast_3}:
     * on the scalar path {@code left > mode}, {@code mode > right}, {@code left == right}; on the array
     * path the same tests as {@code np.any} of the ufuncs {@code greater(left, mode)},
     * {@code greater(mode, right)}, {@code equal(left, right)}, each of which broadcasts its own pair
     * first (with the ufunc's "operands could not be broadcast" error). NaNs pass every test.
     */
    static Variates triangular(int[] size, Param left, Param mode, Param right, Draw3 f) {
        // For scalars the ufunc tests reduce to the scalar path's comparisons, in the same order.
        if (anyPair(left, mode, (x, y) -> x > y)) {
            throw PythonError.valueError("left > mode");
        }
        if (anyPair(mode, right, (x, y) -> x > y)) {
            throw PythonError.valueError("mode > right");
        }
        if (anyPair(left, right, (x, y) -> x == y)) {
            throw PythonError.valueError("left == right");
        }
        return draw3(size, left, mode, right, f);
    }

    private interface Test2 {
        boolean test(double x, double y);
    }

    /** {@code np.any(ufunc(x, y))}: the ufunc's broadcast of the pair (its error text), then the test per element. */
    private static boolean anyPair(Param x, Param y, Test2 t) {
        try {
            ParamBroadcast.broadcast(x.shape(), y.shape());
        } catch (PythonError e) {
            throw PythonError.valueError("operands could not be broadcast together with shapes "
                    + ParamBroadcast.tuple(x.shape()) + " " + ParamBroadcast.tuple(y.shape()) + " ");
        }
        ParamBroadcast.Plan plan = ParamBroadcast.plan(null, DType.FLOAT64, x.shape(), y.shape());
        double[] xv = x.values();
        double[] yv = y.values();
        for (int i = 0; i < plan.count(); i++) {
            if (t.test(xv[plan.at(0, i)], yv[plan.at(1, i)])) {
                return true;
            }
        }
        return false;
    }

    private static Variates draw3(int[] size, Param a, Param b, Param c, Draw3 f) {
        ParamBroadcast.Plan plan = ParamBroadcast.plan(size, DType.FLOAT64, a.shape(), b.shape(), c.shape());
        long[] out = new long[plan.count()];
        double[] av = a.values();
        double[] bv = b.values();
        double[] cv = c.values();
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.doubleToRawLongBits(f.draw(av[plan.at(0, i)], bv[plan.at(1, i)], cv[plan.at(2, i)]));
        }
        return new Variates(DType.FLOAT64, plan.shape(), out);
    }

    /**
     * {@code cont_f(...)}: one parameter cast to float32 first (before its check), float32 output;
     * a scalar call comes back as a Python float (float64 holding the float32 value).
     */
    static Variates continuousFloat32(int[] size, Param a, String aName, Constraint aCons, Draw1 f) {
        Param af = a.toFloat32();
        boolean scalar = af.isScalar();
        aCons.check(af, aName, scalar);
        ParamBroadcast.Plan plan = ParamBroadcast.plan(size, DType.FLOAT32, af.shape());
        long[] out = new long[plan.count()];
        double[] av = af.values();
        for (int i = 0; i < out.length; i++) {
            float x = (float) f.draw(av[plan.at(0, i)]);
            out[i] = plan.shape() == null ? Double.doubleToRawLongBits(x) : Float.floatToRawIntBits(x) & 0xFFFFFFFFL;
        }
        return new Variates(plan.shape() == null ? DType.FLOAT64 : DType.FLOAT32, plan.shape(), out);
    }

    /** {@code disc(...)} with one float64 parameter: int64 output. */
    static Variates discrete(int[] size, Param a, String aName, Constraint aCons, Count1 f) {
        boolean scalar = a.isScalar();
        aCons.check(a, aName, scalar);
        ParamBroadcast.Plan plan = ParamBroadcast.plan(size, DType.INT64, a.shape());
        long[] out = new long[plan.count()];
        double[] av = a.values();
        for (int i = 0; i < out.length; i++) {
            out[i] = f.draw(av[plan.at(0, i)]);
        }
        return new Variates(DType.INT64, plan.shape(), out);
    }

    /** {@code disc(...)} with two float64 parameters: int64 output. */
    static Variates discrete(int[] size, Param a, String aName, Constraint aCons,
                             Param b, String bName, Constraint bCons, Count2 f) {
        boolean scalar = a.isScalar() && b.isScalar();
        aCons.check(a, aName, scalar);
        bCons.check(b, bName, scalar);
        return discrete2(size, a, b, f);
    }

    /**
     * Generator's {@code negative_binomial(n, p, size)}: {@code n} POSITIVE_NOT_NAN, {@code p}
     * BOUNDED_GT_0_1, then {@code max_lam = (1 - p) / p * (n + 10 * sqrt(n))} above the Poisson
     * bound is "n too large or p too small, see Generator.negative_binomial Notes". On the array
     * path {@code max_lam} is a ufunc expression, so incompatible shapes fail there with the
     * ufunc's broadcast error (naming {@code p}'s shape, then {@code n}'s).
     */
    static Variates negativeBinomial(int[] size, Param n, Param p, Count2 f) {
        boolean scalar = n.isScalar() && p.isScalar();
        Constraint.POSITIVE_NOT_NAN.check(n, "n", scalar);
        Constraint.BOUNDED_GT_0_1.check(p, "p", scalar);
        // max_lam as a ufunc expression over (p, n); for scalars it is the scalar path's one test
        if (anyPair(p, n, (pi, ni) -> (1 - pi) / pi * (ni + 10 * Math.sqrt(ni)) > Constraint.POISSON_LAM_MAX)) {
            throw PythonError.valueError("n too large or p too small, see Generator.negative_binomial Notes");
        }
        return discrete2(size, n, p, f);
    }

    private static Variates discrete2(int[] size, Param a, Param b, Count2 f) {
        ParamBroadcast.Plan plan = ParamBroadcast.plan(size, DType.INT64, a.shape(), b.shape());
        long[] out = new long[plan.count()];
        double[] av = a.values();
        double[] bv = b.values();
        for (int i = 0; i < out.length; i++) {
            out[i] = f.draw(av[plan.at(0, i)], bv[plan.at(1, i)]);
        }
        return new Variates(DType.INT64, plan.shape(), out);
    }

    /**
     * {@code binomial(n, p, size)}: {@code p} is checked before {@code n}, and the multi-iterator
     * sees {@code (p, n)} in that order (its mismatch message counts them so).
     */
    static Variates binomial(int[] size, IntParam n, Param p, CountNP f) {
        boolean scalar = n.isScalar() && p.isScalar();
        Constraint.BOUNDED_0_1.check(p, "p", scalar);
        Constraint.checkNonNegative(n, "n");
        ParamBroadcast.Plan plan = ParamBroadcast.plan(size, DType.INT64, p.shape(), n.shape());
        long[] out = new long[plan.count()];
        double[] pv = p.values();
        long[] nv = n.values();
        for (int i = 0; i < out.length; i++) {
            out[i] = f.draw(nv[plan.at(1, i)], pv[plan.at(0, i)]);
        }
        return new Variates(DType.INT64, plan.shape(), out);
    }

    /**
     * {@code hypergeometric(ngood, nbad, nsample, size)} on both APIs. Generator first refuses
     * {@code ngood} or {@code nbad} at or above {@code 10**9}; both then test
     * {@code ngood + nbad < nsample} (int64 sums, as ufuncs on the array path, with their broadcast
     * errors), then the constraints of {@code disc}/{@code discrete_broadcast_iii}: Generator
     * {@code NON_NEGATIVE} for all three, RandomState {@code ngood} and {@code nbad} non-negative
     * and {@code nsample >= 1}.
     */
    static Variates hypergeometric(int[] size, IntParam good, IntParam bad, IntParam sample, boolean legacy,
                                   Count3I f) {
        boolean scalar = good.isScalar() && bad.isScalar() && sample.isScalar();
        long[] gv = good.values();
        long[] bv = bad.values();
        long[] sv = sample.values();
        if (!legacy && (anyAtLeast(gv, 1e9) || anyAtLeast(bv, 1e9))) { // HYPERGEOM_MAX is a double
            throw PythonError.valueError("both ngood and nbad must be less than 1000000000");
        }
        if (scalar) {
            if (gv[0] + bv[0] < sv[0]) {
                throw PythonError.valueError("ngood + nbad < nsample");
            }
        } else if (sumBelow(good, bad, sample)) {
            throw PythonError.valueError("ngood + nbad < nsample");
        }
        requireNonNegative(gv, "ngood");
        requireNonNegative(bv, "nbad");
        if (legacy) {
            for (long v : sv) {
                if (v < 1) {
                    throw PythonError.valueError(scalar ? "nsample < 1 or nsample is NaN"
                            : "nsample < 1 or nsample contains NaNs");
                }
            }
        } else {
            requireNonNegative(sv, "nsample");
        }
        ParamBroadcast.Plan plan = ParamBroadcast.plan(size, DType.INT64, good.shape(), bad.shape(), sample.shape());
        long[] out = new long[plan.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.draw(gv[plan.at(0, i)], bv[plan.at(1, i)], sv[plan.at(2, i)]);
        }
        return new Variates(DType.INT64, plan.shape(), out);
    }

    private static boolean anyAtLeast(long[] values, double bound) {
        for (long v : values) {
            if (v >= bound) {
                return true;
            }
        }
        return false;
    }

    private static void requireNonNegative(long[] values, String name) {
        for (long v : values) {
            if (v < 0) {
                throw PythonError.valueError(name + " < 0");
            }
        }
    }

    /** {@code np.any(np.less(np.add(good, bad), sample))}, each ufunc broadcasting its own pair (int64 sums wrap). */
    private static boolean sumBelow(IntParam good, IntParam bad, IntParam sample) {
        int[] sumShape = ufuncShape(good.shape(), bad.shape());
        ufuncShape(sumShape, sample.shape());
        ParamBroadcast.Plan plan = ParamBroadcast.plan(null, DType.INT64, good.shape(), bad.shape(), sample.shape());
        long[] gv = good.values();
        long[] bv = bad.values();
        long[] sv = sample.values();
        for (int i = 0; i < plan.count(); i++) {
            if (gv[plan.at(0, i)] + bv[plan.at(1, i)] < sv[plan.at(2, i)]) {
                return true;
            }
        }
        return false;
    }

    /** A binary ufunc's broadcast of its two operands, with its error text. */
    private static int[] ufuncShape(int[] x, int[] y) {
        try {
            return ParamBroadcast.broadcast(x, y);
        } catch (PythonError e) {
            throw PythonError.valueError("operands could not be broadcast together with shapes "
                    + ParamBroadcast.tuple(x) + " " + ParamBroadcast.tuple(y) + " ");
        }
    }
}
