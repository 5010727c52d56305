package org.seedcompat.harness.target.numpy;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.Generator;
import org.seedcompat.engine.numpy.bitgen.NumpyBitGenerator;
import org.seedcompat.engine.numpy.bitgen.SeedSequence;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.target.EngineTarget;
import org.seedcompat.harness.target.MethodTable;
import org.seedcompat.harness.target.Methods;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.DictValue;
import org.seedcompat.harness.value.NoneValue;
import org.seedcompat.harness.value.Value;

/**
 * NumPy's modern API on the engine: a {@code Generator} ({@code default_rng(...)},
 * {@code Generator(<bit generator>)}), a bare bit generator ({@code PCG64(7)} and the others) or a
 * {@code SeedSequence}, with attribute paths such as {@code bit_generator.state}.
 */
public final class GeneratorTarget implements EngineTarget {

    private final Object root;
    private final Members members;
    private final String name;

    private GeneratorTarget(Object root, Members members, String name) {
        this.root = root;
        this.members = members;
        this.name = name;
    }

    public static EngineTarget defaultRng(Expr.Call setup, EngineOptions options) {
        Object seed = Signature.parse("default_rng(seed=None)").bind(setup).get("seed");
        return generator(ModernValues.defaultRng(seed).bitGenerator(), options);
    }

    public static EngineTarget generator(Expr.Call setup, EngineOptions options) {
        Object bg = Signature.parse("__init__(bit_generator)").bind(setup).get("bit_generator");
        if (!(bg instanceof NumpyBitGenerator b)) {
            throw new PythonError("AttributeError", "'" + Py.typeName(bg)
                    + "' object has no attribute 'capsule'");
        }
        return generator(b, options);
    }

    private static EngineTarget generator(BitGenerator b, EngineOptions options) {
        Generator g = new Generator(b, Libm.of(options.mathVariant()));
        return new GeneratorTarget(g, Members.GENERATOR, "numpy.random.Generator");
    }

    /** {@code numpy.random.<BitGenerator>(...)} as a setup. */
    public static EngineTarget bitGenerator(Expr.Call setup) {
        String cls = setup.simpleName();
        String signature = cls.equals("Philox") ? "__init__(seed=None, counter=None, key=None)" : "__init__(seed=None)";
        NumpyBitGenerator bg = ModernValues.bitGenerator(cls, Signature.parse(signature).bind(setup));
        return new GeneratorTarget(bg, Members.BIT_GENERATOR, "numpy.random." + cls);
    }

    public static EngineTarget seedSequence(Expr.Call setup) {
        SeedSequence s = ModernValues.seedSequence(Signature.parse(
                "SeedSequence(entropy=None, spawn_key=(), pool_size=4, n_children_spawned=0)").bind(setup));
        return new GeneratorTarget(s, Members.SEED_SEQUENCE, "numpy.random.SeedSequence");
    }

    @Override
    public Value call(CallLine line) {
        members.check(line, name);
        Object obj = root;
        List<String> path = line.path();
        for (String step : path.subList(0, path.size() - 1)) {
            obj = attribute(obj, step);
        }
        String last = path.get(path.size() - 1);
        if (!line.called()) {
            Object value = attribute(obj, last);
            return value instanceof Value v ? v : ModernValues.render(value);
        }
        if (obj instanceof Generator g) {
            return generatorCall(g, last, line.call());
        }
        if (obj instanceof NoneValue) {
            throw new PythonError("AttributeError", "'NoneType' object has no attribute '" + last + "'");
        }
        if (obj instanceof NumpyBitGenerator bg) {
            return BIT_GENERATOR.call(bg, last, line.call(), name);
        }
        return SEED_SEQUENCE.call((SeedSequence) obj, last, line.call(), name);
    }

    private Value generatorCall(Generator g, String method, Expr.Call call) {
        NumpyBitGenerator bg = g.bitGenerator() instanceof NumpyBitGenerator b ? b : null;
        return Methods.sizeErrorLast(() -> GeneratorCalls.TABLE.call(g, method, call, name),
                () -> bg == null ? null : bg.state(), bg == null ? s -> { } : bg::setState);
    }

    /** An attribute: another object (a path may go on), or a rendered value. */
    private static Object attribute(Object obj, String name) {
        if (obj instanceof Generator g && name.equals("bit_generator")) {
            return g.bitGenerator();
        }
        if (obj instanceof Generator && name.equals("_poisson_lam_max")) {
            return ArrayValue.scalarDouble(Generator.POISSON_LAM_MAX);
        }
        if (obj instanceof NumpyBitGenerator bg) {
            if (name.equals("state")) {
                return ModernValues.state(bg.state());
            }
            // Seeded without one (Philox(key=...)), NumPy's seed_seq is None.
            SeedSequence s = bg.seedSequence();
            return s == null ? NoneValue.INSTANCE : s;
        }
        if (obj instanceof NoneValue) {
            throw new PythonError("AttributeError", "'NoneType' object has no attribute '" + name + "'");
        }
        SeedSequence s = (SeedSequence) obj;
        Map<String, Value> fields = ModernValues.seedSequenceFields(s);
        if (name.equals("state")) {
            return new DictValue(new LinkedHashMap<>(fields));
        }
        return fields.get(name);
    }

    /** A bit generator's methods (all five kinds; MT19937 has no {@code advance}). */
    static final MethodTable<NumpyBitGenerator> BIT_GENERATOR = MethodTable.<NumpyBitGenerator>builder()
            .method("random_raw(size=None, output=True)", (bg, b) -> {
                int[] shape = Py.shape(b.get("size"));
                long[] out = new long[(int) Py.count(shape)];
                bg.randomRaw(out);
                if (!RandomStateTarget.truthy(b.get("output"))) {
                    return NoneValue.INSTANCE;
                }
                if (shape == null) {
                    return ModernValues.pyInt(new BigInteger(Long.toUnsignedString(out[0])));
                }
                return new ArrayValue(DType.UINT64, shape, out);
            })
            .raw("advance(delta)", (bg, call) -> {
                if (!bg.supportsAdvance()) { // Python looks the method up before it binds any argument
                    return ModernValues.render(bg.advance(BigInteger.ZERO));
                }
                return ModernValues.render(bg.advance(Py.index(Signature.parse("advance(delta)").bind(call).get("delta"))));
            })
            .method("jumped(jumps=1)", (bg, b) -> ModernValues.render(bg.jumped(Py.index(b.get("jumps")))))
            .method("spawn(n_children)", (bg, b) -> ModernValues.render(bg.spawn(Py.length(b.get("n_children"), "long"))))
            .build();

    /** {@code SeedSequence}'s methods. */
    static final MethodTable<SeedSequence> SEED_SEQUENCE = MethodTable.<SeedSequence>builder()
            .method("generate_state(n_words, dtype='uint32')", GeneratorTarget::generateState)
            .method("spawn(n_children)", (s, b) -> ModernValues.render(s.spawn(Py.length(b.get("n_children"), "ssize_t"))))
            .build();

    private static Value generateState(SeedSequence s, Signature.Bound b) {
        DType dtype = Dtypes.generateState(b.get("dtype")); // NumPy reads the dtype before it makes the array
        if (Py.index(b.get("n_words")).bitLength() > 63) { // np.empty's size conversion
            throw PythonError.valueError("Maximum allowed dimension exceeded");
        }
        int n = Py.length(b.get("n_words"), "long");
        if (dtype == DType.UINT64) {
            return new ArrayValue(DType.UINT64, new int[] {n}, s.generateStateUint64(n));
        }
        int[] words = s.generateState(n);
        long[] data = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            data[i] = words[i] & 0xffffffffL;
        }
        return new ArrayValue(DType.UINT32, new int[] {n}, data);
    }
}
