package org.seedcompat.harness.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A library object returned by a call (a Generator, a bit generator, a SeedSequence), rendered as
 * its class name and the fields that define it, in order: e.g. a bit generator's {@code state}.
 */
public record ObjectValue(String className, Map<String, Value> fields) implements Value {
    public ObjectValue {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
