package org.seedcompat.harness.target.numpy;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.LegacyState;
import org.seedcompat.engine.numpy.RandomState;
import org.seedcompat.engine.numpy.bitgen.BitGeneratorState;
import org.seedcompat.engine.numpy.bitgen.BitGenerators;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.bitgen.NumpyBitGenerator;
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
import org.seedcompat.harness.value.BytesValue;
import org.seedcompat.harness.value.NoneValue;
import org.seedcompat.harness.value.Value;

/**
 * {@code numpy.random.RandomState(seed)} and the global {@code numpy.random.seed(seed)} form on the
 * engine: binds each call's arguments as NumPy's signatures do, applies NumPy's Python-level
 * coercions, calls the engine's {@link RandomState}, and shapes the result as NumPy returns it.
 */
public final class RandomStateTarget implements EngineTarget {

    private final RandomState rs;
    private final boolean global;

    private RandomStateTarget(RandomState rs, boolean global) {
        this.rs = rs;
        this.global = global;
    }

    /** {@code numpy.random.RandomState(seed=None)}. */
    public static EngineTarget randomState(Expr.Call setup, EngineOptions options) {
        return create(Signature.parse("__init__(seed=None)").bind(setup).get("seed"), false, options);
    }

    /** {@code numpy.random.seed(seed=None)}: later calls are the module-level functions. */
    public static EngineTarget globalSeed(Expr.Call setup, EngineOptions options) {
        return create(Signature.parse("seed(seed=None)").bind(setup).get("seed"), true, options);
    }

    private static EngineTarget create(Object seed, boolean global, EngineOptions options) {
        if (!global && seed instanceof NumpyBitGenerator bg) { // RandomState(bit_generator) runs on that very generator
            return new RandomStateTarget(new RandomState(bg, Libm.of(options.mathVariant())), false);
        }
        RandomState rs = new RandomState(Mt19937.legacySeeded(0), Libm.of(options.mathVariant()));
        LegacySeeds.apply(rs, seed);
        return new RandomStateTarget(rs, global);
    }

    private String targetName() {
        return global ? "numpy.random (global)" : "numpy.random.RandomState";
    }

    /**
     * RandomState's methods and the module's functions, each declared once: NumPy's signature and
     * the binding to the engine. The reference's whitelist is checked against these names
     * ({@code MethodTablesIT}); names NumPy lacks on one of the two still raise NumPy's own
     * AttributeError.
     */
    static final MethodTable<RandomStateTarget> TABLE = MethodTable.<RandomStateTarget>builder()
            .method("seed(seed=None)", (t, b) -> {
                if (!(t.rs.bitGenerator() instanceof Mt19937)) {
                    if (!t.global) {
                        throw PythonError.typeError("can only re-seed a MT19937 BitGenerator");
                    }
                    // numpy.random.seed over a swapped-in bit generator: the state of a new one of its
                    // kind seeded so (the gaussian cache is left as it is)
                    NumpyBitGenerator bg = t.rs.bitGenerator();
                    Object seed = b.isNone("seed") ? null : ModernValues.engineValue(b.get("seed"));
                    bg.setState(BitGenerators.seeded(bg.name(), seed).state());
                    return NoneValue.INSTANCE;
                }
                LegacySeeds.apply(t.rs, b.get("seed"));
                return NoneValue.INSTANCE;
            })
            .method("get_state(legacy=True)", (t, b) -> LegacyStates.render(t.rs, truthy(b.get("legacy"))))
            .method("set_state(state)", (t, b) -> {
                LegacyStates.set(t.rs, b.get("state"));
                return NoneValue.INSTANCE;
            })
            .method("random_sample(size=None)", (t, b) -> floats(b.get("size"), t.rs::randomSample))
            .method("random(size=None)", (t, b) -> floats(b.get("size"), t.rs::randomSample))
            .raw("get_bit_generator()", (t, call) -> {
                t.requireGlobal("get_bit_generator");
                Signature.parse("get_bit_generator()").bind(call);
                return ModernValues.render(t.rs.bitGenerator());
            })
            .raw("set_bit_generator(bitgen)", (t, call) -> {
                t.requireGlobal("set_bit_generator");
                Object bg = Signature.parse("set_bit_generator(bitgen)").bind(call).get("bitgen");
                if (!(bg instanceof NumpyBitGenerator nbg)) {
                    throw new PythonError("AttributeError", "'" + Py.typeName(bg) + "' object has no attribute 'capsule'");
                }
                t.rs.initializeBitGenerator(nbg);
                return NoneValue.INSTANCE;
            })
            .raw("ranf(size=None)", (t, call) -> t.globalOnly("ranf", call))
            .raw("sample(size=None)", (t, call) -> t.globalOnly("sample", call))
            .raw("rand(*args)", (t, call) -> floats(varargShape("rand(*args)", call), t.rs::randomSample))
            .raw("randn(*args)", (t, call) -> floats(varargShape("randn(*args)", call), t.rs::standardNormal))
            .method("standard_normal(size=None)", (t, b) -> floats(b.get("size"), t.rs::standardNormal))
            .method("normal(loc=0.0, scale=1.0, size=None)", rs(DistributionCalls.sampler2(RandomState::normal)))
            .method("uniform(low=0.0, high=1.0, size=None)", rs(DistributionCalls.sampler2(RandomState::uniform)))
            .method("randint(low, high=None, size=None, dtype=int)", RandomStateTarget::randint)
            .method("random_integers(low, high=None, size=None)", (t, b) -> {
                int[] shape = Py.shape(b.get("size"));
                BigInteger high = b.isNone("high") ? null : Py.toInt(b.get("high"));
                return ints(DType.INT64, shape, t.rs.randomIntegers(Py.toInt(b.get("low")), high, shape));
            })
            .raw("tomaxint(size=None)", (t, call) -> {
                if (t.global) {
                    throw new PythonError("AttributeError", "module 'numpy.random' has no attribute 'tomaxint'");
                }
                int[] shape = Py.shape(Signature.parse("tomaxint(size=None)").bind(call).get("size"));
                return ints(DType.INT64, shape, t.rs.tomaxint(shape));
            })
            .method("choice(a, size=None, replace=True, p=None)", (t, b) -> LegacyChoice.choice(t.rs, b))
            .method("shuffle(x)", (t, b) -> LegacyShuffle.shuffle(t.rs, b.get("x")))
            .method("permutation(x)", (t, b) -> LegacyShuffle.permutation(t.rs, b.get("x")))
            .method("bytes(length)", (t, b) -> new BytesValue(t.rs.bytes(Py.length(b.get("length"), "long"))))
            .method("standard_exponential(size=None)", (t, b) -> DistributionCalls.standardExponential(t.rs, b))
            .method("exponential(scale=1.0, size=None)", rs(DistributionCalls.sampler1(RandomState::exponential)))
            .method("standard_gamma(shape, size=None)", rs(DistributionCalls.sampler1(RandomState::standardGamma)))
            .method("gamma(shape, scale=1.0, size=None)", rs(DistributionCalls.sampler2(RandomState::gamma)))
            .method("beta(a, b, size=None)", rs(DistributionCalls.sampler2(RandomState::beta)))
            .method("binomial(n, p, size=None)", (t, b) -> DistributionCalls.binomial(t.rs, b))
            .method("poisson(lam=1.0, size=None)", rs(DistributionCalls.sampler1(RandomState::poisson)))
            .method("laplace(loc=0.0, scale=1.0, size=None)", rs(DistributionCalls.sampler2(RandomState::laplace)))
            .method("gumbel(loc=0.0, scale=1.0, size=None)", rs(DistributionCalls.sampler2(RandomState::gumbel)))
            .method("logistic(loc=0.0, scale=1.0, size=None)", rs(DistributionCalls.sampler2(RandomState::logistic)))
            .method("lognormal(mean=0.0, sigma=1.0, size=None)", rs(DistributionCalls.sampler2(RandomState::lognormal)))
            .method("rayleigh(scale=1.0, size=None)", rs(DistributionCalls.sampler1(RandomState::rayleigh)))
            .method("standard_cauchy(size=None)", rs(DistributionCalls.sampler0(RandomState::standardCauchy)))
            .method("weibull(a, size=None)", rs(DistributionCalls.sampler1(RandomState::weibull)))
            .method("wald(mean, scale, size=None)", rs(DistributionCalls.sampler2(RandomState::wald)))
            .method("vonmises(mu, kappa, size=None)", rs(DistributionCalls.sampler2(RandomState::vonmises)))
            .method("triangular(left, mode, right, size=None)", rs(DistributionCalls.sampler3(RandomState::triangular)))
            .method("pareto(a, size=None)", rs(DistributionCalls.sampler1(RandomState::pareto)))
            .method("power(a, size=None)", rs(DistributionCalls.sampler1(RandomState::power)))
            .method("chisquare(df, size=None)", rs(DistributionCalls.sampler1(RandomState::chisquare)))
            .method("f(dfnum, dfden, size=None)", rs(DistributionCalls.sampler2(RandomState::f)))
            .method("standard_t(df, size=None)", rs(DistributionCalls.sampler1(RandomState::standardT)))
            .method("noncentral_chisquare(df, nonc, size=None)", rs(DistributionCalls.sampler2(RandomState::noncentralChisquare)))
            .method("noncentral_f(dfnum, dfden, nonc, size=None)", rs(DistributionCalls.sampler3(RandomState::noncentralF)))
            .method("geometric(p, size=None)", rs(DistributionCalls.sampler1(RandomState::geometric)))
            .method("logseries(p, size=None)", rs(DistributionCalls.sampler1(RandomState::logseries)))
            .method("zipf(a, size=None)", rs(DistributionCalls.sampler1(RandomState::zipf)))
            .method("negative_binomial(n, p, size=None)", rs(DistributionCalls.sampler2(RandomState::negativeBinomial)))
            .method("hypergeometric(ngood, nbad, nsample, size=None)", rs(DistributionCalls.intSampler3(RandomState::hypergeometric)))
            .method("dirichlet(alpha, size=None)", rs(DistributionCalls.dirichlet(RandomState::dirichlet)))
            .method("multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8)",
                    rs(DistributionCalls.multivariateNormal((r, mean, cov, size, cv, tol, m) -> r.multivariateNormal(mean, cov, size, cv, tol), false)))
            .method("multinomial(n, pvals, size=None)", (t, b) -> DistributionCalls.multinomial(t.rs, b))
            .build();

    /** A binding written against the RandomState alone (the global functions act on the same one). */
    private static MethodTable.Binding<RandomStateTarget> rs(MethodTable.Binding<RandomState> f) {
        return (t, b) -> f.call(t.rs, b);
    }

    @Override
    public Value call(CallLine line) {
        if (!line.called() && line.dotted().equals(POISSON_LAM_MAX)) {
            if (global) {
                throw new PythonError("AttributeError", "module 'numpy.random' has no attribute '" + POISSON_LAM_MAX + "'");
            }
            return ArrayValue.scalarDouble(RandomState.POISSON_LAM_MAX);
        }
        String name = Methods.methodName(line, TABLE.names(), targetName());
        return Methods.sizeErrorLast(() -> TABLE.call(this, name, line.call(), targetName()),
                () -> new Snapshot(rs.bitGeneratorState(), rs.hasGauss(), rs.cachedGaussian()),
                s -> rs.setState(s.state(), s.hasGauss(), s.gauss()));
    }

    /** RandomState's one readable attribute (on the module NumPy's AttributeError). */
    static final String POISSON_LAM_MAX = "_poisson_lam_max";

    /** What a size-error retry restores: the bit generator's state and the gaussian cache. */
    private record Snapshot(BitGeneratorState state, int hasGauss, double gauss) {
    }

    /** The module's own functions: a RandomState lacks them (NumPy's AttributeError, before binding). */
    private void requireGlobal(String name) {
        if (!global) {
            throw new PythonError("AttributeError", "'numpy.random.mtrand.RandomState' object has no attribute '" + name + "'");
        }
    }

    /** {@code ranf}/{@code sample}: aliases the module has and RandomState lacks (looked up before binding). */
    private Value globalOnly(String name, Expr.Call call) {
        requireGlobal(name);
        return floats(Signature.parse(name + "(size=None)").bind(call).get("size"), rs::randomSample);
    }

    private static Value randint(RandomStateTarget t, Signature.Bound b) {
        DType dtype = Dtypes.randint(b.get("dtype"));
        int[] shape = Py.shape(b.get("size"));
        Object low = b.get("low");
        Object high = b.get("high");
        if (Bounds.isArray(low) || Bounds.isArray(high)) {
            return Bounds.draw(() -> t.rs.randint(Bounds.of(low), Py.isNone(high) ? null : Bounds.of(high),
                    shape, dtype));
        }
        BigInteger lo = Py.toInt(low);
        BigInteger hi = Py.isNone(high) ? null : Py.toInt(high);
        return ints(dtype, shape, t.rs.randint(lo, hi, shape, dtype));
    }

    /** {@code rand(d0, d1, ...)}: no arguments is a scalar. */
    private static Object varargShape(String signature, Expr.Call call) {
        List<Object> dims = Signature.parse(signature).bind(call).varargs();
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

    /**
     * A scalar parameter of {@code normal}/{@code uniform}: the engine broadcasts array parameters
     * for the samplers in {@link DistributionCalls} only, so an array here is refused as unsupported.
     */
    static double scalarParam(Signature.Bound b, String name) {
        Object v = b.get(name);
        requireScalar(v, name);
        return Py.toDouble(v);
    }

    static void requireScalar(Object v, String name) {
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
