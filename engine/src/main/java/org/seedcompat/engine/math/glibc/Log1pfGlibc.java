package org.seedcompat.engine.math.glibc;

/**
 * Bit-exact port of glibc's single-precision {@code log1pf} (checked against glibc 2.36 on
 * x86-64): the float transcription of fdlibm's {@code log1p} in
 * {@code sysdeps/ieee754/flt-32/s_log1pf.c}, evaluated entirely in single precision. It is not
 * correctly rounded (glibc 2.41 replaced it with a correctly rounded one), which is why
 * {@code (float) Math.log1p(x)} disagrees with it on several percent of inputs.
 *
 * <p>The algorithm is that of {@link Log1pGlibc} with float constants and thresholds: reduction
 * {@code 1 + x = 2^k (1 + f)} unless {@code -0.2929 < x < 0.41422}, a correction term for the
 * rounding of {@code 1 + x}, {@code s = f / (2 + f)} and a degree-7 polynomial in {@code s^2}
 * evaluated by Horner's rule.
 *
 * <p>glibc builds {@code log1pf} once for x86-64 (no ifunc, no FMA variant: its machine code is
 * plain SSE), so there is no {@link org.seedcompat.engine.MathVariant} parameter.
 *
 * <p>Special values: {@code log1pf(-1) = -inf}; {@code x < -1} and {@code -inf} give x86's
 * default NaN ({@code 0xffc00000}); a NaN input is returned quieted, payload and sign kept;
 * {@code log1pf(+inf) = +inf}; {@code log1pf(+-0) = +-0}.
 *
 * <p>No allocation: all arithmetic is on primitive floats.
 */
public final class Log1pfGlibc {

    private Log1pfGlibc() {
    }

    // fdlibm's float constants (s_log1pf.c).
    private static final float LN2_HI = 0x1.62e3p-1f;
    private static final float LN2_LO = 0x1.2fefa2p-17f;
    private static final float TWO25 = 0x1p25f;
    private static final float LP1 = 0x1.555556p-1f;
    private static final float LP2 = 0x1.99999ap-2f;
    private static final float LP3 = 0x1.24924ap-2f;
    private static final float LP4 = 0x1.c71c52p-3f;
    private static final float LP5 = 0x1.74664ap-3f;
    private static final float LP6 = 0x1.39a09ep-3f;
    private static final float LP7 = 0x1.2f112ep-3f;
    /** {@code (float) 0.66666666666666666}, which is {@link #LP1}. */
    private static final float TWO_THIRDS = 0x1.555556p-1f;

    /** The float NaN x86 produces for an invalid operation. */
    private static final int DEFAULT_NAN = 0xffc00000;
    private static final int QUIET_BIT = 0x00400000;

    /** {@code log1pf(x)} as glibc computes it. */
    public static float log1pf(float x) {
        int hx = Float.floatToRawIntBits(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        int hu = 0;
        float f = 0;
        float c = 0;
        if (hx < 0x3ed413d7) { // x < 0.41422, or negative
            if (ax >= 0x3f800000) { // x <= -1, -inf, or a NaN with the sign bit set
                if (x == -1.0f) {
                    return -TWO25 / 0.0f; // -inf, raising divide-by-zero in C
                }
                if (x != x) {
                    return Float.intBitsToFloat(hx | QUIET_BIT); // (x - x) / (x - x) keeps the payload
                }
                return Float.intBitsToFloat(DEFAULT_NAN);
            }
            if (ax < 0x31000000) { // |x| < 2^-29
                if (ax < 0x24800000) { // |x| < 2^-54
                    return x;
                }
                return x - x * x * 0.5f;
            }
            if (hx > 0 || hx <= (int) 0xbe95f61f) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7f800000) { // +inf or a NaN with the sign bit clear: C returns x + x
            return Float.intBitsToFloat(hx | (x != x ? QUIET_BIT : 0));
        }
        if (k != 0) {
            float u;
            if (hx < 0x5a000000) { // x < 2^53
                u = 1.0f + x;
                hu = Float.floatToRawIntBits(u);
                k = (hu >> 23) - 127;
                c = k > 0 ? 1.0f - (u - x) : x - (u - 1.0f);
                c /= u;
            } else {
                u = x;
                hu = hx;
                k = (hu >> 23) - 127;
            }
            hu &= 0x007fffff;
            if (hu < 0x3504f7) {
                u = Float.intBitsToFloat(hu | 0x3f800000);
            } else {
                k += 1;
                u = Float.intBitsToFloat(hu | 0x3f000000);
                hu = (0x00800000 - hu) >> 2;
            }
            f = u - 1.0f;
        }
        float hfsq = 0.5f * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == 0) {
                if (k == 0) {
                    return 0.0f;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            float r = hfsq * (1.0f - TWO_THIRDS * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        float s = f / (2.0f + f);
        float z = s * s;
        float r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }
}
