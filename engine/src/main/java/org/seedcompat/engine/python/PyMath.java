package org.seedcompat.engine.python;

import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;

/**
 * CPython's float arithmetic and {@code math} functions as {@code random.py} uses them: glibc's
 * results ({@link Libm#system()}) with CPython's errors — {@code math}'s ValueError "math domain
 * error" and OverflowError "math range error", float division's ZeroDivisionError, and
 * {@code float.__pow__}'s and {@code float.__mod__}'s rules.
 */
final class PyMath {

    private PyMath() {
    }

    private static PythonError domain() {
        return PythonError.valueError("math domain error");
    }

    /** {@code math.sqrt}. */
    static double sqrt(double x) {
        if (x < 0.0) {
            throw domain();
        }
        return Math.sqrt(x);
    }

    /** {@code math.log} of a float: 0 and negatives are a domain error. */
    static double log(Libm libm, double x) {
        if (x <= 0.0) {
            throw domain();
        }
        return libm.log(x);
    }

    /** {@code math.exp}: a finite argument whose result overflows is a range error. */
    static double exp(Libm libm, double x) {
        double r = libm.exp(x);
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw new PythonError("OverflowError", "math range error");
        }
        return r;
    }

    /** {@code math.cos}: an infinite argument is a domain error. */
    static double cos(Libm libm, double x) {
        if (Double.isInfinite(x)) {
            throw domain();
        }
        return libm.cos(x);
    }

    /** {@code math.acos}: outside [-1, 1] a domain error. */
    static double acos(Libm libm, double x) {
        if (x > 1.0 || x < -1.0) {
            throw domain();
        }
        return libm.acos(x);
    }

    /** Float {@code a / b}: division by zero is ZeroDivisionError. */
    static double div(double a, double b) {
        if (b == 0.0) {
            throw new PythonError("ZeroDivisionError", "float division by zero");
        }
        return a / b;
    }

    /** Float {@code a % b}: the sign of the divisor. */
    static double mod(double a, double b) {
        if (b == 0.0) {
            throw new PythonError("ZeroDivisionError", "float modulo");
        }
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /**
     * Float {@code x ** y} ({@code float_pow}) for the non-negative bases {@code random.py} raises:
     * {@code 0.0} to a negative power is ZeroDivisionError, an overflow OverflowError.
     */
    static double pow(Libm libm, double x, double y) {
        if (x == 0.0 && y < 0.0 && Double.isFinite(y)) {
            throw new PythonError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        }
        if (x < 0.0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
            throw new PythonError("UnsupportedArgument", "a negative float to a fractional power is complex in Python");
        }
        double r = libm.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw new PythonError("OverflowError", "(34, 'Numerical result out of range')");
        }
        return r;
    }
}
