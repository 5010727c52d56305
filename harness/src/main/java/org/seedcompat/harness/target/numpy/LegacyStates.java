package org.seedcompat.harness.target.numpy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.LegacyState;
import org.seedcompat.engine.numpy.RandomState;
import org.seedcompat.engine.numpy.bitgen.BitGenerators;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.DictValue;
import org.seedcompat.harness.value.SeqValue;
import org.seedcompat.harness.value.StrValue;
import org.seedcompat.harness.value.Value;

/** {@code RandomState.get_state()} / {@code set_state()} state objects, in NumPy's tuple and dict forms. */
final class LegacyStates {

    private static final int N = 624;

    private LegacyStates() {
    }

    /**
     * {@code get_state(legacy)}: over MT19937 the tuple or dict below; over another bit generator
     * always the dict (NumPy warns and drops {@code legacy}): its own state plus the gaussian cache.
     */
    static Value render(RandomState rs, boolean legacy) {
        if (rs.bitGenerator() instanceof Mt19937) {
            return render(rs.getState(), legacy);
        }
        Map<String, Value> outer = RandomStateTarget.dict();
        outer.putAll(ModernValues.state(rs.bitGeneratorState()).items());
        outer.put("has_gauss", ArrayValue.scalarLong(DType.INT64, rs.hasGauss()));
        outer.put("gauss", ArrayValue.scalarDouble(rs.cachedGaussian()));
        return new DictValue(outer);
    }

    static Value render(LegacyState s, boolean legacy) {
        int[] key = s.key();
        long[] words = new long[key.length];
        for (int i = 0; i < key.length; i++) {
            words[i] = key[i] & 0xffffffffL;
        }
        Value keyArray = new ArrayValue(DType.UINT32, new int[] {key.length}, words);
        Value pos = ArrayValue.scalarLong(DType.INT64, s.pos());
        Value hasGauss = ArrayValue.scalarLong(DType.INT64, s.hasGauss());
        Value gauss = ArrayValue.scalarDouble(s.cachedGaussian());
        if (legacy) {
            return new SeqValue(true, List.of(new StrValue("MT19937"), keyArray, pos, hasGauss, gauss));
        }
        Map<String, Value> inner = RandomStateTarget.dict();
        inner.put("key", keyArray);
        inner.put("pos", pos);
        Map<String, Value> outer = RandomStateTarget.dict();
        outer.put("bit_generator", new StrValue("MT19937"));
        outer.put("state", new DictValue(inner));
        outer.put("has_gauss", hasGauss);
        outer.put("gauss", gauss);
        return new DictValue(outer);
    }

    /**
     * Applies a state object as {@code RandomState.set_state} does, with its checks in its order,
     * including what NumPy leaves behind when it fails part-way: the cached gaussian is set before
     * the key is validated, and a short key has its prefix written before the IndexError.
     */
    static void set(RandomState rs, Object state) {
        Object bitGenerator;
        Object inner;
        Object hasGauss = BigInteger.ZERO;
        Object gauss = 0.0;
        if (state instanceof Py.PyDict d) {
            if (d.get("bit_generator") == null || d.get("state") == null) {
                throw PythonError.valueError("state dictionary is not valid.");
            }
            bitGenerator = d.get("bit_generator");
            inner = d.get("state");
            if (d.get("has_gauss") != null) {
                hasGauss = d.get("has_gauss");
            }
            if (d.get("gauss") != null) {
                gauss = d.get("gauss");
            }
        } else if (state instanceof Py.PyTuple || state instanceof Py.PyList) {
            List<Object> items = state instanceof Py.PyTuple t ? t.items() : ((Py.PyList) state).items();
            if (items.isEmpty()) {
                throw new PythonError("IndexError", (state instanceof Py.PyTuple ? "tuple" : "list") + " index out of range");
            }
            if (!"MT19937".equals(items.get(0))) {
                throw PythonError.valueError("set_state can only be used with legacy MT19937 state instances.");
            }
            if (items.size() < 3) {
                throw new PythonError("IndexError", (state instanceof Py.PyTuple ? "tuple" : "list") + " index out of range");
            }
            bitGenerator = items.get(0);
            inner = new Py.PyDict(List.of("key", "pos"), List.of(items.get(1), items.get(2)));
            if (items.size() > 3) {
                if (items.size() < 5) {
                    throw new PythonError("IndexError", (state instanceof Py.PyTuple ? "tuple" : "list") + " index out of range");
                }
                hasGauss = items.get(3);
                gauss = items.get(4);
            }
        } else {
            throw PythonError.typeError("state must be a dict or a tuple.");
        }
        int has = Py.toInt(hasGauss).intValue();
        double g = Py.toDouble(gauss);
        if (!(rs.bitGenerator() instanceof Mt19937)) {
            // The cache is set first; then the bit generator's own setter refuses another kind's state
            // with its own message (a matching dict is not parsed by the engine yet).
            rs.setState(rs.bitGeneratorState(), has, g);
            if (bitGenerator instanceof String name && BitGenerators.names().contains(name)
                    && !name.equals(rs.bitGenerator().name())) {
                rs.bitGenerator().setState(BitGenerators.seeded(name, null).state());
            }
            throw new PythonError("UnsupportedArgument", "set_state on a RandomState over "
                    + rs.bitGenerator().name() + " is not supported by the engine yet");
        }
        LegacyState before = rs.getState();
        rs.setState(new LegacyState(before.key(), before.pos(), has, g));
        if (!"MT19937".equals(bitGenerator)) {
            throw PythonError.valueError("state must be for a MT19937 PRNG");
        }
        if (!(inner instanceof Py.PyDict innerDict)) {
            throw PythonError.typeError("state['state'] must be a dict");
        }
        Object keyObj = innerDict.get("key");
        Object posObj = innerDict.get("pos");
        if (keyObj == null || posObj == null) {
            throw new PythonError("KeyError", keyObj == null ? "'key'" : "'pos'");
        }
        // NumPy copies key[i] word by word; a failure keeps the words already written.
        int[] key = before.key();
        int n;
        PythonError shortKey = null;
        if (keyObj instanceof ArrayValue a) {
            n = Math.min(a.size(), N);
            for (int i = 0; i < n; i++) {
                key[i] = uint32(a.dtype().isFloat() ? Py.toInt(Py.elementAsDouble(a, i)) : BigInteger.valueOf(a.data()[i]),
                        rs, key, before.pos(), has, g);
            }
            if (n < N) {
                shortKey = new PythonError("IndexError", "index " + n + " is out of bounds for axis 0 with size " + n);
            }
        } else {
            List<Object> items = keyObj instanceof Py.PyList l ? l.items() : keyObj instanceof Py.PyTuple t ? t.items() : null;
            if (items == null) {
                throw PythonError.typeError("'" + Py.typeName(keyObj) + "' object is not subscriptable");
            }
            n = Math.min(items.size(), N);
            for (int i = 0; i < n; i++) {
                key[i] = uint32(Py.toInt(items.get(i)), rs, key, before.pos(), has, g);
            }
            if (n < N) {
                shortKey = new PythonError("IndexError", (keyObj instanceof Py.PyList ? "list" : "tuple") + " index out of range");
            }
        }
        if (shortKey != null) {
            rs.setState(new LegacyState(key, before.pos(), has, g));
            throw shortKey;
        }
        rs.setState(new LegacyState(key, Py.index(posObj).intValueExact(), has, g));
    }

    /** One key word as Cython converts it to uint32_t; on failure the words written so far stay. */
    private static int uint32(BigInteger v, RandomState rs, int[] keySoFar, int pos, int has, double g) {
        if (v.signum() < 0 || v.bitLength() > 32) {
            rs.setState(new LegacyState(keySoFar, pos, has, g));
            throw PythonError.overflowError(v.signum() < 0 ? "can't convert negative value to uint32_t"
                    : "value too large to convert to uint32_t");
        }
        return v.intValue();
    }

}
