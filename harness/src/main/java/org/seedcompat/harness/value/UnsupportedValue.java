package org.seedcompat.harness.value;

/** A result the value format has no rendering for (e.g. a string array); kept as its repr. */
public record UnsupportedValue(String repr) implements Value {
}
