package org.seedcompat.harness.side.numpy;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.Mt19937;
import org.seedcompat.engine.numpy.RandomState;
import org.seedcompat.harness.cases.ArrayConversion;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.side.EngineOptions;
import org.seedcompat.harness.side.EngineTarget;
import org.seedcompat.harness.side.EngineTargets;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.BytesValue;
import org.seedcompat.harness.value.NoneValue;
import org.seedcompat.harness.value.Value;

/**
 * {@code numpy.random.RandomState(seed)} and the global {@code numpy.random.seed(seed)} form on the
 * engine: binds each call's arguments as NumPy's signatures do, applies NumPy's Python-level
 * coercions, calls the engine's {@link RandomState}, and shapes the result as NumPy returns it.
 */
public final class LegacyTarget implements EngineTarget {

    private final RandomState rs;
    private final boolean global;

    private LegacyTarget(RandomState rs, boolean global) {
        this.rs = rs;
        this.global = global;
    }

    /** {@code numpy.random.RandomState(seed=None)}. */
    public static EngineTarget randomState(Expr.Call setup, EngineOptions options) {
        return create(Signature.parse("RandomState(seed=None)").bind(setup).get("seed"), false, options);
    }

    /** {@code numpy.random.seed(seed=None)}: later calls are the module-level functions. */
    public static EngineTarget globalSeed(Expr.Call setup, EngineOptions options) {
        return create(Signature.parse("seed(seed=None)").bind(setup).get("seed"), true, options);
    }

    private static EngineTarget create(Object seed, boolean global, EngineOptions options) {
        RandomState rs = new RandomState(Mt19937.legacySeeded(0), Libm.of(options.mathVariant()));
        LegacySeeds.apply(rs, seed);
        return new LegacyTarget(rs, global);
    }

    private String targetName() {
        return global ? "numpy.random (global)" : "numpy.random.RandomState";
    }

    /** The reference's whitelist (names NumPy lacks still raise NumPy's own AttributeError). */
    private static final Set<String> METHODS = Set.of("seed", "get_state", "set_state", "random_sample", "random",
            "rand", "ranf", "sample", "randint", "random_integers", "tomaxint", "randn", "standard_normal", "normal",
            "uniform", "choice", "shuffle", "permutation", "bytes", "standard_exponential", "exponential", "standard_gamma",
            "gamma", "beta", "binomial", "poisson");

    @Override
    public Value call(CallLine line) {
        try {
            return dispatch(line);
        } catch (Py.SizeError e) {
            // NumPy checks the other arguments before it makes the array: an error there comes first
            org.seedcompat.engine.numpy.LegacyState saved = rs.getState();
            try {
                Py.withSizesAsNone(() -> dispatch(line));
            } finally {
                rs.setState(saved);
            }
            throw e;
        }
    }

    private Value dispatch(CallLine line) {
        String name = EngineTargets.methodName(line, METHODS, targetName());
        Expr.Call call = line.call();
        switch (name) {
            case "seed":
                LegacySeeds.apply(rs, bind("seed(seed=None)", call).get("seed"));
                return NoneValue.INSTANCE;
            case "get_state":
                return LegacyStates.render(rs.getState(), truthy(bind("get_state(legacy=True)", call).get("legacy")));
            case "set_state":
                LegacyStates.set(rs, bind("set_state(state)", call).get("state"));
                return NoneValue.INSTANCE;
            case "ranf":
            case "sample":
                if (!global) {
                    throw new PythonError("AttributeError",
                            "'numpy.random.mtrand.RandomState' object has no attribute '" + name + "'");
                }
                return floats(bind(name + "(size=None)", call).get("size"), rs::randomSample);
            case "random_sample":
            case "random":
                return floats(bind(name + "(size=None)", call).get("size"), rs::randomSample);
            case "rand":
                return floats(varargShape("rand(*args)", call), rs::randomSample);
            case "randn":
                return floats(varargShape("randn(*args)", call), rs::standardNormal);
            case "standard_normal":
                return floats(bind("standard_normal(size=None)", call).get("size"), rs::standardNormal);
            case "normal": {
                Signature.Bound b = bind("normal(loc=0.0, scale=1.0, size=None)", call);
                double loc = scalarParam(b, "loc");
                double scale = scalarParam(b, "scale");
                return floats(b.get("size"), shape -> rs.normal(loc, scale, shape));
            }
            case "uniform": {
                Signature.Bound b = bind("uniform(low=0.0, high=1.0, size=None)", call);
                double low = scalarParam(b, "low");
                double high = scalarParam(b, "high");
                return floats(b.get("size"), shape -> rs.uniform(low, high, shape));
            }
            case "randint":
                return randint(bind("randint(low, high=None, size=None, dtype=int)", call));
            case "random_integers": {
                Signature.Bound b = bind("random_integers(low, high=None, size=None)", call);
                int[] shape = Py.shape(b.get("size"));
                BigInteger high = b.isNone("high") ? null : Py.toInt(b.get("high"));
                return ints(DType.INT64, shape, rs.randomIntegers(Py.toInt(b.get("low")), high, shape));
            }
            case "tomaxint": {
                if (global) {
                    throw new PythonError("AttributeError", "module 'numpy.random' has no attribute 'tomaxint'");
                }
                int[] shape = Py.shape(bind("tomaxint(size=None)", call).get("size"));
                return ints(DType.INT64, shape, rs.tomaxint(shape));
            }
            case "choice":
                return LegacyChoice.choice(rs, bind("choice(a, size=None, replace=True, p=None)", call));
            case "shuffle":
                return LegacyShuffle.shuffle(rs, bind("shuffle(x)", call).get("x"));
            case "permutation":
                return LegacyShuffle.permutation(rs, bind("permutation(x)", call).get("x"));
            case "bytes":
                return new BytesValue(rs.bytes(Py.length(bind("bytes(length)", call).get("length"), "long")));
            case "standard_exponential":
            case "exponential":
            case "standard_gamma":
            case "gamma":
            case "beta":
            case "binomial":
            case "poisson":
                return DistributionCalls.legacy(rs, name, call);
            default:
                throw new IllegalStateException("whitelisted but not dispatched: " + name);
        }
    }

    private Value randint(Signature.Bound b) {
        DType dtype = Signature.dtype(b.get("dtype"));
        int[] shape = Py.shape(b.get("size"));
        Object low = b.get("low");
        Object high = b.get("high");
        requireScalar(low, "low");
        requireScalar(high, "high");
        BigInteger lo = Py.toInt(low);
        BigInteger hi = Py.isNone(high) ? null : Py.toInt(high);
        return ints(dtype, shape, rs.randint(lo, hi, shape, dtype));
    }

    private static Signature.Bound bind(String signature, Expr.Call call) {
        return Signature.parse(signature).bind(call);
    }

    /** {@code rand(d0, d1, ...)}: no arguments is a scalar. */
    private static Object varargShape(String signature, Expr.Call call) {
        List<Object> dims = bind(signature, call).varargs();
        return dims.isEmpty() ? Py.NONE : new Py.PyTuple(dims);
    }

    interface DoubleFill {
        double[] fill(int[] shape);
    }

    private static ArrayValue floats(Object size, DoubleFill fill) {
        int[] shape = Py.shape(size);
        double[] values = fill.fill(shape);
        return ArrayValue.ofDoubles(shape == null ? new int[0] : shape, values);
    }

    static ArrayValue ints(DType dtype, int[] shape, long[] values) {
        return new ArrayValue(dtype, shape == null ? new int[0] : shape, values);
    }

    /** Scalar distribution parameters only: broadcasting over array parameters is not in the engine yet. */
    static double scalarParam(Signature.Bound b, String name) {
        Object v = b.get(name);
        requireScalar(v, name);
        return Py.toDouble(v);
    }

    static void requireScalarBound(Object v, String name) {
        requireScalar(v, name);
    }

    private static void requireScalar(Object v, String name) {
        if (v instanceof Py.PyList || v instanceof Py.PyTuple || (v instanceof ArrayValue a && !a.isScalar())) {
            throw new PythonError("UnsupportedArgument",
                    "array-valued '" + name + "' (broadcasting) is not supported by the engine yet");
        }
    }

    static boolean truthy(Object v) {
        if (Py.isNone(v)) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof BigInteger i) {
            return i.signum() != 0;
        }
        if (v instanceof Double d) {
            return d != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        return true;
    }

    /** Flattens a 0-d or n-d argument array to doubles (for p vectors). */
    static double[] doubles(ArrayValue a) {
        ArrayValue f = ArrayConversion.astype(a, DType.FLOAT64);
        double[] out = new double[f.size()];
        long[] bits = f.data();
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.longBitsToDouble(bits[i]);
        }
        return out;
    }

    static Map<String, Value> dict() {
        return new LinkedHashMap<>();
    }
}
