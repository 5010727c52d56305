package org.seedcompat.harness.cases;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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

    private static boolean isSequence(Object v) {
        return v instanceof Py.PyList || v instanceof Py.PyTuple;
    }

    /** {@code seq * n}: the items n times over (none for n &lt;= 0). */
    private static Object repeat(Object seq, BigInteger n, int column) {
        List<Object> items = seq instanceof Py.PyList l ? l.items() : ((Py.PyTuple) seq).items();
        long times = n.signum() <= 0 ? 0 : n.min(BigInteger.valueOf(MAX_BUILT_ELEMENTS + 1L)).longValue();
        if (items.size() * times > MAX_BUILT_ELEMENTS) {
            throw new UnsupportedExpressionException("a repetition of over " + MAX_BUILT_ELEMENTS + " elements", column);
        }
        List<Object> out = new ArrayList<>();
        for (long i = 0; i < times; i++) {
            out.addAll(items);
        }
        return seq instanceof Py.PyList ? new Py.PyList(out) : new Py.PyTuple(out);
    }

    static Object negate(Object v, int column) {
        requireNumber(v, '-', column);
        if (v instanceof Double d) {
            return -d;
        }
        return Py.index(v).negate();
    }

    /** Largest list built by {@code *} repetition or {@code numpy.zeros/ones/full}, in elements (as the reference). */
    static final int MAX_BUILT_ELEMENTS = 1 << 22;

    static Object apply(String op, Object a, Object b, int column) {
        if (op.equals("*") && (isSequence(a) && b instanceof BigInteger || isSequence(b) && a instanceof BigInteger)) {
            return repeat(isSequence(a) ? a : b, (BigInteger) (isSequence(a) ? b : a), column);
        }
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
