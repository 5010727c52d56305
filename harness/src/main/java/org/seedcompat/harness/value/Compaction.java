package org.seedcompat.harness.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps golden vectors small: arrays longer than {@link #FULL_LIMIT} elements are stored as an
 * {@link ArrayDigest} (first {@link #HEAD} elements plus a SHA-256 of all of them). Both sides'
 * results go through the same compaction before they are compared against stored vectors.
 */
public final class Compaction {

    /** Arrays up to this many elements are stored whole. */
    public static final int FULL_LIMIT = 4096;
    /** Elements kept in front of a digest, so a divergence early in a stream is still located. */
    public static final int HEAD = 256;

    private Compaction() {
    }

    public static CaseResult compact(CaseResult r) {
        if (r.setupError() != null) {
            return r;
        }
        List<CallResult> calls = new ArrayList<>(r.calls().size());
        for (CallResult c : r.calls()) {
            calls.add(c.isError() ? c : new CallResult(c.call(), compact(c.value()), null, c.state()));
        }
        return new CaseResult(r.setup(), null, calls);
    }

    public static Value compact(Value v) {
        if (v instanceof ArrayValue a && a.size() > FULL_LIMIT) {
            return ArrayDigest.of(a, HEAD);
        }
        if (v instanceof SeqValue s) {
            List<Value> items = new ArrayList<>();
            for (Value item : s.items()) {
                items.add(compact(item));
            }
            return new SeqValue(s.tuple(), items);
        }
        if (v instanceof ObjectValue o) {
            Map<String, Value> fields = new LinkedHashMap<>();
            o.fields().forEach((k, x) -> fields.put(k, compact(x)));
            return new ObjectValue(o.className(), fields);
        }
        if (v instanceof DictValue d) {
            Map<String, Value> items = new LinkedHashMap<>();
            d.items().forEach((k, x) -> items.put(k, compact(x)));
            return new DictValue(items);
        }
        return v;
    }
}
