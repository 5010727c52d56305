package org.seedcompat.harness.value;

/** Python's None. */
public record NoneValue() implements Value {
    public static final NoneValue INSTANCE = new NoneValue();
}
