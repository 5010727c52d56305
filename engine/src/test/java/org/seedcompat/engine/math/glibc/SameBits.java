package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bit-pattern equality for the math tests, failing with both values in hexadecimal. */
public final class SameBits {

    private SameBits() {
    }

    public static void assertSameBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> what + ": expected " + Double.toHexString(expected) + " but was "
                        + Double.toHexString(actual));
    }

    public static void assertSameBits(float expected, float actual, String what) {
        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual),
                () -> what + ": expected " + Float.toHexString(expected) + " but was "
                        + Float.toHexString(actual));
    }
}
