package org.seedcompat.harness.target.numpy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.IndexSwap;
import org.seedcompat.engine.numpy.RandomState;
import org.seedcompat.harness.cases.ArrayConversion;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.DictValue;
import org.seedcompat.harness.value.SeqValue;
import org.seedcompat.harness.value.StrValue;
import org.seedcompat.harness.value.Value;

/** {@code RandomState.shuffle(x)} (yielding the shuffled x) and {@code permutation(x)}. */
final class LegacyShuffle {

    private LegacyShuffle() {
    }

    static Value shuffle(RandomState rs, Object x) {
        if (x instanceof ArrayValue a) {
            if (a.isScalar()) {
                throw PythonError.typeError("len() of unsized object");
            }
            return shuffled(rs, a);
        }
        if (x instanceof Py.PyList list) {
            // A list takes NumPy's untyped path: item swaps with the same index draws as a 1-d array.
            int n = list.items().size();
            ArrayValue order = shuffled(rs, new ArrayValue(DType.INT64, new int[] {n}, identity(n)));
            return reordered(list, order.data());
        }
        if (x instanceof Py.PyDict d) {
            return shuffledDict(d, rs::shuffleItems);
        }
        if (x instanceof Py.PyTuple t) {
            if (t.items().size() > 1) {
                throw PythonError.typeError("'tuple' object does not support item assignment");
            }
            return new SeqValue(true, List.of());
        }
        throw PythonError.typeError("object of type '" + Py.typeName(x) + "' has no len()");
    }

    static Value permutation(RandomState rs, Object x) {
        if (x instanceof BigInteger || x instanceof Boolean || (x instanceof ArrayValue a0 && a0.isScalar()
                && (a0.dtype().isInteger() || a0.dtype() == DType.BOOL))) {
            BigInteger v = Py.index(x);
            if (v.abs().doubleValue() >= 0x1p64) { // arange(x) cannot even be sized
                throw PythonError.valueError("Maximum allowed size exceeded");
            }
            v = v.max(BigInteger.ZERO);
            long[] values = v.bitLength() > 63 ? new long[0] : rs.permutation(v.longValue()); // arange(2**63...) is empty
            return new ArrayValue(DType.INT64, new int[] {values.length}, values);
        }
        if (x instanceof String) {
            throw new PythonError("IndexError", "x must be an integer or at least 1-dimensional");
        }
        ArrayValue a = ArrayConversion.fromObject(x);
        if (a.isScalar()) {
            throw new PythonError("IndexError", "x must be an integer or at least 1-dimensional");
        }
        if (a.shape().length == 1) {
            return shuffled(rs, a);
        }
        // n-d: NumPy shuffles an index array and gathers rows (this draws even when rows are empty).
        int rows = a.shape()[0];
        int rowLength = rows == 0 ? 0 : a.size() / rows;
        long[] idx = rs.permutation(rows);
        long[] src = a.data();
        long[] out = new long[src.length];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(src, (int) idx[i] * rowLength, out, i * rowLength, rowLength);
        }
        return new ArrayValue(a.dtype(), a.shape(), out);
    }

    /** A shuffled copy along axis 0 (the engine swaps whole rows). */
    private static ArrayValue shuffled(RandomState rs, ArrayValue a) {
        long[] data = a.data().clone();
        int rows = a.shape()[0];
        if (data.length > 0) {
            rs.shuffle(data, rows, data.length / rows);
        }
        return new ArrayValue(a.dtype(), a.shape(), data);
    }

    static long[] identity(int n) {
        long[] idx = new long[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    /** The list's items in the order {@code idx}, each rendered as the reference renders it. */
    /**
     * A dict through NumPy's untyped path, {@code x[i], x[j] = x[j], x[i]} after each draw: the
     * right side looks up key {@code j} then key {@code i}, a missing one raising KeyError with the
     * draws so far made; the assignments keep the dict's key order. Int keys only (other key types
     * would need Python's cross-type equality and key printing).
     */
    static Value shuffledDict(Py.PyDict d, BiConsumer<Integer, IndexSwap> shuffleItems) {
        Map<BigInteger, Object> byKey = new LinkedHashMap<>();
        for (int i = 0; i < d.keys().size(); i++) {
            if (!(d.keys().get(i) instanceof BigInteger k)) {
                throw new PythonError("UnsupportedArgument", "shuffling a dict with keys other than ints "
                        + "is not supported by the engine yet");
            }
            byKey.put(k, d.values().get(i));
        }
        shuffleItems.accept(byKey.size(), (i, j) -> {
            BigInteger ki = BigInteger.valueOf(i);
            BigInteger kj = BigInteger.valueOf(j);
            Object vj = lookup(byKey, kj);
            Object vi = lookup(byKey, ki);
            byKey.put(ki, vj);
            byKey.put(kj, vi);
        });
        Map<String, Value> out = new LinkedHashMap<>();
        byKey.forEach((k, v) -> out.put(k.toString(), item(v)));
        return new DictValue(out);
    }

    private static Object lookup(Map<BigInteger, Object> dict, BigInteger key) {
        if (!dict.containsKey(key)) {
            throw new PythonError("KeyError", key.toString());
        }
        return dict.get(key);
    }

    static Value reordered(Py.PyList list, long[] idx) {
        List<Value> items = new ArrayList<>(idx.length);
        for (long i : idx) {
            items.add(item(list.items().get((int) i)));
        }
        return new SeqValue(false, items);
    }

    /** A list item as Python holds it: ints and floats as scalars, strings, nested lists and tuples. */
    static Value item(Object o) {
        if (o instanceof BigInteger v) {
            return ModernValues.pyInt(v);
        }
        if (o instanceof Double d) {
            return ArrayValue.ofDoubles(new int[0], new double[] {d});
        }
        if (o instanceof String str) {
            return new StrValue(str);
        }
        if (o instanceof ArrayValue a) {
            return a;
        }
        if (o instanceof Py.PyList l) {
            return reordered(l, identity(l.items().size()));
        }
        if (o instanceof Py.PyTuple t) {
            List<Value> items = new ArrayList<>();
            for (Object e : t.items()) {
                items.add(item(e));
            }
            return new SeqValue(true, items);
        }
        throw new PythonError("UnsupportedArgument", "a list item of type '" + Py.typeName(o) + "' is not supported by the engine yet");
    }
}
