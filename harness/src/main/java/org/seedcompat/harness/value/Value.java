package org.seedcompat.harness.value;

/**
 * A result of one call, in a form both sides (the Java engine and the Python reference) can produce
 * and the diff can compare without knowing where it came from. See {@link ValueJson} for the JSON
 * rendering, which is the CLI's public contract.
 */
public sealed interface Value
        permits ArrayValue, ArrayDigest, SeqValue, DictValue, ObjectValue, StrValue, BytesValue, NoneValue, BigIntValue, UnsupportedValue {
}
