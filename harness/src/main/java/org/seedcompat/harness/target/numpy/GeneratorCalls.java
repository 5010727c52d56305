package org.seedcompat.harness.target.numpy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.Generator;
import org.seedcompat.engine.numpy.bitgen.NumpyBitGenerator;
import org.seedcompat.harness.cases.ArrayConversion;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.target.MethodTable;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.BytesValue;
import org.seedcompat.harness.value.SeqValue;
import org.seedcompat.harness.value.Value;

/** {@code numpy.random.Generator}'s methods: NumPy's signatures and Python-level coercions around the engine's {@link Generator}. */
final class GeneratorCalls {

    private GeneratorCalls() {
    }

    /**
     * Generator's methods, each declared once: NumPy's signature and the binding to the engine.
     * Whitelist, binding and dispatch come from here, and the reference's list of Generator members
     * is checked against these names ({@code MethodTablesIT}).
     */
    static final MethodTable<Generator> TABLE = MethodTable.<Generator>builder()
            .method("random(size=None, dtype='float64', out=None)", (g, b) -> {
                DType dtype = Dtypes.floats(b.get("dtype"), "random");
                int[] shape = Outs.size(b, dtype);
                return array(dtype, shape, g.random(shape, dtype));
            })
            .method("integers(low, high=None, size=None, dtype='int64', endpoint=False)", (g, b) -> {
                int[] shape = Py.shape(b.get("size"));
                DType dtype = Dtypes.integers(b.get("dtype"));
                if (Bounds.isArray(b.get("low")) || Bounds.isArray(b.get("high"))) {
                    return Bounds.draw(() -> g.integers(Bounds.of(b.get("low")),
                            b.isNone("high") ? null : Bounds.of(b.get("high")), shape, dtype,
                            RandomStateTarget.truthy(b.get("endpoint"))));
                }
                BigInteger high = b.isNone("high") ? null : Py.toInt(b.get("high"));
                return array(dtype, shape, g.integers(Py.toInt(b.get("low")), high, shape, dtype,
                        RandomStateTarget.truthy(b.get("endpoint"))));
            })
            .method("standard_normal(size=None, dtype='float64', out=None)", (g, b) -> {
                DType dtype = Dtypes.floats(b.get("dtype"), "standard_normal");
                int[] shape = Outs.size(b, dtype);
                return array(dtype, shape, g.standardNormal(shape, dtype));
            })
            .method("normal(loc=0.0, scale=1.0, size=None)", DistributionCalls.sampler2(Generator::normal))
            .method("standard_exponential(size=None, dtype='float64', method='zig', out=None)", (g, b) -> {
                DType dtype = Dtypes.floats(b.get("dtype"), "standard_exponential");
                int[] shape = Outs.size(b, dtype);
                Object m = b.get("method");
                return array(dtype, shape, g.standardExponential(shape, dtype, m instanceof String s ? s : String.valueOf(m)));
            })
            .method("exponential(scale=1.0, size=None)", DistributionCalls.sampler1(Generator::exponential))
            .method("uniform(low=0.0, high=1.0, size=None)", DistributionCalls.sampler2(Generator::uniform))
            .method("choice(a, size=None, replace=True, p=None, axis=0, shuffle=True)", GeneratorCalls::choice)
            .method("shuffle(x, axis=0)", GeneratorCalls::shuffle)
            .method("permutation(x, axis=0)", GeneratorCalls::permutation)
            .method("permuted(x, axis=None, out=None)", (g, b) -> {
                noOut(b);
                ArrayValue a = ArrayConversion.fromObject(b.get("x"));
                Integer axis = b.isNone("axis") ? null : axisIndex(b.get("axis"));
                return new ArrayValue(a.dtype(), a.shape(), g.permuted(a.data(), a.shape(), axis));
            })
            .method("bytes(length)", (g, b) -> new BytesValue(g.bytes(Py.length(b.get("length"), "long"))))
            .method("spawn(n_children)", GeneratorCalls::spawn)
            .method("standard_gamma(shape, size=None, dtype='float64', out=None)", DistributionCalls::standardGamma)
            .method("gamma(shape, scale=1.0, size=None)", DistributionCalls.sampler2(Generator::gamma))
            .method("beta(a, b, size=None)", DistributionCalls.sampler2(Generator::beta))
            .method("binomial(n, p, size=None)", DistributionCalls::binomial)
            .method("poisson(lam=1.0, size=None)", DistributionCalls.sampler1(Generator::poisson))
            .method("laplace(loc=0.0, scale=1.0, size=None)", DistributionCalls.sampler2(Generator::laplace))
            .method("gumbel(loc=0.0, scale=1.0, size=None)", DistributionCalls.sampler2(Generator::gumbel))
            .method("logistic(loc=0.0, scale=1.0, size=None)", DistributionCalls.sampler2(Generator::logistic))
            .method("lognormal(mean=0.0, sigma=1.0, size=None)", DistributionCalls.sampler2(Generator::lognormal))
            .method("rayleigh(scale=1.0, size=None)", DistributionCalls.sampler1(Generator::rayleigh))
            .method("standard_cauchy(size=None)", DistributionCalls.sampler0(Generator::standardCauchy))
            .method("weibull(a, size=None)", DistributionCalls.sampler1(Generator::weibull))
            .method("wald(mean, scale, size=None)", DistributionCalls.sampler2(Generator::wald))
            .method("vonmises(mu, kappa, size=None)", DistributionCalls.sampler2(Generator::vonmises))
            .method("triangular(left, mode, right, size=None)", DistributionCalls.sampler3(Generator::triangular))
            .method("pareto(a, size=None)", DistributionCalls.sampler1(Generator::pareto))
            .method("power(a, size=None)", DistributionCalls.sampler1(Generator::power))
            .method("chisquare(df, size=None)", DistributionCalls.sampler1(Generator::chisquare))
            .method("f(dfnum, dfden, size=None)", DistributionCalls.sampler2(Generator::f))
            .method("standard_t(df, size=None)", DistributionCalls.sampler1(Generator::standardT))
            .method("noncentral_chisquare(df, nonc, size=None)", DistributionCalls.sampler2(Generator::noncentralChisquare))
            .method("noncentral_f(dfnum, dfden, nonc, size=None)", DistributionCalls.sampler3(Generator::noncentralF))
            .method("geometric(p, size=None)", DistributionCalls.sampler1(Generator::geometric))
            .method("logseries(p, size=None)", DistributionCalls.sampler1(Generator::logseries))
            .method("zipf(a, size=None)", DistributionCalls.sampler1(Generator::zipf))
            .method("negative_binomial(n, p, size=None)", DistributionCalls.sampler2(Generator::negativeBinomial))
            .method("hypergeometric(ngood, nbad, nsample, size=None)", DistributionCalls.intSampler3(Generator::hypergeometric))
            .method("dirichlet(alpha, size=None)", DistributionCalls.dirichlet(Generator::dirichlet))
            .method("multivariate_normal(mean, cov, size=None, check_valid='warn', tol=1e-8, *, method='svd')",
                    DistributionCalls.multivariateNormal(Generator::multivariateNormal, true))
            .method("multinomial(n, pvals, size=None)", DistributionCalls::multinomial)
            .method("multivariate_hypergeometric(colors, nsample, size=None, method='marginals')",
                    DistributionCalls::multivariateHypergeometric)
            .build();

    private static Value permutation(Generator g, Signature.Bound b) {
        Object x = b.get("x");
        if (x instanceof BigInteger || x instanceof Boolean) {
            BigInteger n = Py.index(x);
            if (n.abs().doubleValue() >= 0x1p64) { // arange(x) cannot even be sized
                throw PythonError.valueError("Maximum allowed size exceeded");
            }
            if (n.bitLength() > 63) { // arange(x) is empty, of a dtype NumPy picks from x
                if (n.signum() < 0) {
                    throw new PythonError("UnsupportedArgument", "permutation(" + n + ") is an empty object array in "
                            + "NumPy, which the value contract cannot carry");
                }
                return new ArrayValue(DType.FLOAT64, new int[] {0}, new long[0]);
            }
            long[] v = g.permutation(n.longValue());
            return new ArrayValue(DType.INT64, new int[] {v.length}, v);
        }
        ArrayValue a = ArrayConversion.fromObject(x);
        int axis = axisIndex(b.get("axis"));
        return new ArrayValue(a.dtype(), a.shape(), g.permutation(a.data(), a.shape(), axis));
    }

    /** {@code spawn}: children share the parent's bit generator type (NumPy raises for a generator without a SeedSequence). */
    private static Value spawn(Generator g, Signature.Bound b) {
        int n = Py.length(b.get("n_children"), "long");
        List<Value> items = new ArrayList<>();
        for (Object child : g.bitGenerator() instanceof NumpyBitGenerator bg ? bg.spawn(n) : List.of()) {
            items.add(ModernValues.render(new Generator((NumpyBitGenerator) child)));
        }
        return new SeqValue(false, items);
    }

    private static Value choice(Generator g, Signature.Bound b) {
        boolean replace = RandomStateTarget.truthy(b.get("replace"));
        boolean shuffle = RandomStateTarget.truthy(b.get("shuffle"));
        double[] p = LegacyChoice.probabilities(b, true);
        int[] size = Py.shape(b.get("size"));
        Object a = b.get("a");
        ArrayValue population = a instanceof BigInteger || a instanceof Boolean ? null : ArrayConversion.fromObject(a);
        if (population == null || population.isScalar()) {
            if (population != null && population.dtype().isFloat()) {
                throw PythonError.valueError("a must be a sequence or an integer, not <class 'float'>");
            }
            return RandomStateTarget.ints(DType.INT64, size,
                    g.choice(Py.index(population == null ? a : population), size, replace, p, DType.FLOAT64, shuffle));
        }
        int[] shape = population.shape();
        int axis = Py.index(b.get("axis")).intValueExact();
        long[] out = g.choice(population.data(), shape, axis, size, replace, p, shuffle);
        return new ArrayValue(population.dtype(), Generator.choiceShape(shape, axis, size), out);
    }

    private static Value shuffle(Generator g, Signature.Bound b) {
        Object x = b.get("x");
        Object axisArg = b.get("axis");
        if (x instanceof ArrayValue a) {
            int axis = axisIndex(axisArg);
            long[] data = a.data().clone();
            g.shuffle(data, a.shape(), axis);
            return new ArrayValue(a.dtype(), a.shape(), data);
        }
        if (!(x instanceof Py.PyList) && !(x instanceof Py.PyDict)) {
            throw PythonError.typeError("object of type '" + Py.typeName(x) + "' has no len()");
        }
        // NumPy's untyped path compares axis with 0 as Python does (no index conversion), after len(x).
        if (!isZero(axisArg)) {
            throw new PythonError("NotImplementedError", "Axis argument is only supported on ndarray objects");
        }
        if (x instanceof Py.PyList list) {
            // A list takes NumPy's untyped path: item swaps with the same index draws as a 1-d array.
            long[] idx = LegacyShuffle.identity(list.items().size());
            g.shuffle(idx, new int[] {idx.length}, 0);
            return LegacyShuffle.reordered(list, idx);
        }
        return LegacyShuffle.shuffledDict((Py.PyDict) x, g::shuffleItems);
    }

    /** {@code normalize_axis_index}'s reading of its axis: a C int, with CPython's errors. */
    static int axisIndex(Object v) {
        if (v instanceof Double) {
            throw PythonError.typeError("integer argument expected, got float");
        }
        BigInteger i = Py.index(v);
        if (i.bitLength() > 63) {
            throw new PythonError("OverflowError", "Python int too large to convert to C long");
        }
        if (i.bitLength() > 31) {
            throw new PythonError("OverflowError", "Python int too large to convert to C int");
        }
        return i.intValue();
    }

    /** Python's {@code v == 0} for the values of the case language (ints, bools, floats; anything else differs). */
    private static boolean isZero(Object v) {
        if (v instanceof BigInteger i) {
            return i.signum() == 0;
        }
        if (v instanceof Boolean bool) {
            return !bool;
        }
        if (v instanceof Double dbl) {
            return dbl == 0.0;
        }
        if (v instanceof ArrayValue a && a.isScalar()) {
            return Py.elementAsDouble(a, 0) == 0.0;
        }
        return false;
    }

    private static void noOut(Signature.Bound b) {
        if (!b.isNone("out")) {
            throw new PythonError("UnsupportedArgument", "out= is not supported by the engine yet");
        }
    }

    private static ArrayValue array(DType dtype, int[] shape, long[] values) {
        if (shape == null && dtype == DType.FLOAT32) {
            // size=None: a Python float, which holds the float32 value exactly
            return ArrayValue.ofDoubles(new int[0], new double[] {Float.intBitsToFloat((int) values[0])});
        }
        return new ArrayValue(dtype, shape == null ? new int[0] : shape, values);
    }

    private static ArrayValue doubles(int[] shape, double[] values) {
        return ArrayValue.ofDoubles(shape == null ? new int[0] : shape, values);
    }
}
