package org.seedcompat.harness.side.libm;

import java.math.BigInteger;
import java.util.Set;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.Generator;
import org.seedcompat.engine.numpy.NumPy;
import org.seedcompat.harness.cases.ArrayConversion;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.cases.Evaluator;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.side.EngineOptions;
import org.seedcompat.harness.side.EngineTarget;
import org.seedcompat.harness.side.EngineTargets;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.Value;

/**
 * Setup {@code libm}: the C math functions themselves, element-wise over an argument array —
 * {@code log(x)}, {@code sinf(x)}, ..., and the two-argument {@code pow(x, y)} and {@code powf(x, y)}
 * (arrays of one shape, or one of them a scalar that is broadcast) — in the glibc build the
 * options name. The reference calls
 * the real {@code libm.so.6} through ctypes. Inputs for long runs come from
 * {@code libm.sample(kind, n, seed, low=0.0, high=1.0)}, drawn from NumPy's
 * {@code default_rng(seed)} on both sides (the engine's Generator is exact): {@code 'bits'} (every
 * double bit pattern), {@code 'bits32'} (every float), {@code 'uniform'} and {@code 'uniform32'}, and
 * {@code 'reciprocal'} and {@code 'reciprocal32'}: {@code 1.0 / uniform(low, high)} (the exponents
 * {@code 1/shape} of the gamma samplers), the latter rounded to float; {@code 'integers'} and
 * {@code 'integers32'}: {@code integers(int(low), int(high))} as doubles or floats (exponents for
 * negative bases).
 */
public final class LibmTarget implements EngineTarget {

    static {
        Evaluator.registerFunction("libm.sample", call -> sample(
                Signature.parse("sample(kind, n, seed, low=0.0, high=1.0)").bind(call)));
    }

    private static final String NAME = "libm";
    private static final Set<String> DOUBLE = Set.of("log", "log1p", "exp", "sin", "cos", "tan");
    private static final Set<String> FLOAT = Set.of("logf", "log1pf", "expf", "sinf", "cosf");
    /** Functions of two arguments, {@code f(x, y)}. */
    private static final Set<String> BINARY = Set.of("pow", "powf");
    private static final Set<String> METHODS;

    static {
        java.util.HashSet<String> all = new java.util.HashSet<>(DOUBLE);
        all.addAll(FLOAT);
        all.addAll(BINARY);
        METHODS = Set.copyOf(all);
    }

    private final Libm libm;

    private LibmTarget(Libm libm) {
        this.libm = libm;
    }

    public static EngineTarget open(Expr.Call setup, EngineOptions options) {
        return new LibmTarget(Libm.of(options.mathVariant()));
    }

    @Override
    public Value call(CallLine line) {
        String name = EngineTargets.methodName(line, METHODS, NAME);
        if (BINARY.contains(name)) {
            return callBinary(name, Signature.parse(name + "(x, y)").bind(line.call()));
        }
        Object x = Signature.parse(name + "(x)").bind(line.call()).get("x");
        boolean single = FLOAT.contains(name);
        ArrayValue in = ArrayConversion.astype(ArrayConversion.fromObject(asFloats(x)), single ? DType.FLOAT32 : DType.FLOAT64);
        long[] src = in.data();
        long[] out = new long[src.length];
        for (int i = 0; i < src.length; i++) {
            if (single) {
                float f = Float.intBitsToFloat((int) src[i]);
                out[i] = Float.floatToRawIntBits(applyFloat(name, f)) & 0xFFFFFFFFL;
            } else {
                out[i] = Double.doubleToRawLongBits(applyDouble(name, Double.longBitsToDouble(src[i])));
            }
        }
        return new ArrayValue(in.dtype(), in.shape(), out);
    }

    /**
     * The reference reads its inputs with {@code numpy.asarray(x, dtype=float)}: every Python int
     * becomes the nearest float, however large (not an int64 first).
     */
    private static Object asFloats(Object x) {
        if (x instanceof BigInteger i) {
            double d = i.doubleValue();
            if (Double.isInfinite(d)) {
                throw PythonError.overflowError("int too large to convert to float");
            }
            return d;
        }
        if (x instanceof Py.PyList l) {
            return new Py.PyList(l.items().stream().map(LibmTarget::asFloats).toList());
        }
        if (x instanceof Py.PyTuple t) {
            return new Py.PyTuple(t.items().stream().map(LibmTarget::asFloats).toList());
        }
        return x;
    }

    /** {@code pow(x, y)} or {@code powf(x, y)}, element-wise, a 0-d argument broadcast. */
    private Value callBinary(String name, Signature.Bound b) {
        boolean single = name.equals("powf");
        DType dtype = single ? DType.FLOAT32 : DType.FLOAT64;
        ArrayValue x = ArrayConversion.astype(ArrayConversion.fromObject(asFloats(b.get("x"))), dtype);
        ArrayValue y = ArrayConversion.astype(ArrayConversion.fromObject(asFloats(b.get("y"))), dtype);
        boolean xScalar = x.shape().length == 0;
        boolean yScalar = y.shape().length == 0;
        if (!xScalar && !yScalar && !java.util.Arrays.equals(x.shape(), y.shape())) {
            throw PythonError.valueError(name + "(): x and y must have the same shape, or one of them be a scalar");
        }
        int[] shape = xScalar ? y.shape() : x.shape();
        long[] xs = x.data();
        long[] ys = y.data();
        int n = xScalar ? ys.length : xs.length;
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long xi = xs[xScalar ? 0 : i];
            long yi = ys[yScalar ? 0 : i];
            if (single) {
                float r = libm.powf(Float.intBitsToFloat((int) xi), Float.intBitsToFloat((int) yi));
                out[i] = Float.floatToRawIntBits(r) & 0xFFFFFFFFL;
            } else {
                out[i] = Double.doubleToRawLongBits(libm.pow(Double.longBitsToDouble(xi), Double.longBitsToDouble(yi)));
            }
        }
        return new ArrayValue(dtype, shape, out);
    }

    private double applyDouble(String name, double x) {
        return switch (name) {
            case "log" -> libm.log(x);
            case "log1p" -> libm.log1p(x);
            case "exp" -> libm.exp(x);
            case "sin" -> libm.sin(x);
            case "cos" -> libm.cos(x);
            case "tan" -> libm.tan(x);
            default -> throw new IllegalStateException(name);
        };
    }

    private float applyFloat(String name, float x) {
        return switch (name) {
            case "logf" -> libm.logf(x);
            case "log1pf" -> libm.log1pf(x);
            case "expf" -> libm.expf(x);
            case "sinf" -> libm.sinf(x);
            case "cosf" -> libm.cosf(x);
            default -> throw new IllegalStateException(name);
        };
    }

    /** {@code libm.sample(kind, n, seed, low, high)}: the same inputs NumPy draws on the reference side. */
    static ArrayValue sample(Signature.Bound b) {
        String kind = String.valueOf(b.get("kind"));
        if (Py.index(b.get("n")).bitLength() > 63) { // the reference makes the inputs with numpy
            throw PythonError.valueError("Maximum allowed dimension exceeded");
        }
        int n = Py.length(b.get("n"), "long");
        Generator rng = NumPy.defaultRng(Py.toInt(b.get("seed")));
        int[] size = {n};
        return switch (kind) {
            case "bits" -> new ArrayValue(DType.FLOAT64, size,
                    rng.integers(BigInteger.ZERO, BigInteger.ONE.shiftLeft(64), size, DType.UINT64, false));
            case "bits32" -> new ArrayValue(DType.FLOAT32, size,
                    rng.integers(BigInteger.ZERO, BigInteger.ONE.shiftLeft(32), size, DType.UINT32, false));
            case "uniform", "uniform32" -> {
                ArrayValue u = ArrayValue.ofDoubles(size, rng.uniform(Py.toDouble(b.get("low")), Py.toDouble(b.get("high")), size));
                yield kind.equals("uniform") ? u : ArrayConversion.astype(u, DType.FLOAT32);
            }
            case "reciprocal", "reciprocal32" -> {
                double[] u = rng.uniform(Py.toDouble(b.get("low")), Py.toDouble(b.get("high")), size);
                for (int i = 0; i < u.length; i++) {
                    u[i] = 1.0 / u[i];
                }
                ArrayValue r = ArrayValue.ofDoubles(size, u);
                yield kind.equals("reciprocal") ? r : ArrayConversion.astype(r, DType.FLOAT32);
            }
            case "integers", "integers32" -> {
                BigInteger low = BigInteger.valueOf((long) Py.toDouble(b.get("low")));
                BigInteger high = BigInteger.valueOf((long) Py.toDouble(b.get("high")));
                long[] v = rng.integers(low, high, size, DType.INT64, false);
                double[] d = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    d[i] = v[i];
                }
                ArrayValue r = ArrayValue.ofDoubles(size, d);
                yield kind.equals("integers") ? r : ArrayConversion.astype(r, DType.FLOAT32);
            }
            default -> throw PythonError.valueError("unknown sample kind '" + kind
                    + "' (bits, bits32, uniform, uniform32, reciprocal, reciprocal32, integers, integers32)");
        };
    }
}
