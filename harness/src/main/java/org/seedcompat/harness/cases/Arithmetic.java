package org.seedcompat.harness.cases;

import java.math.BigInteger;
import org.seedcompat.engine.PythonError;

/** Python's arithmetic on ints (exact) and floats, for case-language expressions. */
final class Arithmetic {

    private static final BigInteger MAX_POW_BITS = BigInteger.ONE.shiftLeft(20);

    private Arithmetic() {
    }

    /** Arithmetic is on numbers only (ints and floats; not bools, lists or arrays), on both sides. */
    static void requireNumber(Object v, char op, int column) {
        if (!isNumber(v)) {
            throw new UnsupportedExpressionException("unary '" + op + "' on " + shortType(v) + " (numbers only)", column);
        }
    }

    static Object negate(Object v, int column) {
        requireNumber(v, '-', column);
        if (v instanceof Double d) {
            return -d;
        }
        return Py.index(v).negate();
    }

    static Object apply(String op, Object a, Object b, int column) {
        if (!isNumber(a) || !isNumber(b)) {
            throw new UnsupportedExpressionException("'" + op + "' on " + shortType(a) + " and " + shortType(b)
                    + " (numbers only)", column);
        }
        boolean ints = !(a instanceof Double) && !(b instanceof Double);
        if (ints) {
            BigInteger x = Py.index(a);
            BigInteger y = Py.index(b);
            switch (op) {
                case "+":
                    return x.add(y);
                case "-":
                    return x.subtract(y);
                case "*":
                    return x.multiply(y);
                case "/":
                    requireNonZero(y, "division by zero");
                    return x.doubleValue() / y.doubleValue();
                case "//":
                    requireNonZero(y, "integer division or modulo by zero");
                    return floorDiv(x, y);
                case "%":
                    requireNonZero(y, "integer modulo by zero");
                    return x.subtract(floorDiv(x, y).multiply(y));
                case "**":
                    if (y.signum() < 0) {
                        if (x.signum() == 0) {
                            throw new PythonError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                        }
                        return Math.pow(x.doubleValue(), y.doubleValue());
                    }
                    // Same guard as the reference: no result over 2^20 bits (10**10**10 would exhaust memory).
                    if (x.abs().compareTo(BigInteger.ONE) > 0
                            && y.multiply(BigInteger.valueOf(x.abs().bitLength() - 1L)).compareTo(MAX_POW_BITS) > 0) {
                        throw new UnsupportedExpressionException("'**' with a result over " + MAX_POW_BITS + " bits", column);
                    }
                    return x.pow(y.intValueExact());
                default:
                    throw new IllegalArgumentException(op);
            }
        }
        double x = Py.toDouble(a);
        double y = Py.toDouble(b);
        switch (op) {
            case "+":
                return x + y;
            case "-":
                return x - y;
            case "*":
                return x * y;
            case "/":
                if (y == 0) {
                    throw new PythonError("ZeroDivisionError", "float division by zero");
                }
                return x / y;
            case "//":
                if (y == 0) {
                    throw new PythonError("ZeroDivisionError", "float floor division by zero");
                }
                return Math.floor(x / y);
            case "%": {
                if (y == 0) {
                    throw new PythonError("ZeroDivisionError", "float modulo by zero");
                }
                double m = x % y;
                return m != 0 && (m < 0) != (y < 0) ? m + y : m;
            }
            case "**":
                return Math.pow(x, y);
            default:
                throw new IllegalArgumentException(op);
        }
    }

    private static boolean isNumber(Object v) {
        return v instanceof BigInteger || v instanceof Double;
    }

    /** Python's {@code type(v).__name__}. */
    private static String shortType(Object v) {
        String t = Py.typeName(v);
        return t.substring(t.lastIndexOf('.') + 1);
    }

    private static void requireNonZero(BigInteger y, String message) {
        if (y.signum() == 0) {
            throw new PythonError("ZeroDivisionError", message);
        }
    }

    private static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }
}
