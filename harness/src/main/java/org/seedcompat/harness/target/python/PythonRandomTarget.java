package org.seedcompat.harness.target.python;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.python.PythonRandom;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.target.EngineTarget;
import org.seedcompat.harness.target.MethodTable;
import org.seedcompat.harness.target.Methods;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.BigIntValue;
import org.seedcompat.harness.value.BytesValue;
import org.seedcompat.harness.value.StrValue;
import org.seedcompat.harness.value.NoneValue;
import org.seedcompat.harness.value.SeqValue;
import org.seedcompat.harness.value.Value;

/**
 * {@code random.Random(seed)} and the global {@code random.seed(seed)} form on the engine
 * ({@link PythonRandom}): seeds int, str (versions 1 and 2) and float.
 */
public final class PythonRandomTarget implements EngineTarget {

    private static final String NAME = "random.Random";
    /** A Python int CPython passes on as a C int: outside that range, its OverflowError (via the engine's check). */
    private static long cInt(java.math.BigInteger k) {
        return k.bitLength() > 63 ? (k.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : k.longValue();
    }

    /** {@code random.Random}'s methods, each declared once: CPython's signature and the engine call. */
    static final MethodTable<PythonRandomTarget> TABLE = MethodTable.<PythonRandomTarget>builder()
            .raw("random()", cMethod("random()", (t, b) -> ArrayValue.scalarDouble(t.random.random())))
            .raw("getrandbits(k)", cMethod("getrandbits(k)", (t, b) -> BigIntValue.python(t.random.getrandbits(cInt(Py.index(b.get("k")))))))
            .raw("seed(a=None, version=2)", pyMethod("seed(a=None, version=2)", (t, b) -> {
                seed(t.random, b.get("a"), b.get("version"));
                return NoneValue.INSTANCE;
            }))
            .raw("randbytes(n)", pyMethod("randbytes(n)", (t, b) -> new BytesValue(t.random.randbytes(cInt(byteCount(b.get("n")))))))
            .raw("randrange(start, stop=None, step=1)", pyMethod("randrange(start, stop=None, step=1)", (t, b) -> {
                BigInteger start = rangeArg(b.get("start"), "arg 1");
                Object step = b.get("step");
                // random.py tests `step is not _ONE`: CPython's cached small int 1 is that object, 1.0 or True are not
                boolean defaultStep = step == null || (step instanceof BigInteger i && i.equals(BigInteger.ONE));
                if (b.isNone("stop")) {
                    return BigIntValue.python(t.random.randrange(start, null, defaultStep ? null : BigInteger.ONE));
                }
                BigInteger stop = rangeArg(b.get("stop"), "stop");
                return BigIntValue.python(t.random.randrange(start, stop, defaultStep ? null : rangeArg(step, "step")));
            }))
            .raw("randint(a, b)", pyMethod("randint(a, b)", (t, b) -> BigIntValue.python(t.random.randrange( // random.py: randrange(a, b + 1)
                    rangeArg(b.get("a"), "arg 1"), rangeArg(b.get("b"), "stop", BigInteger.ONE), null))))
            .raw("choice(seq)", pyMethod("choice(seq)", (t, b) -> {
                List<Object> items = sequence(b.get("seq"));
                return item(items.get(t.random.choiceIndex(items.size())));
            }))
            .raw("shuffle(x)", pyMethod("shuffle(x)", (t, b) -> {
                if (!(b.get("x") instanceof Py.PyList list)) {
                    throw new PythonError("UnsupportedArgument", "the engine shuffles Python lists only");
                }
                List<Object> items = new ArrayList<>(list.items());
                t.random.shuffle(items);
                List<Value> out = new ArrayList<>(items.size());
                for (Object o : items) {
                    out.add(item(o));
                }
                return new SeqValue(false, out);
            }))
            .raw("sample(population, k, *, counts=None)", pyMethod("sample(population, k, *, counts=None)", (t, b) -> {
                List<Object> pop = sequence(b.get("population"));
                int k = Py.index(b.get("k")).intValueExact();
                List<Value> out = new ArrayList<>();
                if (b.isNone("counts")) {
                    for (long i : t.random.sampleIndices(pop.size(), k)) {
                        out.add(item(pop.get((int) i)));
                    }
                    return new SeqValue(false, out);
                }
                List<Object> counts = sequence(b.get("counts"));
                if (counts.size() != pop.size()) {
                    throw PythonError.valueError("The number of counts does not match the population");
                }
                long[] cum = new long[counts.size()];
                long total = 0;
                for (int i = 0; i < cum.length; i++) {
                    if (!(counts.get(i) instanceof BigInteger c)) {
                        throw new PythonError("UnsupportedArgument", "counts other than ints are not supported by the engine");
                    }
                    total = Math.addExact(total, c.longValueExact());
                    cum[i] = total;
                }
                if (total <= 0) {
                    throw PythonError.valueError("Total of counts must be greater than zero");
                }
                for (long s : t.random.sampleIndices(total, k)) {
                    int lo = 0;
                    int hi = cum.length - 1; // bisect_right over cum_counts without its popped total
                    while (lo < hi) {
                        int mid = (lo + hi) >>> 1;
                        if (s < cum[mid]) {
                            hi = mid;
                        } else {
                            lo = mid + 1;
                        }
                    }
                    out.add(item(pop.get(lo)));
                }
                return new SeqValue(false, out);
            }))
            .raw("choices(population, weights=None, *, cum_weights=None, k=1)", pyMethod(
                    "choices(population, weights=None, *, cum_weights=None, k=1)", (t, b) -> {
                List<Object> pop = sequence(b.get("population"));
                int k = Py.index(b.get("k")).intValueExact();
                int[] idx;
                if (b.isNone("cum_weights") && b.isNone("weights")) {
                    idx = t.random.choicesIndices(pop.size(), k);
                } else {
                    if (!b.isNone("cum_weights") && !b.isNone("weights")) {
                        throw PythonError.typeError("Cannot specify both weights and cumulative weights");
                    }
                    boolean cumulative = !b.isNone("cum_weights");
                    if (!cumulative && b.get("weights") instanceof BigInteger n) { // accumulate(int) fails: random.py's hint
                        throw PythonError.typeError("The number of choices must be a keyword argument: k=" + n);
                    }
                    List<Object> w = sequence(b.get(cumulative ? "cum_weights" : "weights"));
                    if (w.size() != pop.size()) {
                        throw PythonError.valueError("The number of weights does not match the population");
                    }
                    if (w.isEmpty()) {
                        throw new PythonError("IndexError", "list index out of range");
                    }
                    double[] cum = new double[w.size()];
                    double sum = 0;
                    for (int i = 0; i < cum.length; i++) {
                        double v = real(w.get(i));
                        sum = cumulative ? v : sum + v;
                        cum[i] = sum;
                    }
                    idx = t.random.choicesIndices(cum, k);
                }
                List<Value> out = new ArrayList<>();
                for (int i : idx) {
                    if (i >= pop.size()) { // floor(random() * 0): population[0] of an empty sequence
                        Object p = b.get("population");
                        throw new PythonError("IndexError", (p instanceof String ? "string" : p instanceof Py.PyTuple ? "tuple" : "list")
                                + " index out of range");
                    }
                    out.add(item(pop.get(i)));
                }
                return new SeqValue(false, out);
            }))
            .raw("uniform(a, b)", pyMethod("uniform(a, b)", (t, b) -> ArrayValue.scalarDouble(t.random.uniform(real(b.get("a")), real(b.get("b"))))))
            .raw("triangular(low=0.0, high=1.0, mode=None)", pyMethod("triangular(low=0.0, high=1.0, mode=None)", (t, b) -> {
                double low = real(b.get("low"));
                double high = real(b.get("high"));
                double v = t.random.triangular(low, high, b.isNone("mode") ? null : real(b.get("mode")));
                // its ZeroDivisionError path returns `low` itself, an int stays an int
                return !b.isNone("mode") && high - low == 0.0 && b.get("low") != null ? item(b.get("low")) : ArrayValue.scalarDouble(v);
            }))
            .raw("gauss(mu=0.0, sigma=1.0)", pyMethod("gauss(mu=0.0, sigma=1.0)", (t, b) -> ArrayValue.scalarDouble(t.random.gauss(real(b.get("mu")), real(b.get("sigma"))))))
            .raw("normalvariate(mu=0.0, sigma=1.0)", pyMethod("normalvariate(mu=0.0, sigma=1.0)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.normalvariate(real(b.get("mu")), real(b.get("sigma"))))))
            .raw("lognormvariate(mu, sigma)", pyMethod("lognormvariate(mu, sigma)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.lognormvariate(real(b.get("mu")), real(b.get("sigma"))))))
            .raw("expovariate(lambd)", pyMethod("expovariate(lambd)", (t, b) -> ArrayValue.scalarDouble(t.random.expovariate(real(b.get("lambd"))))))
            .raw("vonmisesvariate(mu, kappa)", pyMethod("vonmisesvariate(mu, kappa)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.vonmisesvariate(real(b.get("mu")), real(b.get("kappa"))))))
            .raw("gammavariate(alpha, beta)", pyMethod("gammavariate(alpha, beta)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.gammavariate(real(b.get("alpha")), real(b.get("beta"))))))
            .raw("betavariate(alpha, beta)", pyMethod("betavariate(alpha, beta)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.betavariate(real(b.get("alpha")), real(b.get("beta"))))))
            .raw("paretovariate(alpha)", pyMethod("paretovariate(alpha)", (t, b) -> ArrayValue.scalarDouble(t.random.paretovariate(real(b.get("alpha"))))))
            .raw("weibullvariate(alpha, beta)", pyMethod("weibullvariate(alpha, beta)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.weibullvariate(real(b.get("alpha")), real(b.get("beta"))))))
            .raw("getstate()", pyMethod("getstate()", (t, b) -> t.state()))
            .raw("setstate(state)", pyMethod("setstate(state)", (t, b) -> {
                t.setState(b.get("state"));
                return NoneValue.INSTANCE;
            }))
            .build();

    private final PythonRandom random;

    /**
     * A method random.py defines: bound with CPython's wording for a Python function, which
     * counts {@code self} among the positional arguments ("Random.gauss() takes from 1 to 3
     * positional arguments but 4 were given").
     */
    private static MethodTable.RawBinding<PythonRandomTarget> pyMethod(String signature,
            MethodTable.Binding<PythonRandomTarget> binding) {
        Signature sig = Signature.python("Random." + signature);
        return (t, call) -> {
            Signature.Bound b;
            try {
                b = sig.bind(call);
            } catch (PythonError e) {
                throw withSelf(e);
            }
            return binding.call(t, b);
        };
    }

    private static final java.util.regex.Pattern TAKES = java.util.regex.Pattern.compile(
            "(.*\\(\\) takes )(?:from (\\d+) to )?(\\d+) positional arguments? but (\\d+) (?:was|were) given");

    private static PythonError withSelf(PythonError e) {
        java.util.regex.Matcher m = TAKES.matcher(e.getMessage());
        if (!m.matches()) {
            return e;
        }
        int high = Integer.parseInt(m.group(3)) + 1;
        int given = Integer.parseInt(m.group(4)) + 1;
        String takes = m.group(2) == null ? Integer.toString(high) : "from " + (Integer.parseInt(m.group(2)) + 1) + " to " + high;
        boolean plural = m.group(2) != null || high != 1;
        return PythonError.typeError(m.group(1) + takes + " positional argument" + (plural ? "s" : "") + " but " + given
                + (given == 1 ? " was" : " were") + " given");
    }

    /**
     * A method of the C type {@code _random.Random} ({@code random}, {@code getrandbits}): METH_NOARGS
     * and METH_O's wording, "Random.random() takes no arguments (1 given)".
     */
    private static MethodTable.RawBinding<PythonRandomTarget> cMethod(String signature,
            MethodTable.Binding<PythonRandomTarget> binding) {
        Signature sig = Signature.parse(signature);
        String name = "Random." + signature.substring(0, signature.indexOf('('));
        boolean noArgs = signature.endsWith("()");
        return (t, call) -> {
            int given = call.args().size() + call.kwargs().size();
            if (!call.kwargs().isEmpty()) {
                throw PythonError.typeError(name + "() takes no keyword arguments");
            }
            if (noArgs && given != 0) {
                throw PythonError.typeError(name + "() takes no arguments (" + given + " given)");
            }
            if (!noArgs && given != 1) {
                throw PythonError.typeError(name + "() takes exactly one argument (" + given + " given)");
            }
            return binding.call(t, sig.bind(call));
        };
    }

    /** 2**53: ints up to it convert to float exactly, so int arithmetic and float arithmetic agree. */
    private static final BigInteger EXACT = BigInteger.ONE.shiftLeft(53);

    /** A float parameter: floats as they are, ints (and bools) up to 2**53 in magnitude. */
    private static double real(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Boolean || o instanceof BigInteger) {
            BigInteger i = Py.index(o);
            if (i.abs().compareTo(EXACT) > 0) {
                throw new PythonError("UnsupportedArgument", "an int parameter beyond 2**53 (Python's int arithmetic, "
                        + "not float arithmetic) is not supported by the engine");
            }
            return i.doubleValue();
        }
        throw new PythonError("UnsupportedArgument", "a parameter of type '" + Py.typeName(o)
                + "' is not supported by the engine (Python's error depends on the operator it first meets)");
    }

    /** randbytes's {@code n * 8} as {@code getrandbits} receives it, in whole bytes. */
    private static BigInteger byteCount(Object n) {
        if (n instanceof BigInteger || n instanceof Boolean) {
            return Py.index(n);
        }
        if (n instanceof Double || n instanceof String || n instanceof Py.PyList || n instanceof Py.PyTuple) {
            throw PythonError.typeError("'" + Py.typeName(n) + "' object cannot be interpreted as an integer");
        }
        throw PythonError.typeError("unsupported operand type(s) for *: '" + Py.typeName(n) + "' and 'int'");
    }

    private static BigInteger rangeArg(Object o, String which) {
        return rangeArg(o, which, BigInteger.ZERO);
    }

    /**
     * CPython 3.11's randrange argument: {@code operator.index}, else {@code int(x)} with a
     * DeprecationWarning when it is integral and "non-integer {which} for randrange()" when not;
     * {@code plus} is what randint adds to its {@code b} before that (float arithmetic for a float).
     */
    private static BigInteger rangeArg(Object o, String which, BigInteger plus) {
        if (o instanceof BigInteger || o instanceof Boolean) {
            return Py.index(o).add(plus);
        }
        if (o instanceof Double d) {
            double v = d + plus.doubleValue();
            BigInteger i = Py.toInt(v);
            if (new java.math.BigDecimal(v).compareTo(new java.math.BigDecimal(i)) != 0) {
                throw PythonError.valueError("non-integer " + which + " for randrange()");
            }
            return i;
        }
        if (o instanceof String str && plus.signum() == 0 && str.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '\'' && c != '\\')) {
            // int(str): a valid literal is still != the str, so it is "non-integer"; otherwise int()'s own ValueError
            if (str.strip().matches("[+-]?[0-9]+(_[0-9]+)*")) {
                throw PythonError.valueError("non-integer " + which + " for randrange()");
            }
            throw PythonError.valueError("invalid literal for int() with base 10: '" + str + "'");
        }
        throw new PythonError("UnsupportedArgument", "a randrange argument of type '" + Py.typeName(o)
                + "' is not supported by the engine");
    }

    private static List<Object> sequence(Object o) {
        if (o instanceof Py.PyList l) {
            return l.items();
        }
        if (o instanceof Py.PyTuple t) {
            return t.items();
        }
        if (o instanceof String s) {
            List<Object> chars = new ArrayList<>();
            s.codePoints().forEach(c -> chars.add(new String(Character.toChars(c))));
            return chars;
        }
        throw new PythonError("UnsupportedArgument", "choice over a '" + Py.typeName(o) + "' is not supported by the engine");
    }

    /** A list item as Python holds it. */
    private static Value item(Object o) {
        if (o instanceof BigInteger v) {
            return BigIntValue.python(v);
        }
        if (o instanceof Double d) {
            return ArrayValue.scalarDouble(d);
        }
        if (o instanceof String str) {
            return new StrValue(str);
        }
        if (o instanceof Py.PyList || o instanceof Py.PyTuple) {
            List<Value> items = new ArrayList<>();
            for (Object e : sequence(o)) {
                items.add(item(e));
            }
            return new SeqValue(o instanceof Py.PyTuple, items);
        }
        if (Py.isNone(o)) {
            return NoneValue.INSTANCE;
        }
        throw new PythonError("UnsupportedArgument", "a list item of type '" + Py.typeName(o) + "' is not supported by the engine");
    }

    /** How errors name the target: {@code random.Random} or {@code random (global)}. */
    private final String name;

    private PythonRandomTarget(PythonRandom random, String name) {
        this.random = random;
        this.name = name;
    }

    /**
     * {@code random.seed(a, version=2)}: the module's hidden instance, freshly seeded (all of its
     * state, {@code gauss_next} included); calls are then the module's functions.
     */
    public static EngineTarget global(Expr.Call setup, EngineOptions options) {
        PythonRandom r = PythonRandom.seeded(BigInteger.ZERO).withLibm(Libm.of(options.mathVariant()));
        Signature.Bound b = Signature.parse("seed(a=None, version=2)").bind(setup);
        seed(r, b.get("a"), b.get("version"));
        return new PythonRandomTarget(r, "random (global)");
    }

    public static EngineTarget random(Expr.Call setup, EngineOptions options) {
        PythonRandom r = PythonRandom.seeded(BigInteger.ZERO).withLibm(Libm.of(options.mathVariant()));
        seed(r, Signature.parse("Random(x=None)").bind(setup).get("x"), null);
        return new PythonRandomTarget(r, NAME);
    }

    /**
     * {@code Random.seed(a, version)} (random.py, then {@code _random}'s C seed): ints by their
     * absolute value, str (and version 1's old hash) through the engine, floats by their hash;
     * other types CPython's TypeError; None (OS entropy) refused as not reproducible.
     */
    private static void seed(PythonRandom r, Object a, Object versionArg) {
        BigInteger version = versionArg == null ? BigInteger.TWO : Py.index(versionArg);
        if (a instanceof BigInteger || a instanceof Boolean) {
            r.seed(Py.index(a));
        } else if (a instanceof String s) {
            if (version.equals(BigInteger.ONE) || version.equals(BigInteger.TWO)) {
                r.seed(s, version.intValue());
            } else {
                throw new PythonError("UnsupportedArgument", "a str seed with version " + version
                        + " goes through Python's randomised str hash (PYTHONHASHSEED): not reproducible");
            }
        } else if (a instanceof Double d) {
            r.seed(d.doubleValue());
        } else if (Py.isNone(a)) {
            throw new PythonError("UnsupportedArgument", "seed None draws from the OS's entropy: not reproducible");
        } else if (a instanceof Py.PyList || a instanceof Py.PyTuple || a instanceof Py.PyDict) {
            throw PythonError.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        } else {
            throw new PythonError("UnsupportedArgument", "a seed of type '" + Py.typeName(a) + "' is not supported by the engine");
        }
    }

    @Override
    public Value call(CallLine line) {
        String method = Methods.methodName(line, TABLE.names(), name);
        return TABLE.call(this, method, line.call(), name);
    }

    private SeqValue state() {
        List<Value> internal = new ArrayList<>(625);
        for (int w : random.key()) {
            internal.add(BigIntValue.python(BigInteger.valueOf(w & 0xFFFFFFFFL)));
        }
        internal.add(BigIntValue.python(BigInteger.valueOf(random.pos())));
        Double gauss = random.gaussNext();
        return new SeqValue(true, List.of(BigIntValue.python(BigInteger.valueOf(3)), new SeqValue(true, internal),
                gauss == null ? NoneValue.INSTANCE : ArrayValue.scalarDouble(gauss)));
    }

    /** {@code Random.setstate(state)}: version 3, or version 2's old layout (every element taken mod 2**32). */
    private void setState(Object state) {
        if (!(state instanceof Py.PyTuple t)) {
            throw new PythonError("UnsupportedArgument", "setstate takes a (version, internal, gauss_next) tuple in the engine");
        }
        if (t.items().isEmpty()) {
            throw new PythonError("IndexError", "tuple index out of range");
        }
        BigInteger version = t.items().get(0) instanceof BigInteger v ? v : null;
        boolean v2 = BigInteger.TWO.equals(version);
        if (version != null && !version.equals(BigInteger.valueOf(3)) && !v2) {
            throw PythonError.valueError("state with version " + version + " passed to Random.setstate() of version 3");
        }
        if (version == null) {
            throw new PythonError("UnsupportedArgument", "setstate with a version other than 3 or 2 in the engine");
        }
        if (t.items().size() != 3) {
            throw PythonError.valueError(t.items().size() < 3 ? "not enough values to unpack (expected 3, got " + t.items().size() + ")"
                    : "too many values to unpack (expected 3)");
        }
        if (!(t.items().get(1) instanceof Py.PyTuple internal)) {
            throw PythonError.typeError("state vector must be a tuple");
        }
        if (internal.items().size() != 625) {
            throw PythonError.valueError("state vector is the wrong size");
        }
        int[] key = new int[624];
        for (int i = 0; i < 624; i++) {
            BigInteger w = Py.toInt(internal.items().get(i));
            key[i] = (v2 ? w.mod(BigInteger.ONE.shiftLeft(32)) : w).intValue();
        }
        Object gauss = t.items().get(2);
        BigInteger pos = Py.toInt(internal.items().get(624));
        random.setState(key, (v2 ? pos.mod(BigInteger.ONE.shiftLeft(32)) : pos).longValueExact(),
                Py.isNone(gauss) ? null : Py.toDouble(gauss));
    }
}
