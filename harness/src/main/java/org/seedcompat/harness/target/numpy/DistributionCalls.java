package org.seedcompat.harness.target.numpy;

import java.math.BigInteger;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.Generator;
import org.seedcompat.engine.numpy.IntParam;
import org.seedcompat.engine.numpy.MultivariateNormalCalls;
import org.seedcompat.engine.numpy.Param;
import org.seedcompat.engine.numpy.RandomState;
import org.seedcompat.engine.numpy.Variates;
import org.seedcompat.harness.cases.ArrayConversion;
import org.seedcompat.harness.cases.ObjectArray;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.target.MethodTable;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.Value;

/**
 * The samplers with (possibly array-valued) parameters, on both APIs: {@code standard_gamma},
 * {@code gamma}, {@code beta}, {@code binomial}, {@code poisson}, and RandomState's
 * {@code standard_exponential}/{@code exponential}. Arguments are converted as NumPy converts
 * them: a number or a 0-d array is a scalar ({@code PyFloat_AsDouble}), a list, tuple or n-d array
 * an array parameter (any shape; broadcast in the engine).
 */
final class DistributionCalls {

    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private DistributionCalls() {
    }

    /** A sampler with no parameter, only a size ({@code cont} with {@code narg == 0}). */
    @FunctionalInterface
    interface Sampler0<E> {
        Variates sample(E engine, int[] size);
    }

    /** A sampler with three float parameters and a size. */
    @FunctionalInterface
    interface Sampler3<E> {
        Variates sample(E engine, Param a, Param b, Param c, int[] size);
    }

    /** A sampler with one float parameter and a size ({@code _common.pyx}'s {@code cont}/{@code disc} with one argument). */
    @FunctionalInterface
    interface Sampler1<E> {
        Variates sample(E engine, Param a, int[] size);
    }

    /** A sampler with three int64 parameters and a size ({@code hypergeometric}). */
    @FunctionalInterface
    interface Sampler3I<E> {
        Variates sample(E engine, IntParam a, IntParam b, IntParam c, int[] size);
    }

    /** A sampler with two float parameters and a size. */
    @FunctionalInterface
    interface Sampler2<E> {
        Variates sample(E engine, Param a, Param b, int[] size);
    }

    /**
     * The binding of a one-parameter sampler: the signature's first parameter (converted as NumPy
     * converts a float parameter) and {@code size}. The parameter's name is the signature's.
     */
    static <E> MethodTable.Binding<E> sampler1(Sampler1<E> f) {
        return (e, b) -> render(f.sample(e, param(b.at(0)), Py.shape(b.get("size"))));
    }

    /** The binding of a two-parameter sampler: the signature's first two parameters and {@code size}. */
    static <E> MethodTable.Binding<E> sampler2(Sampler2<E> f) {
        return (e, b) -> render(f.sample(e, param(b.at(0)), param(b.at(1)), Py.shape(b.get("size"))));
    }

    /** The binding of a sampler taking only {@code size}. */
    static <E> MethodTable.Binding<E> sampler0(Sampler0<E> f) {
        return (e, b) -> render(f.sample(e, Py.shape(b.get("size"))));
    }

    /** The binding of a three-parameter sampler: the signature's first three parameters and {@code size}. */
    static <E> MethodTable.Binding<E> sampler3(Sampler3<E> f) {
        return (e, b) -> render(f.sample(e, param(b.at(0)), param(b.at(1)), param(b.at(2)), Py.shape(b.get("size"))));
    }

    /** The binding of a sampler with three int64 parameters (read as binomial's {@code n} is): the signature's first three and {@code size}. */
    static <E> MethodTable.Binding<E> intSampler3(Sampler3I<E> f) {
        return (e, b) -> render(f.sample(e, ints(b.at(0), "an int64 parameter"), ints(b.at(1), "an int64 parameter"),
                ints(b.at(2), "an int64 parameter"), Py.shape(b.get("size"))));
    }

    static Value standardGamma(Generator g, Signature.Bound b) {
        DType dtype = Dtypes.floats(b.get("dtype"), "standard_gamma");
        int[] size = Outs.size(b, dtype);
        return render(g.standardGamma(param(b.get("shape")), size, dtype));
    }

    static Value binomial(Generator g, Signature.Bound b) {
        Param p = param(b.get("p"));
        return render(g.binomial(trials(b.get("n")), p, Py.shape(b.get("size"))));
    }

    static Value standardExponential(RandomState rs, Signature.Bound b) {
        int[] shape = Py.shape(b.get("size"));
        return ArrayValue.ofDoubles(shape == null ? new int[0] : shape, rs.standardExponential(shape));
    }

    static Value binomial(RandomState rs, Signature.Bound b) {
        Param p = param(b.get("p"));
        return render(rs.binomial(trials(b.get("n")), p, Py.shape(b.get("size"))));
    }

    /** A multivariate sampler's binding: alpha-like first argument, then a leading {@code size}. */
    @FunctionalInterface
    interface Multivariate<E> {
        Variates sample(E engine, double[] alpha, int[] size);
    }

    /**
     * {@code dirichlet(alpha, size)}: {@code len(alpha)} and {@code PyArray_FROMANY(alpha, double,
     * 1, 1)} (see {@link #vector}); then, after the engine's alpha check, {@code size} read as
     * {@code operator.index(size)} or {@code tuple(size)} (so a float size is "not iterable").
     */
    static <E> MethodTable.Binding<E> dirichlet(Multivariate<E> f) {
        return (e, b) -> {
            double[] alpha = vector(b.get("alpha"));
            Object size = b.get("size");
            if (size instanceof Double) {
                f.sample(e, alpha, new int[] {0}); // alpha's errors come first; an empty output draws nothing
                throw PythonError.typeError("'float' object is not iterable");
            }
            return render(f.sample(e, alpha, Py.shape(size)));
        };
    }

    /**
     * Generator's {@code multinomial(n, pvals, size)}: {@code n} as binomial's, {@code pvals} as a
     * float64 array of any shape. NumPy reads {@code size} after checking {@code pvals} (and, on
     * the vector path, {@code n}), so a size error is raised after those checks (which draw
     * nothing with no trials).
     */
    static Value multinomial(Generator g, Signature.Bound b) {
        IntParam n = ints(b.get("n"), "multinomial n");
        Object pv = b.get("pvals");
        Param p = param(pv);
        DType pDtype = pv instanceof ArrayValue a ? a.dtype() : null;
        boolean vector = !n.isScalar() || p.shape().length > 1;
        SizeRead size = SizeRead.of(b.get("size"), !vector);
        if (size.error() != null) {
            g.multinomial(IntParam.of(0), p, pDtype, null);
            if (vector) {
                for (long v : n.values()) {
                    if (v < 0) {
                        throw PythonError.valueError("n < 0");
                    }
                }
            }
            throw size.error();
        }
        return render(g.multinomial(n, p, pDtype, size.shape()));
    }

    /**
     * multinomial's {@code size}, read when the pvals checks are done: the output shape, or the error
     * to raise then. With {@code floatNotIterable} a float size is {@code tuple(size)}'s TypeError
     * (NumPy tries {@code operator.index(size)}, then {@code tuple(size)}).
     */
    private record SizeRead(int[] shape, PythonError error) {

        static SizeRead of(Object size, boolean floatNotIterable) {
            if (size instanceof Double && floatNotIterable) {
                return new SizeRead(null, PythonError.typeError("'float' object is not iterable"));
            }
            try {
                return new SizeRead(Py.shape(size), null);
            } catch (Py.SizeError e) {
                return new SizeRead(null, new PythonError(e.pythonType(), e.getMessage()));
            }
        }
    }

    /**
     * RandomState's {@code multinomial(long n, pvals, size)}: {@code n} converted to a C
     * {@code long} as the call binds, then {@code pvals} by
     * {@code PyArray_FROMANY(pvals, double, 0, 1)} and its checks, then the output shape from
     * {@code size} (its errors after those checks), then {@code n < 0}.
     */
    static Value multinomial(RandomState rs, Signature.Bound b) {
        long n = legacyLong(b.get("n"));
        Object pv = b.get("pvals");
        Param p = pv instanceof BigInteger || pv instanceof Double || pv instanceof Boolean || pv instanceof String
                || (pv instanceof ArrayValue a && a.isScalar()) ? param(pv) : new Param(vectorShape(pv), vector(pv));
        DType pDtype = pv instanceof ArrayValue a ? a.dtype() : null;
        SizeRead size = SizeRead.of(b.get("size"), true);
        if (size.error() != null) {
            rs.multinomial(0, p, pDtype, null); // pvals' own errors come first (no trials: no draws)
            throw size.error();
        }
        return render(rs.multinomial(n, p, pDtype, size.shape()));
    }

    private static int[] vectorShape(Object v) {
        return new int[] {v instanceof ArrayValue a ? a.shape()[0] : v instanceof Py.PyList l ? l.items().size()
                : ((Py.PyTuple) v).items().size()};
    }

    /** Cython's conversion of an object to a C {@code long} (no array conversion first). */
    private static long legacyLong(Object v) {
        if (v instanceof BigInteger || v instanceof Boolean || v instanceof ArrayValue a && a.isScalar() && !a.dtype().isFloat()) {
            BigInteger n = Py.toInt(v);
            if (n.compareTo(INT64_MIN) < 0 || n.compareTo(INT64_MAX) > 0) {
                throw PythonError.overflowError("Python int too large to convert to C long");
            }
            return n.longValueExact();
        }
        if (v instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PythonError.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PythonError.overflowError("cannot convert float infinity to integer");
            }
            if (!(d > -0x1p63 && d < 0x1p63)) {
                throw PythonError.overflowError("Python int too large to convert to C long");
            }
            return (long) (double) d;
        }
        if (v instanceof String || v instanceof Py.PyList || v instanceof Py.PyTuple) {
            throw PythonError.typeError("an integer is required");
        }
        throw new PythonError("UnsupportedArgument", "multinomial n of type " + Py.typeName(v)
                + " is not supported by the engine yet");
    }

    private static final String COLORS_ERROR = "colors must be a one-dimensional sequence of nonnegative integers not "
            + "exceeding 9223372036854775807.";

    /**
     * {@code multivariate_hypergeometric(colors, nsample, size, method)}: in NumPy's order the
     * method, {@code operator.index(nsample)} and its range, then {@code np.asarray(colors)}
     * (1-d, an integer dtype unless empty, values in [0, INT64_MAX]; a failed conversion counts as
     * invalid), then the engine's checks on the sum; size errors come last.
     */
    static Value multivariateHypergeometric(Generator g, Signature.Bound b) {
        Object method = b.get("method");
        if (!"count".equals(method) && !"marginals".equals(method)) {
            throw PythonError.valueError("method must be \"count\" or \"marginals\".");
        }
        BigInteger nsample;
        try {
            nsample = Py.index(b.get("nsample"));
        } catch (PythonError e) {
            if (!"TypeError".equals(e.pythonType())) {
                throw e;
            }
            throw PythonError.valueError("nsample must be an integer");
        }
        if (nsample.signum() < 0) {
            throw PythonError.valueError("nsample must be nonnegative.");
        }
        if (nsample.compareTo(INT64_MAX) > 0) {
            throw PythonError.valueError("nsample must not exceed 9223372036854775807");
        }
        long[] colors = colors(b.get("colors"));
        if (b.get("size") instanceof Double) { // np.isscalar(size): np.zeros((size, k)) refuses the float
            g.multivariateHypergeometric(colors, nsample.longValueExact(), new int[] {0}, (String) method); // no draws
            throw PythonError.typeError("'float' object cannot be interpreted as an integer");
        }
        return render(g.multivariateHypergeometric(colors, nsample.longValueExact(), Py.shape(b.get("size")),
                (String) method));
    }

    private static long[] colors(Object v) {
        ArrayValue a;
        try {
            a = ArrayConversion.fromObject(v);
        } catch (PythonError e) {
            if ("ValueError".equals(e.pythonType()) || "OverflowError".equals(e.pythonType())) {
                throw PythonError.valueError(COLORS_ERROR); // NumPy: a ragged or object array
            }
            throw e;
        }
        if (a.shape().length != 1 || (a.size() > 0 && !a.dtype().isInteger())) {
            throw PythonError.valueError(COLORS_ERROR);
        }
        long[] values = a.size() == 0 ? new long[0] : a.data().clone();
        for (long c : values) {
            if (c < 0) { // a negative int64, or a uint64 above INT64_MAX
                throw PythonError.valueError(COLORS_ERROR);
            }
        }
        return values;
    }

    /** {@code multivariate_normal}'s binding: mean and cov as arrays, the leading size, the options. */
    @FunctionalInterface
    interface MultivariateNormal<E> {
        Variates sample(E engine, Param mean, Param cov, int[] size, String checkValid, double tol, String method);
    }

    /**
     * {@code multivariate_normal(mean, cov, size, check_valid, tol[, *, method])}: on the
     * Generator {@code method not in {...}} first (Cython compares it with each name); then
     * {@code np.array(mean)}, {@code np.array(cov)} and their shape checks; then {@code size}: None,
     * an int, or a sequence {@code list(size[:])} ({@code size} of another type is "not
     * unsliceable"); a non-string {@code check_valid} compares unequal to every option.
     */
    static <E> MethodTable.Binding<E> multivariateNormal(MultivariateNormal<E> f, boolean hasMethod) {
        return (e, b) -> {
            String method = "svd";
            if (hasMethod) {
                Object m = b.get("method"); // Cython compares with each literal: no hashing
                method = m instanceof String s ? s : "";
                if (!method.equals("svd") && !method.equals("eigh") && !method.equals("cholesky")) {
                    throw PythonError.valueError("method must be one of {'eigh', 'svd', 'cholesky'}");
                }
            }
            Param mean = param(b.get("mean"));
            Param cov = param(b.get("cov"));
            MultivariateNormalCalls.dimension(mean, cov);
            Object size = b.get("size");
            int[] shape;
            if (Py.isNone(size)) {
                shape = null;
            } else if (size instanceof BigInteger || size instanceof Boolean
                    || (size instanceof ArrayValue a && a.isScalar() && !a.dtype().isFloat())) {
                shape = Py.shape(new Py.PyList(java.util.List.of(size)));
            } else if (size instanceof Py.PyList || size instanceof Py.PyTuple) {
                shape = Py.shape(size);
            } else if (size instanceof String str) {
                // A str slices too: list(size[:]) is its characters, each then read as an int.
                shape = Py.shape(new Py.PyList(str.codePoints().mapToObj(Character::toString).map(c -> (Object) c).toList()));
            } else {
                throw PythonError.typeError("'" + Py.typeName(size) + "' object is unsliceable");
            }
            Object cv = b.get("check_valid");
            String checkValid = cv instanceof String s ? s : null;
            double tol = Py.toDouble(b.get("tol"));
            return render(f.sample(e, mean, cov, shape, checkValid, tol, method));
        };
    }

    /** A 1-d float64 parameter read by {@code len(x)} and {@code PyArray_FROMANY(x, NPY_DOUBLE, 1, 1)}, with their errors. */
    static double[] vector(Object v) {
        if (v instanceof BigInteger || v instanceof Double || v instanceof Boolean) {
            throw PythonError.typeError("object of type '" + Py.typeName(v) + "' has no len()");
        }
        if (v instanceof String) {
            throw PythonError.valueError("object of too small depth for desired array");
        }
        if (v instanceof ArrayValue a) {
            if (a.isScalar()) {
                throw PythonError.typeError("len() of unsized object");
            }
            if (a.shape().length > 1) {
                throw PythonError.valueError("object too deep for desired array");
            }
        } else if (v instanceof Py.PyList || v instanceof Py.PyTuple) {
            for (Object item : v instanceof Py.PyList l ? l.items() : ((Py.PyTuple) v).items()) {
                if (isArray(item)) {
                    throw PythonError.valueError("setting an array element with a sequence. The requested array "
                            + "would exceed the maximum number of dimension of 1.");
                }
            }
        } else {
            throw new PythonError("UnsupportedArgument", "a vector parameter of type " + Py.typeName(v)
                    + " is not supported by the engine yet");
        }
        Param p = param(v);
        return p.values();
    }

    static Value render(Variates v) {
        return new ArrayValue(v.dtype(), v.isScalar() ? new int[0] : v.shape(), v.data());
    }

    private static boolean isArray(Object v) {
        return v instanceof Py.PyList || v instanceof Py.PyTuple || (v instanceof ArrayValue a && !a.isScalar());
    }

    /** A float parameter: {@code PyArray_FROM_OTF(x, NPY_DOUBLE)}, then {@code PyFloat_AsDouble} on the scalar path. */
    static Param param(Object v) {
        if (v instanceof String s) {
            throw stringParam(s);
        }
        if (v instanceof ObjectArray) { // PyArray_FROM_OTF(x, NPY_DOUBLE) of dtype('O') under 'safe' casting
            throw PythonError.typeError("Cannot cast array data from dtype('O') to dtype('float64') according to the rule 'safe'");
        }
        if (!isArray(v)) {
            return Param.of(Py.toDouble(ArrayConversion.intsAsFloats(v)));
        }
        ArrayValue a = ArrayConversion.astype(ArrayConversion.fromObject(ArrayConversion.intsAsFloats(v)), DType.FLOAT64);
        double[] values = new double[a.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.longBitsToDouble(a.data()[i]);
        }
        return new Param(a.shape(), values);
    }

    private static final java.util.regex.Pattern PYTHON_FLOAT = java.util.regex.Pattern.compile(
            "[+-]?(inf|infinity|nan|(\\d(_?\\d)*(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)(e[+-]?\\d(_?\\d)*)?)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A string parameter: the array conversion parses it as Python's {@code float()} does, and
     * what it cannot parse is a ValueError; what it can is refused next on the scalar path
     * ({@code PyFloat_AsDouble} takes no strings).
     */
    private static PythonError stringParam(String s) {
        if (PYTHON_FLOAT.matcher(s.strip()).matches()) {
            return PythonError.typeError("must be real number, not str");
        }
        if (!s.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '\'' && c != '\\')) {
            return new PythonError("UnsupportedArgument", "a string parameter with quotes, backslashes or non-ASCII "
                    + "characters is not supported by the engine yet");
        }
        return PythonError.valueError("could not convert string to float: '" + s + "'");
    }

    private static final java.util.regex.Pattern PYTHON_INT =
            java.util.regex.Pattern.compile("[+-]?\\d(_?\\d)*");

    /**
     * A string int64 parameter: the array conversion parses it as Python's {@code int()} does (what
     * it cannot parse is int()'s ValueError), and what it can is refused next by C's
     * {@code <int64_t>} on the scalar path.
     */
    private static PythonError intStringParam(String s) {
        if (PYTHON_INT.matcher(s.strip()).matches()) {
            return PythonError.typeError("an integer is required");
        }
        if (!s.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '\'' && c != '\\')) {
            return new PythonError("UnsupportedArgument", "a string parameter with quotes, backslashes or non-ASCII "
                    + "characters is not supported by the engine yet");
        }
        return PythonError.valueError("invalid literal for int() with base 10: '" + s + "'");
    }

    /**
     * binomial's {@code n}: {@code PyArray_FROM_OTF(n, NPY_INT64)} (an ndarray must cast safely:
     * a float array raises TypeError; Python lists of floats are truncated), then on the scalar
     * path C's {@code <int64_t>n} (Python floats truncate; beyond int64 OverflowError).
     */
    static IntParam trials(Object v) {
        return ints(v, "binomial n");
    }

    /** An int64 parameter read as {@link #trials} reads binomial's {@code n}; {@code what} names it in unsupported cases. */
    static IntParam ints(Object v, String what) {
        if (v instanceof ArrayValue a && (a.dtype().isFloat() || a.dtype() == DType.UINT64)) {
            throw PythonError.typeError("Cannot cast " + (a.isScalar() ? "scalar" : "array data") + " from dtype('"
                    + a.dtype().pythonName() + "') to dtype('int64') according to the rule 'safe'");
        }
        if (!isArray(v)) {
            if (v instanceof String s) {
                throw intStringParam(s);
            }
            if (!(v instanceof Double || v instanceof BigInteger || v instanceof Boolean || v instanceof ArrayValue)) {
                throw new PythonError("UnsupportedArgument", what + " of type " + Py.typeName(v)
                        + " is not supported by the engine yet");
            }
            BigInteger n = Py.toInt(v);
            if (n.compareTo(INT64_MIN) < 0 || n.compareTo(INT64_MAX) > 0) {
                throw PythonError.overflowError("Python int too large to convert to C long");
            }
            return IntParam.of(n.longValueExact());
        }
        ArrayValue a = ArrayConversion.fromObject(v);
        if (a.dtype().isFloat()) {
            for (int i = 0; i < a.size(); i++) {
                double d = Double.longBitsToDouble(a.data()[i]);
                if (!(d > -0x1p63 && d < 0x1p63)) {
                    throw new PythonError("UnsupportedArgument",
                            "a non-finite or out-of-range float in " + what + " is not supported by the engine yet");
                }
            }
        } else if (a.dtype() == DType.UINT64) {
            throw PythonError.overflowError("Python int too large to convert to C long");
        }
        ArrayValue n = ArrayConversion.astype(a, DType.INT64);
        return new IntParam(n.shape(), n.data());
    }
}
