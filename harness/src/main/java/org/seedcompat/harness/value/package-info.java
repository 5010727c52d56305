/**
 * Result values and their JSON contract: {@link org.seedcompat.harness.value.Value} and its kinds
 * (arrays with dtype, shape and bit patterns; ints of any size; bytes; strings; None; sequences and
 * dicts; errors; unsupported), {@code ValueJson} (the one schema both sides write and read, tested
 * against the Python side), digests for long streams, and {@code CallResult}/{@code CaseResult}.
 */
package org.seedcompat.harness.value;
