package org.seedcompat.harness.value;

import java.math.BigInteger;

/** A Python int too large for int64 (smaller ones render as 0-d int64 arrays). */
public record BigIntValue(BigInteger value) implements Value {

    /** A Python int as both sides render it: a 0-d int64 array when it fits, else the exact big int. */
    public static Value python(BigInteger v) {
        return v.bitLength() < 64 ? ArrayValue.scalarLong(org.seedcompat.engine.DType.INT64, v.longValue())
                : new BigIntValue(v);
    }
}
