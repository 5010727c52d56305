package org.seedcompat.harness.value;

import java.math.BigInteger;

/** A Python int too large for int64 (smaller ones render as 0-d int64 arrays). */
public record BigIntValue(BigInteger value) implements Value {
}
