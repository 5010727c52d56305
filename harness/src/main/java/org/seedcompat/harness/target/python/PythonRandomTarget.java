package org.seedcompat.harness.target.python;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.python.PythonRandom;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
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
            .method("random()", (t, b) -> ArrayValue.scalarDouble(t.random.random()))
            .method("getrandbits(k)", (t, b) -> BigIntValue.python(t.random.getrandbits(cInt(Py.index(b.get("k"))))))
            .method("seed(a=None, version=2)", (t, b) -> {
                seed(t.random, b.get("a"), b.get("version"));
                return NoneValue.INSTANCE;
            })
            .method("randbytes(n)", (t, b) -> new BytesValue(t.random.randbytes(cInt(Py.index(b.get("n"))))))
            .method("randrange(start, stop=None, step=1)", (t, b) -> {
                BigInteger start = rangeArg(b.get("start"), "arg 1");
                Object step = b.get("step");
                // random.py tests `step is not _ONE`: CPython's cached small int 1 is that object, 1.0 or True are not
                boolean defaultStep = step == null || (step instanceof BigInteger i && i.equals(BigInteger.ONE));
                if (b.isNone("stop")) {
                    return BigIntValue.python(t.random.randrange(start, null, defaultStep ? null : BigInteger.ONE));
                }
                BigInteger stop = rangeArg(b.get("stop"), "stop");
                return BigIntValue.python(t.random.randrange(start, stop, defaultStep ? null : rangeArg(step, "step")));
            })
            .method("randint(a, b)", (t, b) -> BigIntValue.python(t.random.randrange( // random.py: randrange(a, b + 1)
                    rangeArg(b.get("a"), "arg 1"), rangeArg(b.get("b"), "stop", BigInteger.ONE), null)))
            .method("choice(seq)", (t, b) -> {
                List<Object> items = sequence(b.get("seq"));
                return item(items.get(t.random.choiceIndex(items.size())));
            })
            .method("shuffle(x)", (t, b) -> {
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
            })
            .method("uniform(a, b)", (t, b) -> ArrayValue.scalarDouble(t.random.uniform(real(b.get("a")), real(b.get("b")))))
            .method("triangular(low=0.0, high=1.0, mode=None)", (t, b) -> {
                double low = real(b.get("low"));
                double high = real(b.get("high"));
                double v = t.random.triangular(low, high, b.isNone("mode") ? null : real(b.get("mode")));
                // its ZeroDivisionError path returns `low` itself, an int stays an int
                return !b.isNone("mode") && high - low == 0.0 && b.get("low") != null ? item(b.get("low")) : ArrayValue.scalarDouble(v);
            })
            .method("gauss(mu=0.0, sigma=1.0)", (t, b) -> ArrayValue.scalarDouble(t.random.gauss(real(b.get("mu")), real(b.get("sigma")))))
            .method("normalvariate(mu=0.0, sigma=1.0)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.normalvariate(real(b.get("mu")), real(b.get("sigma")))))
            .method("lognormvariate(mu, sigma)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.lognormvariate(real(b.get("mu")), real(b.get("sigma")))))
            .method("expovariate(lambd)", (t, b) -> ArrayValue.scalarDouble(t.random.expovariate(real(b.get("lambd")))))
            .method("vonmisesvariate(mu, kappa)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.vonmisesvariate(real(b.get("mu")), real(b.get("kappa")))))
            .method("gammavariate(alpha, beta)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.gammavariate(real(b.get("alpha")), real(b.get("beta")))))
            .method("betavariate(alpha, beta)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.betavariate(real(b.get("alpha")), real(b.get("beta")))))
            .method("paretovariate(alpha)", (t, b) -> ArrayValue.scalarDouble(t.random.paretovariate(real(b.get("alpha")))))
            .method("weibullvariate(alpha, beta)", (t, b) -> ArrayValue.scalarDouble(
                    t.random.weibullvariate(real(b.get("alpha")), real(b.get("beta")))))
            .method("getstate()", (t, b) -> t.state())
            .method("setstate(state)", (t, b) -> {
                t.setState(b.get("state"));
                return NoneValue.INSTANCE;
            })
            .build();

    private final PythonRandom random;

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
    public static EngineTarget global(Expr.Call setup) {
        PythonRandom r = PythonRandom.seeded(BigInteger.ZERO);
        Signature.Bound b = Signature.parse("seed(a=None, version=2)").bind(setup);
        seed(r, b.get("a"), b.get("version"));
        return new PythonRandomTarget(r, "random (global)");
    }

    public static EngineTarget random(Expr.Call setup) {
        PythonRandom r = PythonRandom.seeded(BigInteger.ZERO);
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

    private void setState(Object state) {
        if (!(state instanceof Py.PyTuple t) || t.items().size() != 3) {
            throw new PythonError("UnsupportedArgument", "setstate takes a (3, internal, gauss_next) tuple in the engine");
        }
        BigInteger version = Py.toInt(t.items().get(0));
        if (!version.equals(BigInteger.valueOf(3))) {
            throw PythonError.valueError("state with version " + version + " passed to Random.setstate() of version 3");
        }
        if (!(t.items().get(1) instanceof Py.PyTuple internal)) {
            throw PythonError.typeError("state vector must be a tuple");
        }
        if (internal.items().size() != 625) {
            throw PythonError.valueError("state vector is the wrong size");
        }
        int[] key = new int[624];
        for (int i = 0; i < 624; i++) {
            key[i] = Py.toInt(internal.items().get(i)).intValue();
        }
        Object gauss = t.items().get(2);
        random.setState(key, Py.toInt(internal.items().get(624)).longValueExact(),
                Py.isNone(gauss) ? null : Py.toDouble(gauss));
    }
}
