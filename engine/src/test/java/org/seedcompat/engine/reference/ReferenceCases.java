package org.seedcompat.engine.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.Variates;
import org.seedcompat.engine.torch.TorchTensor;

/**
 * The engine's side of a reference file: each setup text bound to the engine object it builds, each
 * call text bound to the engine call that returns its values. {@link #tests} makes one test per case
 * of the file, comparing every value as the file writes it (so a failure names the index and both
 * bit patterns), and one test that every binding is used by some case (none left stale).
 *
 * <p>A call may return {@code long[]} (the engine's DType convention: IEEE bit patterns for floats),
 * {@code double[]}, {@code float[]}, {@code int[]}, {@code byte[]}, {@code BigInteger[]} or a
 * {@link Variates}.
 *
 * @param <S> the type of the setup's object ({@code r} in the file)
 */
final class ReferenceCases<S> {

    private final Map<String, Supplier<? extends S>> setups = new LinkedHashMap<>();
    private final Map<String, Function<? super S, Object>> calls = new LinkedHashMap<>();

    ReferenceCases<S> setup(String text, Supplier<? extends S> make) {
        if (setups.put(text, make) != null) {
            throw new IllegalArgumentException("setup bound twice: " + text);
        }
        return this;
    }

    ReferenceCases<S> call(String text, Function<? super S, Object> engine) {
        if (calls.put(text, engine) != null) {
            throw new IllegalArgumentException("call bound twice: " + text);
        }
        return this;
    }

    /** A container named after the file: its cases, and the check that every binding has a case. */
    DynamicContainer tests(ReferenceFile file) {
        List<DynamicNode> nodes = new ArrayList<>();
        for (ReferenceFile.Case c : file.cases) {
            nodes.add(DynamicTest.dynamicTest(c.name(), () -> check(file.name, c)));
        }
        nodes.add(DynamicTest.dynamicTest("every engine binding has a case", () -> checkAllUsed(file)));
        return DynamicContainer.dynamicContainer(file.name + " (" + file.cases.size() + " cases)", nodes);
    }

    /** {@link #tests} for several files, one container each. */
    static Stream<DynamicNode> tests(Map<ReferenceFile, ReferenceCases<?>> files) {
        return files.entrySet().stream().map(e -> e.getValue().tests(e.getKey()));
    }

    /**
     * {@link #tests} for the files {@code stem + "fma.txt"} and {@code stem + "nofma.txt"}, each bound
     * with the libm build its header names.
     */
    static Stream<DynamicNode> perLibmBuild(String stem, Function<Libm, ReferenceCases<?>> bindings) {
        Map<ReferenceFile, ReferenceCases<?>> files = new LinkedHashMap<>();
        for (String build : new String[] {"fma", "nofma"}) {
            ReferenceFile file = ReferenceFile.load(stem + build + ".txt");
            files.put(file, bindings.apply(Libm.of(MathVariant.parse(file.header("libm")))));
        }
        return tests(files);
    }

    private void check(String fileName, ReferenceFile.Case c) {
        Supplier<? extends S> make = setups.get(c.setup());
        if (make == null) {
            fail("no engine binding for setup '" + c.setup() + "'");
        }
        S r = make.get();
        for (ReferenceFile.Call call : c.calls()) {
            Function<? super S, Object> engine = calls.get(call.expression());
            if (engine == null) {
                fail("no engine binding for call '" + call.expression() + "'");
            }
            String[] actual = tokens(call.type(), engine.apply(r));
            Supplier<String> where = () -> fileName + ": r = " + c.setup() + "; " + call.expression() + " (" + call.type() + ")";
            assertEquals(call.values().length, actual.length, () -> where.get() + ": number of values");
            assertArrayEquals(call.values(), actual, where);
        }
    }

    private void checkAllUsed(ReferenceFile file) {
        Set<String> usedSetups = new HashSet<>();
        Set<String> usedCalls = new HashSet<>();
        for (ReferenceFile.Case c : file.cases) {
            usedSetups.add(c.setup());
            c.calls().forEach(call -> usedCalls.add(call.expression()));
        }
        Set<String> unused = new HashSet<>(setups.keySet());
        unused.removeAll(usedSetups);
        Set<String> unusedCalls = new HashSet<>(calls.keySet());
        unusedCalls.removeAll(usedCalls);
        unused.addAll(unusedCalls);
        assertTrue(unused.isEmpty(), () -> file.name + " has no case for the bindings " + unused);
    }

    /** The engine's values written as the file writes a result of {@code type}. */
    static String[] tokens(String type, Object values) {
        long[] bits = asLongs(values);
        if (bits == null) {
            if (values instanceof BigInteger[] big && type.equals("i")) {
                String[] out = new String[big.length];
                for (int i = 0; i < big.length; i++) {
                    out[i] = big[i].toString();
                }
                return out;
            }
            throw new IllegalArgumentException("cannot compare " + values.getClass().getSimpleName() + " as " + type);
        }
        String[] out = new String[bits.length];
        for (int i = 0; i < bits.length; i++) {
            long b = bits[i];
            out[i] = switch (type) {
                case "f64" -> String.format("%016x", b);
                case "f32" -> String.format("%08x", b & 0xFFFFFFFFL);
                case "f16", "bf16" -> String.format("%04x", b & 0xFFFFL);
                case "i" -> Long.toString(b);
                case "u" -> Long.toUnsignedString(b);
                default -> throw new IllegalArgumentException("unknown type " + type);
            };
        }
        return out;
    }

    private static long[] asLongs(Object values) {
        if (values instanceof long[] a) {
            return a;
        }
        if (values instanceof Variates v) {
            return v.data();
        }
        if (values instanceof TorchTensor t) {
            return t.bits();
        }
        if (values instanceof double[] a) {
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = Double.doubleToRawLongBits(a[i]);
            }
            return out;
        }
        if (values instanceof float[] a) {
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = Float.floatToRawIntBits(a[i]) & 0xFFFFFFFFL;
            }
            return out;
        }
        if (values instanceof int[] a) {
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i] & 0xFFFFFFFFL;
            }
            return out;
        }
        if (values instanceof byte[] a) {
            long[] out = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[i] & 0xFFL;
            }
            return out;
        }
        return null;
    }
}
