package org.seedcompat.harness.target.numpy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.Generator;
import org.seedcompat.engine.numpy.RandomState;
import org.seedcompat.engine.numpy.bitgen.BitGeneratorState;
import org.seedcompat.engine.numpy.bitgen.BitGenerators;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.bitgen.NumpyBitGenerator;
import org.seedcompat.engine.numpy.bitgen.Pcg64;
import org.seedcompat.engine.numpy.bitgen.Pcg64Dxsm;
import org.seedcompat.engine.numpy.bitgen.Philox;
import org.seedcompat.engine.numpy.bitgen.SeedSequence;
import org.seedcompat.engine.numpy.bitgen.Sfc64;
import org.seedcompat.harness.cases.CaseValues;
import org.seedcompat.harness.cases.Evaluator;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.BigIntValue;
import org.seedcompat.harness.value.DictValue;
import org.seedcompat.harness.value.ObjectValue;
import org.seedcompat.harness.value.SeqValue;
import org.seedcompat.harness.value.StrValue;
import org.seedcompat.harness.value.Value;

/**
 * NumPy's modern API objects on the engine side: building SeedSequences and bit generators from
 * case-language arguments (also inside other arguments, as the reference allows), and rendering
 * them as the reference does ({@code {"type":"object","class":...}} with the state dict).
 */
final class ModernValues {

    private ModernValues() {
    }

    /** Lets argument expressions build {@code numpy.random.SeedSequence(...)} and bit generators. */
    static void registerConstructors(CaseValues.Registry registry) {
        registry.function("numpy.random.SeedSequence", call -> seedSequence(
                Signature.parse("SeedSequence(entropy=None, spawn_key=(), pool_size=4, n_children_spawned=0)").bind(call)));
        registry.function("numpy.random.RandomState", call -> {
            Object seed = Signature.parse("__init__(seed=None)").bind(call).get("seed");
            if (seed instanceof NumpyBitGenerator bg) {
                return new RandomState(bg);
            }
            RandomState rs = new RandomState(Mt19937.legacySeeded(0));
            LegacySeeds.apply(rs, seed);
            return rs;
        });
        for (String name : BitGenerators.names()) {
            String signature = name.equals(Philox.NAME) ? "__init__(seed=None, counter=None, key=None)" : "__init__(seed=None)";
            registry.function("numpy.random." + name, call -> bitGenerator(name, Signature.parse(signature).bind(call)));
        }
    }

    static SeedSequence seedSequence(Signature.Bound b) {
        Object entropy = b.get("entropy");
        return SeedSequence.of(Py.isNone(entropy) ? null : engineValue(entropy), longs(b.get("spawn_key")),
                Py.index(b.get("pool_size")).intValueExact(), Py.index(b.get("n_children_spawned")).longValueExact());
    }

    static NumpyBitGenerator bitGenerator(String name, Signature.Bound b) {
        Object seed = b.isNone("seed") ? null : engineValue(b.get("seed"));
        if (name.equals(Philox.NAME)) { // the one bit generator with more than a seed
            return Philox.create(seed, b.isNone("counter") ? null : engineValue(b.get("counter")),
                    b.isNone("key") ? null : engineValue(b.get("key")));
        }
        return BitGenerators.seeded(name, seed);
    }

    /** {@code default_rng(seed)}: a Generator passes through, a bit generator is wrapped, else PCG64(seed). */
    static Generator defaultRng(Object seed) {
        if (seed instanceof Generator g) {
            return g;
        }
        if (seed instanceof NumpyBitGenerator bg) {
            return new Generator(bg);
        }
        if (seed instanceof RandomState rs) { // NumPy 2: a Generator over the RandomState's own bit generator
            return new Generator(rs.bitGenerator());
        }
        return new Generator(Pcg64.seeded(Py.isNone(seed) ? null : engineValue(seed)));
    }

    /** A case-language value in the Python-like form the engine's seeding takes. */
    static Object engineValue(Object v) {
        if (Py.isNone(v)) {
            return null; // the engine's seeding names a None element as NumPy does
        }
        if (v instanceof Py.PyList l) {
            return engineList(l.items());
        }
        if (v instanceof Py.PyTuple t) {
            return engineList(t.items());
        }
        if (v instanceof ArrayValue a) {
            if (a.dtype() == DType.UINT32) {
                int[] words = new int[a.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = (int) a.data()[i];
                }
                return words;
            }
            if (a.isScalar()) {
                return a.dtype().isFloat() ? (Object) Py.toDouble(a) : Py.index(a);
            }
            if (a.dtype() == DType.INT64 && a.shape().length == 1) {
                return a.data().clone();  // an int64 array, kept as NumPy keeps it
            }
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                items.add(a.dtype().isFloat() ? (Object) Py.elementAsDouble(a, i)
                        : a.dtype() == DType.UINT64 ? new BigInteger(Long.toUnsignedString(a.data()[i])) : BigInteger.valueOf(a.data()[i]));
            }
            return items;
        }
        return v;
    }

    private static List<Object> engineList(List<Object> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(engineValue(item));
        }
        return out;
    }

    private static long[] longs(Object seq) {
        List<Object> items = seq instanceof Py.PyTuple t ? t.items() : seq instanceof Py.PyList l ? l.items() : List.of(seq);
        long[] out = new long[items.size()];
        for (int i = 0; i < out.length; i++) {
            BigInteger v = Py.index(items.get(i));
            if (v.signum() < 0) {
                throw PythonError.valueError("expected non-negative integer");
            }
            out[i] = v.longValue();
        }
        return out;
    }

    // ---------------------------------------------------------------- rendering

    static Value render(Object o) {
        if (o instanceof Generator g) {
            return new ObjectValue("Generator", Map.of("bit_generator", render(g.bitGenerator())));
        }
        if (o instanceof NumpyBitGenerator bg) {
            return new ObjectValue(bg.name(), Map.of("state", state(bg.state())));
        }
        if (o instanceof SeedSequence s) {
            Map<String, Value> fields = seedSequenceFields(s);
            return new ObjectValue("SeedSequence", fields);
        }
        if (o instanceof List<?> list) {
            List<Value> items = new ArrayList<>();
            for (Object item : list) {
                items.add(render(item));
            }
            return new SeqValue(false, items);
        }
        throw new IllegalArgumentException("cannot render " + o);
    }

    static Map<String, Value> seedSequenceFields(SeedSequence s) {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("entropy", entropy(s.entropy()));
        List<Value> key = new ArrayList<>();
        for (long k : s.spawnKey()) {
            key.add(pyInt(BigInteger.valueOf(k)));
        }
        fields.put("spawn_key", new SeqValue(true, key));
        fields.put("pool_size", pyInt(BigInteger.valueOf(s.poolSize())));
        fields.put("n_children_spawned", pyInt(BigInteger.valueOf(s.nChildrenSpawned())));
        return fields;
    }

    /** The entropy as NumPy keeps it: an int, or the (nested) list/tuple it was given. */
    static Value entropy(Object e) {
        if (e instanceof BigInteger b) {
            return pyInt(b);
        }
        if (e instanceof Long l) {
            return pyInt(BigInteger.valueOf(l));
        }
        if (e instanceof List<?> list) {
            List<Value> items = new ArrayList<>();
            for (Object item : list) {
                items.add(entropy(item));
            }
            return new SeqValue(false, items);
        }
        if (e instanceof String s) {
            return new StrValue(s);
        }
        if (e instanceof long[] longs) {
            return new ArrayValue(DType.INT64, new int[] {longs.length}, longs.clone());
        }
        if (e instanceof int[] words) {
            long[] data = new long[words.length];
            for (int i = 0; i < words.length; i++) {
                data[i] = words[i] & 0xffffffffL;
            }
            return new ArrayValue(DType.UINT32, new int[] {data.length}, data);
        }
        throw new IllegalArgumentException("unexpected entropy " + e);
    }

    /** A Python int: 0-d int64 when it fits, else the exact big int. */
    static Value pyInt(BigInteger v) {
        return BigIntValue.python(v);
    }

    /** A bit generator's {@code .state} dict, laid out as NumPy's. */
    static DictValue state(BitGeneratorState st) {
        Map<String, Value> outer = new LinkedHashMap<>();
        Map<String, Value> inner = new LinkedHashMap<>();
        outer.put("bit_generator", new StrValue(st.bitGenerator()));
        if (st instanceof Mt19937.State m) {
            long[] key = new long[m.key().length];
            for (int i = 0; i < key.length; i++) {
                key[i] = m.key()[i] & 0xffffffffL;
            }
            inner.put("key", new ArrayValue(DType.UINT32, new int[] {key.length}, key));
            inner.put("pos", pyInt(BigInteger.valueOf(m.pos())));
            outer.put("state", new DictValue(inner));
        } else if (st instanceof Pcg64.State p) {
            pcgState(outer, inner, p.state(), p.inc(), p.hasUint32(), p.uinteger());
        } else if (st instanceof Pcg64Dxsm.State p) {
            pcgState(outer, inner, p.state(), p.inc(), p.hasUint32(), p.uinteger());
        } else if (st instanceof Philox.State p) {
            inner.put("counter", uint64s(p.counter()));
            inner.put("key", uint64s(p.key()));
            outer.put("state", new DictValue(inner));
            outer.put("buffer", uint64s(p.buffer()));
            outer.put("buffer_pos", pyInt(BigInteger.valueOf(p.bufferPos())));
            outer.put("has_uint32", pyInt(BigInteger.valueOf(p.hasUint32())));
            outer.put("uinteger", pyInt(BigInteger.valueOf(p.uinteger())));
        } else if (st instanceof Sfc64.State s) {
            inner.put("state", uint64s(s.state()));
            outer.put("state", new DictValue(inner));
            outer.put("has_uint32", pyInt(BigInteger.valueOf(s.hasUint32())));
            outer.put("uinteger", pyInt(BigInteger.valueOf(s.uinteger())));
        } else {
            throw new IllegalArgumentException("unknown state " + st);
        }
        return new DictValue(outer);
    }

    private static void pcgState(Map<String, Value> outer, Map<String, Value> inner, BigInteger state, BigInteger inc,
            int hasUint32, long uinteger) {
        inner.put("state", pyInt(state));
        inner.put("inc", pyInt(inc));
        outer.put("state", new DictValue(inner));
        outer.put("has_uint32", pyInt(BigInteger.valueOf(hasUint32)));
        outer.put("uinteger", pyInt(BigInteger.valueOf(uinteger)));
    }

    private static ArrayValue uint64s(long[] words) {
        return new ArrayValue(DType.UINT64, new int[] {words.length}, words.clone());
    }
}
