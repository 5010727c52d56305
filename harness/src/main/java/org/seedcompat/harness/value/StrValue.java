package org.seedcompat.harness.value;

/** A Python str. */
public record StrValue(String value) implements Value {
}
