package org.seedcompat.harness.diff;

import org.seedcompat.engine.DType;

/** Distance in units in the last place between two floats of one dtype, given as bit patterns. */
public final class Ulp {

    private Ulp() {
    }

    /**
     * The number of representable values between {@code a} and {@code b} (0 if equal, also for
     * +0/-0), or -1 if either is NaN. Saturates at {@link Long#MAX_VALUE}.
     */
    public static long distance(DType dtype, long a, long b) {
        int bits = dtype.bits();
        long signBit = 1L << (bits - 1);
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        a &= mask;
        b &= mask;
        if (isNaN(dtype, a) || isNaN(dtype, b)) {
            return a == b ? 0 : -1;
        }
        long oa = ordered(a, signBit, mask);
        long ob = ordered(b, signBit, mask);
        long d = oa - ob;
        if (bits == 64 && ((oa ^ ob) & (oa ^ d)) < 0) {
            return Long.MAX_VALUE;  // overflowed: opposite signs far apart
        }
        return Math.abs(d);
    }

    /** Maps a float's bits to a signed integer that orders the same way as the float values. */
    private static long ordered(long v, long signBit, long mask) {
        if ((v & signBit) != 0) {
            long magnitude = v & (signBit - 1);
            return -magnitude;
        }
        return v;
    }

    private static boolean isNaN(DType dtype, long v) {
        switch (dtype.bits()) {
            case 64:
                return Double.isNaN(Double.longBitsToDouble(v));
            case 32:
                return Float.isNaN(Float.intBitsToFloat((int) v));
            default: {
                int expBits = dtype == DType.BFLOAT16 ? 8 : 5;
                int mantBits = 15 - expBits;
                long exp = (v >>> mantBits) & ((1L << expBits) - 1);
                return exp == (1L << expBits) - 1 && (v & ((1L << mantBits) - 1)) != 0;
            }
        }
    }
}
