package org.seedcompat.harness.cases;

import java.math.BigInteger;
import org.seedcompat.engine.PythonError;

/** Python's arithmetic on ints (exact) and floats, for case-language expressions. */
final class Arithmetic {

    private Arithmetic() {
    }

    static void requireNumber(Object v, String op) {
        if (!(v instanceof BigInteger || v instanceof Double || v instanceof Boolean)) {
            throw PythonError.typeError("bad operand type for " + op + ": '" + Py.typeName(v) + "'");
        }
    }

    static Object negate(Object v) {
        requireNumber(v, "unary -");
        if (v instanceof Double d) {
            return -d;
        }
        return Py.index(v).negate();
    }

    static Object apply(String op, Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            throw PythonError.typeError("unsupported operand type(s) for " + op + ": '" + Py.typeName(a)
                    + "' and '" + Py.typeName(b) + "'");
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
                        return Math.pow(x.doubleValue(), y.doubleValue());
                    }
                    if (y.bitLength() > 31) {
                        throw PythonError.overflowError("exponent too large");
                    }
                    return x.pow(y.intValue());
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
        return v instanceof BigInteger || v instanceof Double || v instanceof Boolean;
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
