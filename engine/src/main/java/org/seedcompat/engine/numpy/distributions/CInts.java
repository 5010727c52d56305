package org.seedcompat.engine.numpy.distributions;

/** C's conversions from double to integer as NumPy's x86-64 build executes them. */
public final class CInts {

    private CInts() {
    }

    /**
     * {@code (int64_t) x}: truncation toward zero; NaN and values outside the int64 range give
     * x86-64's "integer indefinite" {@code INT64_MIN} ({@code cvttsd2si}), where Java's cast would
     * saturate to {@code Long.MAX_VALUE} for large positive values and give 0 for NaN.
     */
    public static long toInt64(double x) {
        if (!(x >= -0x1p63 && x < 0x1p63)) {
            return Long.MIN_VALUE;
        }
        return (long) x;
    }
}
