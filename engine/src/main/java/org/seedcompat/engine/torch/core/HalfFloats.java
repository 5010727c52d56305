package org.seedcompat.engine.torch.core;

/**
 * PyTorch's conversions from float to its 16-bit floating types, as {@code c10::Half(float)} and
 * {@code c10::BFloat16(float)} do them: round to nearest, ties to even. Values are 16-bit patterns
 * in the low bits of an int. A double reaches these types through float first
 * ({@code static_cast<Half>(double)} converts to float, then rounds again), which callers do with
 * an explicit {@code (float)} cast.
 */
public final class HalfFloats {

    private HalfFloats() {
    }

    /** IEEE binary16 from float, round-to-nearest-even; NaN becomes the quiet NaN 0x7e00 with the sign kept. */
    public static int toHalf(float f) {
        int bits = Float.floatToRawIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int abs = bits & 0x7fffffff;
        if (abs > 0x7f800000) {
            return sign | 0x7e00;
        }
        if (abs >= 0x477ff000) { // >= 65520 (the midpoint above the largest half) rounds to infinity
            return sign | 0x7c00;
        }
        if (abs >= 0x38800000) { // normal half: rebias exponent 127 -> 15, round 13 dropped bits
            int rebased = abs - ((127 - 15) << 23);
            int half = rebased >>> 13;
            int rest = rebased & 0x1fff;
            if (rest > 0x1000 || (rest == 0x1000 && (half & 1) != 0)) {
                half++;
            }
            return sign | half;
        }
        // Subnormal half (or zero): value / 2^-24, rounded to nearest even; exact in float arithmetic
        // because scaling by a power of two only moves the exponent.
        float scaled = Float.intBitsToFloat(abs) * 0x1p24f;
        return sign | (int) Math.rint(scaled);
    }

    /** float from IEEE binary16 bits (exact). */
    public static float fromHalf(int h) {
        int sign = (h & 0x8000) << 16;
        int exp = (h >>> 10) & 0x1f;
        int mant = h & 0x3ff;
        float magnitude;
        if (exp == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        } else if (exp == 0) {
            magnitude = mant * 0x1p-24f;
        } else {
            magnitude = Float.intBitsToFloat(((exp + 127 - 15) << 23) | (mant << 13));
        }
        return sign != 0 ? -magnitude : magnitude;
    }

    /** bfloat16 from float, round-to-nearest-even on the top 16 bits; NaN becomes 0x7fc0. */
    public static int toBFloat16(float f) {
        if (Float.isNaN(f)) {
            return 0x7fc0;
        }
        int bits = Float.floatToRawIntBits(f);
        int rounding = 0x7fff + ((bits >>> 16) & 1);
        return (bits + rounding) >>> 16;
    }

    /** float from bfloat16 bits (exact). */
    public static float fromBFloat16(int b) {
        return Float.intBitsToFloat((b & 0xffff) << 16);
    }
}
