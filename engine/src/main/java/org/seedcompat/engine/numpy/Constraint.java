package org.seedcompat.engine.numpy;

import org.seedcompat.engine.PythonError;

/**
 * NumPy's parameter constraints ({@code _common.pyx}'s {@code check_constraint} for scalars and
 * {@code check_array_constraint} for arrays), with their messages. The two differ: an array's
 * bounded check says "contains NaNs" where a scalar's says "is NaN", and an array's Poisson check
 * tests "too large" first, so a NaN in an array reports "lam value too large".
 */
enum Constraint {
    /** {@code CONS_NONE}: any value, NaN included (a location such as laplace's {@code loc}). */
    NONE,
    /** Sign bit clear, or NaN: "x &lt; 0" (so -0.0 is rejected and NaN accepted). */
    NON_NEGATIVE,
    /** Not {@code <= 0} (NaN passes): "x &lt;= 0". */
    POSITIVE,
    /** NaN: "x must not be NaN"; then {@code <= 0}: "x &lt;= 0". */
    POSITIVE_NOT_NAN,
    /** In [0, 1], not NaN. */
    BOUNDED_0_1,
    /** In (0, 1], not NaN; the scalar check says "contains NaNs" too, as NumPy's does. */
    BOUNDED_GT_0_1,
    /** In [0, 1), not NaN. */
    BOUNDED_LT_0_1,
    /** Above 1, not NaN. */
    GT_1,
    /** In [0, POISSON_LAM_MAX], not NaN. */
    POISSON;

    /** {@code int64 max - sqrt(int64 max) * 10}, evaluated in double as NumPy does (also the legacy {@code long} bound on LP64). */
    static final double POISSON_LAM_MAX = (double) Long.MAX_VALUE - Math.sqrt((double) Long.MAX_VALUE) * 10;

    /** {@code check_constraint} for a scalar parameter. */
    void check(double v, String name) {
        switch (this) {
            case NONE:
                break;
            case NON_NEGATIVE:
                if (!Double.isNaN(v) && Double.doubleToRawLongBits(v) < 0) {
                    throw PythonError.valueError(name + " < 0");
                }
                break;
            case POSITIVE:
                if (v <= 0) {
                    throw PythonError.valueError(name + " <= 0");
                }
                break;
            case POSITIVE_NOT_NAN:
                if (Double.isNaN(v)) {
                    throw PythonError.valueError(name + " must not be NaN");
                }
                if (v <= 0) {
                    throw PythonError.valueError(name + " <= 0");
                }
                break;
            case BOUNDED_0_1:
                if (!(v >= 0) || !(v <= 1)) {
                    throw PythonError.valueError(name + " < 0, " + name + " > 1 or " + name + " is NaN");
                }
                break;
            case BOUNDED_GT_0_1:
                if (!(v > 0) || !(v <= 1)) {
                    throw PythonError.valueError(name + " <= 0, " + name + " > 1 or " + name + " contains NaNs");
                }
                break;
            case BOUNDED_LT_0_1:
                if (!(v >= 0) || !(v < 1)) {
                    throw PythonError.valueError(name + " < 0, " + name + " >= 1 or " + name + " is NaN");
                }
                break;
            case GT_1:
                if (!(v > 1)) {
                    throw PythonError.valueError(name + " <= 1 or " + name + " is NaN");
                }
                break;
            case POISSON:
                if (!(v >= 0)) {
                    throw PythonError.valueError(name + " < 0 or " + name + " is NaN");
                }
                if (!(v <= POISSON_LAM_MAX)) {
                    throw PythonError.valueError(name + " value too large");
                }
                break;
        }
    }

    /** {@code check_array_constraint} for an array parameter (also a 0-d one on the broadcast path). */
    void checkArray(double[] values, String name) {
        switch (this) {
            case NONE:
                break;
            case NON_NEGATIVE:
                for (double v : values) {
                    if (!Double.isNaN(v) && Double.doubleToRawLongBits(v) < 0) {
                        throw PythonError.valueError(name + " < 0");
                    }
                }
                break;
            case POSITIVE:
                for (double v : values) {
                    if (v <= 0) {
                        throw PythonError.valueError(name + " <= 0");
                    }
                }
                break;
            case POSITIVE_NOT_NAN:
                for (double v : values) {
                    if (Double.isNaN(v)) {
                        throw PythonError.valueError(name + " must not be NaN");
                    }
                }
                for (double v : values) {
                    if (v <= 0) {
                        throw PythonError.valueError(name + " <= 0");
                    }
                }
                break;
            case BOUNDED_0_1:
                for (double v : values) {
                    if (!(v >= 0) || !(v <= 1)) {
                        throw PythonError.valueError(name + " < 0, " + name + " > 1 or " + name + " contains NaNs");
                    }
                }
                break;
            case BOUNDED_GT_0_1:
                for (double v : values) {
                    if (!(v > 0) || !(v <= 1)) {
                        throw PythonError.valueError(name + " <= 0, " + name + " > 1 or " + name + " contains NaNs");
                    }
                }
                break;
            case BOUNDED_LT_0_1:
                for (double v : values) {
                    if (!(v >= 0) || !(v < 1)) {
                        throw PythonError.valueError(name + " < 0, " + name + " >= 1 or " + name + " contains NaNs");
                    }
                }
                break;
            case GT_1:
                for (double v : values) {
                    if (!(v > 1)) {
                        throw PythonError.valueError(name + " <= 1 or " + name + " contains NaNs");
                    }
                }
                break;
            case POISSON:
                for (double v : values) {
                    if (!(v <= POISSON_LAM_MAX)) {
                        throw PythonError.valueError(name + " value too large");
                    }
                }
                for (double v : values) {
                    if (!(v >= 0)) {
                        throw PythonError.valueError(name + " < 0 or " + name + " contains NaNs");
                    }
                }
                break;
        }
    }

    /** Checks {@code p} as a scalar or as an array, following NumPy's path for it. */
    void check(Param p, String name, boolean scalarPath) {
        if (scalarPath) {
            check(p.values()[0], name);
        } else {
            checkArray(p.values(), name);
        }
    }

    /** {@code n < 0} for an int64 parameter ({@code n} of binomial; scalar or array alike). */
    static void checkNonNegative(IntParam n, String name) {
        for (long v : n.values()) {
            if (v < 0) {
                throw PythonError.valueError(name + " < 0");
            }
        }
    }
}
