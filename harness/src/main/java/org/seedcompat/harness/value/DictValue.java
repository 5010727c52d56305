package org.seedcompat.harness.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Python dict with string keys, in insertion order. */
public record DictValue(Map<String, Value> items) implements Value {
    public DictValue {
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }
}
