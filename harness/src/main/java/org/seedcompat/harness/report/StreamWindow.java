package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seedcompat.engine.DType;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.diff.ElementPairs;
import org.seedcompat.harness.value.ArrayValue;

/**
 * The stretch of a divergent stream the report plots: both sides' values around the first
 * divergence, as JSON numbers (null for NaN and infinities, which JSON cannot carry).
 */
final class StreamWindow {

    static final int BEFORE = 40;
    static final int LENGTH = 120;

    private StreamWindow() {
    }

    /** The window around {@code first}, or null when there is nothing to plot there. */
    static ObjectNode of(ElementPairs pairs, long first) {
        if (pairs == null || first < 0 || first >= pairs.size() || pairs.size() < 2) {
            return null;
        }
        int start = (int) Math.max(0, first - BEFORE);
        int end = Math.min(pairs.size(), start + LENGTH);
        ObjectNode w = JsonNodeFactory.instance.objectNode();
        w.put("dtype", pairs.dtype().pythonName());
        w.put("start", start);
        w.put("first", first);
        ArrayNode expected = w.putArray("expected");
        ArrayNode engine = w.putArray("engine");
        for (int i = start; i < end; i++) {
            add(expected, pairs.dtype(), pairs.expected()[i]);
            add(engine, pairs.dtype(), pairs.actual()[i]);
        }
        return w;
    }

    private static void add(ArrayNode out, DType dtype, long bits) {
        double d = Py.elementAsDouble(new ArrayValue(dtype, new int[0], new long[] {bits}), 0);
        if (Double.isFinite(d)) {
            out.add(d);
        } else {
            out.addNull();
        }
    }
}
