package org.seedcompat.harness.target.libm;

import java.math.BigInteger;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.Generator;
import org.seedcompat.engine.numpy.NumPy;
import org.seedcompat.harness.cases.ArrayConversion;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.target.EngineTarget;
import org.seedcompat.harness.target.MethodTable;
import org.seedcompat.harness.target.Methods;
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

    private static final String NAME = "libm";

    /** A double function of the engine's libm. */
    @FunctionalInterface
    private interface DoubleFn {
        double apply(Libm libm, double x);
    }

    /** A float function of the engine's libm. */
    @FunctionalInterface
    private interface FloatFn {
        float apply(Libm libm, float x);
    }

    /** The functions, each declared once: C's name and argument, and the engine's port. */
    static final MethodTable<LibmTarget> TABLE = MethodTable.<LibmTarget>builder()
            .method("log(x)", (t, b) -> t.doubles(b, Libm::log))
            .method("log1p(x)", (t, b) -> t.doubles(b, Libm::log1p))
            .method("exp(x)", (t, b) -> t.doubles(b, Libm::exp))
            .method("expm1(x)", (t, b) -> t.doubles(b, Libm::expm1))
            .method("sin(x)", (t, b) -> t.doubles(b, Libm::sin))
            .method("cos(x)", (t, b) -> t.doubles(b, Libm::cos))
            .method("tan(x)", (t, b) -> t.doubles(b, Libm::tan))
            .method("acos(x)", (t, b) -> t.doubles(b, Libm::acos))
            .method("logf(x)", (t, b) -> t.floats(b, Libm::logf))
            .method("log1pf(x)", (t, b) -> t.floats(b, Libm::log1pf))
            .method("expf(x)", (t, b) -> t.floats(b, Libm::expf))
            .method("sinf(x)", (t, b) -> t.floats(b, Libm::sinf))
            .method("cosf(x)", (t, b) -> t.floats(b, Libm::cosf))
            .method("pow(x, y)", (t, b) -> t.callBinary("pow", b))
            .method("powf(x, y)", (t, b) -> t.callBinary("powf", b))
            .build();

    private final Libm libm;

    private LibmTarget(Libm libm) {
        this.libm = libm;
    }

    public static EngineTarget open(Expr.Call setup, EngineOptions options) {
        return new LibmTarget(Libm.of(options.mathVariant()));
    }

    @Override
    public Value call(CallLine line) {
        String name = Methods.methodName(line, TABLE.names(), NAME);
        return TABLE.call(this, name, line.call(), NAME);
    }

    private ArrayValue doubles(Signature.Bound b, DoubleFn fn) {
        ArrayValue in = ArrayConversion.astype(ArrayConversion.fromObject(ArrayConversion.intsAsFloats(b.get("x"))), DType.FLOAT64);
        long[] src = in.data();
        long[] out = new long[src.length];
        for (int i = 0; i < src.length; i++) {
            out[i] = Double.doubleToRawLongBits(fn.apply(libm, Double.longBitsToDouble(src[i])));
        }
        return new ArrayValue(DType.FLOAT64, in.shape(), out);
    }

    private ArrayValue floats(Signature.Bound b, FloatFn fn) {
        ArrayValue in = ArrayConversion.astype(ArrayConversion.fromObject(ArrayConversion.intsAsFloats(b.get("x"))), DType.FLOAT32);
        long[] src = in.data();
        long[] out = new long[src.length];
        for (int i = 0; i < src.length; i++) {
            out[i] = Float.floatToRawIntBits(fn.apply(libm, Float.intBitsToFloat((int) src[i]))) & 0xFFFFFFFFL;
        }
        return new ArrayValue(DType.FLOAT32, in.shape(), out);
    }

    /** {@code pow(x, y)} or {@code powf(x, y)}, element-wise, a 0-d argument broadcast. */
    private Value callBinary(String name, Signature.Bound b) {
        boolean single = name.equals("powf");
        DType dtype = single ? DType.FLOAT32 : DType.FLOAT64;
        ArrayValue x = ArrayConversion.astype(ArrayConversion.fromObject(ArrayConversion.intsAsFloats(b.get("x"))), dtype);
        ArrayValue y = ArrayConversion.astype(ArrayConversion.fromObject(ArrayConversion.intsAsFloats(b.get("y"))), dtype);
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
