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
import org.seedcompat.harness.value.NoneValue;
import org.seedcompat.harness.value.SeqValue;
import org.seedcompat.harness.value.Value;

/** {@code random.Random(seed)} on the engine ({@link PythonRandom}); int seeds only. */
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
            .method("seed(a=None)", (t, b) -> {
                t.random.seed(seed(b.get("a")));
                return NoneValue.INSTANCE;
            })
            .method("getstate()", (t, b) -> t.state())
            .method("setstate(state)", (t, b) -> {
                t.setState(b.get("state"));
                return NoneValue.INSTANCE;
            })
            .build();

    private final PythonRandom random;

    private PythonRandomTarget(PythonRandom random) {
        this.random = random;
    }

    public static EngineTarget random(Expr.Call setup) {
        return new PythonRandomTarget(PythonRandom.seeded(seed(Signature.parse("Random(x=None)").bind(setup).get("x"))));
    }

    private static BigInteger seed(Object x) {
        if (x instanceof BigInteger i) {
            return i;
        }
        if (x instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        throw new PythonError("UnsupportedArgument", "random.Random seeds other than ints (None, str, bytes, float) are not "
                + "supported by the engine");
    }

    @Override
    public Value call(CallLine line) {
        String name = Methods.methodName(line, TABLE.names(), NAME);
        return TABLE.call(this, name, line.call(), NAME);
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
