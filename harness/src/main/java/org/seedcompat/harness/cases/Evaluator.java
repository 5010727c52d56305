package org.seedcompat.harness.cases;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.value.ArrayValue;

/**
 * Evaluates argument expressions to {@link Py} runtime values, following Python's arithmetic
 * (exact big ints, true division, floor division and modulo signs, {@code **} on ints).
 * Only the whitelisted names and functions exist: {@code arange}, {@code numpy.array},
 * {@code numpy.zeros}/{@code ones}/{@code full},
 * {@code numpy.<dtype>}, {@code numpy.inf}, {@code numpy.nan}.
 */
public final class Evaluator {

    /** The names and constructors the {@link CaseValues} providers add, loaded once, on first use. */
    private static final class Extensions {
        static final Map<String, Function<Expr.Call, Object>> FUNCTIONS = new HashMap<>();
        static final Map<String, Object> NAMES = new HashMap<>();

        static {
            CaseValues.Registry registry = new CaseValues.Registry() {
                @Override
                public void function(String dotted, Function<Expr.Call, Object> function) {
                    FUNCTIONS.put(dotted, function);
                }

                @Override
                public void name(String dotted, Object value) {
                    NAMES.put(dotted, value);
                }
            };
            ServiceLoader.load(CaseValues.class, Evaluator.class.getClassLoader()).forEach(p -> p.register(registry));
        }
    }

    private Evaluator() {
    }

    public static Object eval(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return i.value();
        } else if (e instanceof Expr.FloatLit f) {
            return f.value();
        } else if (e instanceof Expr.StrLit s) {
            return s.value();
        } else if (e instanceof Expr.BoolLit b) {
            return b.value();
        } else if (e instanceof Expr.NoneLit) {
            return Py.NONE;
        } else if (e instanceof Expr.ListExpr l) {
            return new Py.PyList(evalAll(l.items()));
        } else if (e instanceof Expr.TupleExpr t) {
            return new Py.PyTuple(evalAll(t.items()));
        } else if (e instanceof Expr.DictExpr d) {
            return new Py.PyDict(evalAll(d.keys()), evalAll(d.values()));
        } else if (e instanceof Expr.Unary u) {
            return unary(u);
        } else if (e instanceof Expr.Binary b) {
            return Arithmetic.apply(b.op(), eval(b.left()), eval(b.right()), b.column());
        } else if (e instanceof Expr.Name n) {
            return name(n);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        } else if (e instanceof Expr.Chain ch && ch.attribute() != null) {
            throw new UnsupportedExpressionException("attribute '" + ch.attribute() + "'", ch.column());
        } else if (e instanceof Expr.Chain ch) {
            // Python describes the outer call by its method attribute: call to 'attribute 'm''.
            String f = ch.links().get(ch.links().size() - 1).function().dotted();
            throw new UnsupportedExpressionException("call to 'attribute '" + f.substring(f.lastIndexOf('.') + 1) + "''",
                    ch.column());
        }
        throw new IllegalStateException("unknown node " + e);
    }

    public static List<Object> evalAll(List<Expr> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Expr item : items) {
            out.add(eval(item));
        }
        return out;
    }

    private static Object unary(Expr.Unary u) {
        Object v = eval(u.operand());
        if (u.op() == '+') {
            Arithmetic.requireNumber(v, '+', u.column());
            return v;
        }
        return Arithmetic.negate(v, u.column());
    }

    private static Object name(Expr.Name n) {
        String d = n.dotted();
        switch (d) {
            case "numpy.inf":
                return Double.POSITIVE_INFINITY;
            case "numpy.nan":
                return Double.NaN;
            case "numpy.pi":
                return Math.PI;
            case "int":  // Python's builtin types used as dtypes, as NumPy maps them on LP64
                return DType.INT64;
            case "float":
                return DType.FLOAT64;
            case "bool":
                return DType.BOOL;
            default:
                break;
        }
        Object registered = Extensions.NAMES.get(d);
        if (registered != null) {
            return registered;
        }
        if (d.startsWith("numpy.") && d.indexOf('.', 6) < 0) {
            try {
                return DType.fromName(d.substring(6));
            } catch (PythonError ignored) {
                // fall through to the unsupported-name error
            }
        }
        throw new UnsupportedExpressionException((d.contains(".") ? "attribute '" : "name '") + d + "'", n.column());
    }

    private static Object call(Expr.Call c) {
        String f = c.function().dotted();
        switch (f) {
            case "arange":
            case "numpy.arange":
                return Arrays.arange(Signature.parse("arange(start, stop=None, step=None, dtype=None)").bind(c));
            case "numpy.zeros":
                return Arrays.filled(cOrder(Signature.parse("zeros(shape, dtype=float, order='C')").bind(c), c), BigInteger.ZERO);
            case "numpy.ones":
                return Arrays.filled(cOrder(Signature.parse("ones(shape, dtype=float, order='C')").bind(c), c), BigInteger.ONE);
            case "numpy.full":
                return Arrays.filled(cOrder(Signature.parse("full(shape, fill_value, dtype=None, order='C')").bind(c), c), null);
            case "array":
            case "numpy.array":
            case "numpy.asarray":
                return Arrays.array(cOrder(Signature.parse("array(object, dtype=None, order='K')").bind(c), c));
            default:
                Function<Expr.Call, Object> registered = Extensions.FUNCTIONS.get(f);
                if (registered != null) {
                    return registered.apply(c);
                }
                throw new UnsupportedExpressionException("call to '" + f + "'", c.column());
        }
    }

    /**
     * Arrays here are C-ordered; an explicit {@code order} other than C (or array's K/A, which give
     * C for a list) is refused, never silently read as C: an F-ordered {@code out=} behaves
     * differently in NumPy.
     */
    private static Signature.Bound cOrder(Signature.Bound b, Expr.Call c) {
        Object order = b.get("order");
        if (!(order instanceof String o && (o.equals("C") || o.equals("K") || o.equals("A")))) {
            throw new UnsupportedExpressionException("order=" + (order instanceof String o ? "'" + o + "'" : String.valueOf(order)) + " arrays (only C order)", c.column());
        }
        return b;
    }

    /** Builds ndarrays for {@code arange} and {@code numpy.array} arguments. */
    static final class Arrays {
        private Arrays() {
        }

        static ArrayValue arange(Signature.Bound b) {
            Object start = b.get("start");
            Object stop = b.get("stop");
            Object step = b.get("step");
            if (Py.isNone(stop)) {
                stop = start;
                start = BigInteger.ZERO;
            }
            if (Py.isNone(step)) {
                step = BigInteger.ONE;
            }
            if (!(start instanceof BigInteger && stop instanceof BigInteger && step instanceof BigInteger)) {
                throw new UnsupportedExpressionException("arange with non-integer arguments", 1);
            }
            BigInteger s = (BigInteger) start;
            BigInteger e = (BigInteger) stop;
            BigInteger st = (BigInteger) step;
            if (st.signum() == 0) {
                throw PythonError.valueError("Maximum allowed size exceeded");
            }
            long n = e.subtract(s).add(st).subtract(BigInteger.valueOf(st.signum())).divide(st).max(BigInteger.ZERO).longValueExact();
            long[] data = new long[Math.toIntExact(n)];
            for (int i = 0; i < data.length; i++) {
                data[i] = s.add(st.multiply(BigInteger.valueOf(i))).longValueExact();
            }
            ArrayValue a = new ArrayValue(DType.INT64, new int[] {data.length}, data);
            Object dtype = b.get("dtype");
            return Py.isNone(dtype) ? a : ArrayConversion.astype(a, Signature.dtype(dtype));
        }

        /**
         * {@code numpy.zeros/ones} ({@code fill} 0 or 1, float64 unless a dtype is given) and
         * {@code numpy.full} ({@code fill == null}: the dtype of {@code fill_value} unless given).
         */
        static ArrayValue filled(Signature.Bound b, Object fill) {
            int[] shape = Py.arrayShape(b.get("shape"));
            long n = 1;
            for (int d : shape) {
                n *= d;
            }
            if (n > Arithmetic.MAX_BUILT_ELEMENTS) {
                throw new UnsupportedExpressionException("an array of over " + Arithmetic.MAX_BUILT_ELEMENTS
                        + " elements", 1);
            }
            Object value = fill != null ? fill : b.get("fill_value");
            ArrayValue one = ArrayConversion.fromObject(new Py.PyList(List.of(value)));
            long[] data = new long[(int) n];
            java.util.Arrays.fill(data, one.data()[0]);
            ArrayValue a = new ArrayValue(one.dtype(), shape, data);
            Object dtype = b.get("dtype");
            if (fill != null && Py.isNone(dtype)) {
                dtype = DType.FLOAT64;
            }
            return Py.isNone(dtype) ? a : ArrayConversion.astype(a, Signature.dtype(dtype));
        }

        static Object array(Signature.Bound b) {
            Object dtype = b.get("dtype");
            if (Py.isNone(dtype) && !(b.get("object") instanceof ArrayValue)) {
                ArrayConversion.Flat f = ArrayConversion.flatten(b.get("object"));
                if (f.items().stream().anyMatch(ArrayConversion::beyondUint64OrInt64)) {
                    return new ObjectArray(f.shape(), f.items()); // NumPy's dtype('O')
                }
            }
            ArrayValue a = ArrayConversion.fromObject(b.get("object"));
            return Py.isNone(dtype) ? a : ArrayConversion.astype(a, Signature.dtype(dtype));
        }
    }
}
