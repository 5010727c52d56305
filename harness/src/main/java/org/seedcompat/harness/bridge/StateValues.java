package org.seedcompat.harness.bridge;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.bridge.MtPosition;
import org.seedcompat.engine.bridge.StateBridge;
import org.seedcompat.engine.bridge.Translation;
import org.seedcompat.engine.numpy.LegacyState;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.torch.core.TorchState;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.BigIntValue;
import org.seedcompat.harness.value.DictValue;
import org.seedcompat.harness.value.NoneValue;
import org.seedcompat.harness.value.SeqValue;
import org.seedcompat.harness.value.StrValue;
import org.seedcompat.harness.value.Value;

/**
 * MT19937 states as the libraries' own getters return them, in the value form the CLI prints
 * ({@code get_state()}, {@code bit_generator.state}, {@code get_rng_state()}, {@code getstate()}),
 * read into and written from the engine's {@link StateBridge}, plus the case-language line that
 * installs a written state.
 */
public final class StateValues {

    /** The three layouts the bridge speaks. */
    public enum Library {
        NUMPY, TORCH, PYTHON;

        /** The call that reads the state from a setup of this library. */
        public String getter() {
            return switch (this) {
                case NUMPY -> "get_state()";
                case TORCH -> "get_rng_state()";
                case PYTHON -> "getstate()";
            };
        }
    }

    private StateValues() {
    }

    /** Reads a state value of {@code library} into the neutral position (reporting what stays behind). */
    public static Translation<MtPosition> read(Library library, Value v) {
        return switch (library) {
            case NUMPY -> readNumpy(v);
            case TORCH -> StateBridge.fromTorch(TorchState.fromBytes(bytes(v)));
            case PYTHON -> readPython(v);
        };
    }

    /**
     * Writes a position as {@code library}'s getter would return it.
     *
     * @param initialSeed for PyTorch, the {@code initial_seed()} to record (uint64 bits)
     */
    public static Value write(Library library, MtPosition p, long initialSeed) {
        return switch (library) {
            case NUMPY -> numpyTuple(StateBridge.toNumpy(p));
            case TORCH -> {
                byte[] b = StateBridge.toTorch(p, initialSeed).toBytes();
                long[] data = new long[b.length];
                for (int i = 0; i < b.length; i++) {
                    data[i] = b[i] & 0xFF;
                }
                yield new ArrayValue(DType.UINT8, new int[] {data.length}, data);
            }
            case PYTHON -> {
                List<Value> internal = new ArrayList<>();
                for (int w : p.key()) {
                    internal.add(BigIntValue.python(BigInteger.valueOf(w & 0xFFFFFFFFL)));
                }
                internal.add(BigIntValue.python(BigInteger.valueOf(p.pos())));
                yield new SeqValue(true, List.of(BigIntValue.python(BigInteger.valueOf(3)), new SeqValue(true, internal),
                        NoneValue.INSTANCE));
            }
        };
    }

    /**
     * The case-language text that installs a written state: a setup for PyTorch
     * ({@code torch.set_rng_state(...)}), a call line for NumPy ({@code set_state(...)} on a
     * {@code RandomState}) and Python ({@code setstate(...)} on a {@code random.Random}).
     */
    public static String applyLine(Library library, MtPosition p, long initialSeed) {
        StringBuilder sb = new StringBuilder();
        switch (library) {
            case NUMPY -> {
                sb.append("set_state(('MT19937', numpy.array([");
                join(sb, p.key());
                sb.append("], dtype='uint32'), ").append(p.pos()).append(", 0, 0.0))");
            }
            case TORCH -> {
                sb.append("torch.set_rng_state(torch.tensor([");
                byte[] b = StateBridge.toTorch(p, initialSeed).toBytes();
                for (int i = 0; i < b.length; i++) {
                    sb.append(i == 0 ? "" : ", ").append(b[i] & 0xFF);
                }
                sb.append("], dtype=torch.uint8))");
            }
            case PYTHON -> {
                sb.append("setstate((3, (");
                join(sb, p.key());
                sb.append(", ").append(p.pos()).append("), None))");
            }
        }
        return sb.toString();
    }

    private static void join(StringBuilder sb, int[] words) {
        for (int i = 0; i < words.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(words[i] & 0xFFFFFFFFL);
        }
    }

    private static Translation<MtPosition> readNumpy(Value v) {
        if (v instanceof SeqValue s && s.tuple() && (s.items().size() == 5 || s.items().size() == 3)
                && s.items().get(0) instanceof StrValue name && name.value().equals("MT19937")) {
            int[] key = words(s.items().get(1));
            int pos = (int) integer(s.items().get(2));
            int hasGauss = s.items().size() == 5 ? (int) integer(s.items().get(3)) : 0;
            double gauss = s.items().size() == 5 ? real(s.items().get(4)) : 0.0;
            return StateBridge.fromNumpy(new LegacyState(key, pos, hasGauss, gauss));
        }
        if (v instanceof DictValue d && d.items().get("state") instanceof DictValue inner) {
            Map<String, Value> st = inner.items();
            Mt19937.State mt = new Mt19937.State(words(st.get("key")), (int) integer(st.get("pos")));
            if (d.items().containsKey("has_gauss")) { // get_state(legacy=False)
                return StateBridge.fromNumpy(new LegacyState(mt.key(), mt.pos(), (int) integer(d.items().get("has_gauss")),
                        real(d.items().get("gauss"))));
            }
            return StateBridge.fromNumpy(mt);
        }
        throw new IllegalArgumentException("not a NumPy MT19937 state: expected get_state()'s tuple "
                + "('MT19937', key, pos, has_gauss, gauss) or an MT19937 state dict");
    }

    private static Translation<MtPosition> readPython(Value v) {
        if (v instanceof SeqValue s && s.items().size() == 3 && s.items().get(1) instanceof SeqValue internal
                && internal.items().size() == 625 && integer(s.items().get(0)) == 3) {
            int[] key = new int[624];
            for (int i = 0; i < 624; i++) {
                key[i] = (int) integer(internal.items().get(i));
            }
            Value gauss = s.items().get(2);
            return StateBridge.fromPython(key, (int) integer(internal.items().get(624)),
                    gauss instanceof NoneValue ? null : real(gauss));
        }
        throw new IllegalArgumentException("not a Python random state: expected getstate()'s (3, (625 ints), gauss_next)");
    }

    static byte[] bytes(Value v) {
        if (v instanceof ArrayValue a && a.dtype() == DType.UINT8) {
            byte[] out = new byte[a.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) a.data()[i];
            }
            return out;
        }
        throw new IllegalArgumentException("not a PyTorch state: expected get_rng_state()'s uint8 tensor");
    }

    private static int[] words(Value v) {
        if (v instanceof ArrayValue a && !a.dtype().isFloat()) {
            int[] out = new int[a.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) a.data()[i];
            }
            return out;
        }
        throw new IllegalArgumentException("expected an array of key words, got " + v);
    }

    private static long integer(Value v) {
        if (v instanceof ArrayValue a && a.size() == 1 && !a.dtype().isFloat()) {
            return a.data()[0];
        }
        if (v instanceof BigIntValue b) {
            return b.value().longValue();
        }
        throw new IllegalArgumentException("expected an int, got " + v);
    }

    private static double real(Value v) {
        if (v instanceof ArrayValue a && a.size() == 1 && a.dtype() == DType.FLOAT64) {
            return Double.longBitsToDouble(a.data()[0]);
        }
        if (v instanceof ArrayValue a && a.size() == 1) {
            return a.data()[0];
        }
        throw new IllegalArgumentException("expected a float, got " + v);
    }

    private static SeqValue numpyTuple(LegacyState s) {
        long[] key = new long[s.key().length];
        int[] k = s.key();
        for (int i = 0; i < k.length; i++) {
            key[i] = k[i] & 0xFFFFFFFFL;
        }
        return new SeqValue(true, List.of(new StrValue("MT19937"), new ArrayValue(DType.UINT32, new int[] {key.length}, key),
                BigIntValue.python(BigInteger.valueOf(s.pos())), BigIntValue.python(BigInteger.valueOf(s.hasGauss())),
                ArrayValue.scalarDouble(s.cachedGaussian())));
    }
}
