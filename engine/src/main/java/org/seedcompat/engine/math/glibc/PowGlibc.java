package org.seedcompat.engine.math.glibc;

import org.seedcompat.engine.MathVariant;

/**
 * Bit-exact port of glibc's double-precision {@code pow} (glibc 2.28 and later, checked against
 * Debian's 2.36 on x86-64), the algorithm of ARM's optimized-routines, in both of glibc's x86-64
 * builds.
 *
 * <p>Outline: {@code x^y = exp(y log x)}. The logarithm is computed to about 68 bits as
 * {@code hi + lo}: {@code x = 2^k z} with {@code z} in {@code [0x1.69555p-1, 0x1.69555p0)},
 * {@code z} picks one of 128 points {@code c} whose inverse has at most 9 significant bits
 * ({@link PowLogData}), so {@code r = z/c - 1} is exact, and
 * {@code log x = k ln2 + log c + log1p(r)} with {@code log1p(r)} a degree-8 polynomial whose
 * {@code -r^2/2} term is kept in two parts. {@code y (hi + lo)} is split into {@code ehi + elo}
 * and {@code exp} is computed as in {@link ExpGlibc} (same table, {@link ExpData}), with the
 * tail {@code elo} added to the reduced argument and the sign of a negative base with an odd
 * integer exponent carried into the scale's sign bit.
 *
 * <p>The two builds (see {@link MathVariant}). glibc's source has explicit {@code fma} branches
 * under {@code __FP_FAST_FMA}, which GCC defines for {@code -mfma}: the
 * {@link MathVariant#FMA FMA} build ({@code __pow_fma}) computes {@code r = fma(z, invc, -1)}
 * exactly, the low part of {@code -r^2/2} as {@code fma(ar, r, -ar^2)} and the low part of
 * {@code y hi} as {@code fma(y, hi, -ehi)}. On top of these GCC contracts, as read off the
 * machine code of glibc 2.36's {@code __pow_fma}: {@code k ln2hi + logc} and
 * {@code k ln2lo + logctail}; every product-plus-sum of the polynomial, and the final
 * {@code lo1 + lo2 + lo3 + lo4 + ar3 q} into {@code fma(ar3, q, ...)}; {@code y lo + ...} of
 * {@code elo}; and in the exponential the same set as {@code __exp_fma} (the reduction, the
 * polynomial, {@code scale + scale tmp}), except that in the underflow path
 * {@code scale + scale tmp} stays unfused (the product is reused). The
 * {@link MathVariant#NO_FMA generic} build ({@code __pow_sse2}) takes the source's other
 * branches: {@code z} is split into 21 high bits and the rest so that
 * {@code zhi invc - 1}, {@code rlo = zlo invc} and {@code rhi^2 / 2} are exact, and {@code y} and
 * {@code hi} are split at 26 bits for {@code ehi = yhi lhi}; everything is evaluated as written.
 *
 * <p>Checked against the real library (glibc 2.36, Debian 2.36-9+deb12u14): 5*10^8 argument pairs
 * per build (random bit patterns, {@code pow(U, 1/shape)}, bases in (0.5, 2) with exponents in
 * (-20, 20), tiny and huge exponents, bases near 1, results at the overflow and underflow
 * thresholds, negative bases with integer exponents, subnormal bases) and a grid of special
 * values, without a difference; the builds themselves differ on about 0.07% of
 * {@code pow(x in (0.5, 2), y in (-20, 20))}, by one ulp.
 *
 * <p>Special values, as {@code pow@@GLIBC_2.29} returns them (the compatibility symbol
 * {@code pow@GLIBC_2.2.5}, which NumPy's manylinux wheels bind, returned the same bits on
 * 2*10^7 pairs of special values, random bit patterns and integer exponents in each build: its
 * {@code __kernel_standard} error handling only reproduces them):
 * <ul>
 *   <li>{@code pow(x, +-0) = 1} for every {@code x}, a quiet NaN included ({@code x + y} for a
 *       signaling one); {@code pow(1, y) = 1} for every {@code y} but a signaling NaN;</li>
 *   <li>otherwise a NaN argument gives {@code x + y} as x86 computes it: {@code x}'s NaN quieted
 *       if {@code x} is a NaN, else {@code y}'s;</li>
 *   <li>{@code pow(-1, +-inf) = 1}; otherwise an infinite {@code y} gives {@code +0} or
 *       {@code +inf};</li>
 *   <li>a zero, infinite or NaN {@code x} gives {@code x*x} or {@code 1/(x*x)}, negated when
 *       {@code x} is negative and {@code y} an odd integer &mdash; also for a negative NaN, whose
 *       sign bit glibc's negation flips ({@code pow(-NaN, 3)} is a positive NaN);</li>
 *   <li>a finite negative {@code x} with a non-integer {@code y} gives x86's default NaN
 *       {@code 0xfff8000000000000};</li>
 *   <li>{@code |y| < 2^-65} gives {@code 1 +- y} rounded, {@code |y| >= 2^63} gives {@code +0},
 *       {@code 1} or {@code +inf};</li>
 *   <li>overflow gives {@code +-inf}, underflow {@code +-0} or a subnormal rounded once (the
 *       way {@code exp} does it, with the sign handled).</li>
 * </ul>
 *
 * <p>No allocation: the tables are primitive arrays and all arithmetic is on primitives.
 */
public final class PowGlibc {

    private PowGlibc() {
    }

    // log1p(r) - r ~ A0 r^2 + A1 r^3 + ... + A6 r^8 with r = z/c - 1 (e_pow_log_data.c,
    // POW_LOG_POLY_ORDER == 8), stored as glibc stores them: multiplied by powers of -2 to
    // match the evaluation, which uses ar = A0 r = -r/2 as its variable.
    static final double A0 = -0x1p-1;
    static final double A1 = 0x1.555555555556p-2 * -2;
    static final double A2 = -0x1.0000000000006p-2 * -2;
    static final double A3 = 0x1.999999959554ep-3 * 4;
    static final double A4 = -0x1.555555529a47ap-3 * 4;
    static final double A5 = 0x1.2495b9b4845e9p-3 * -8;
    static final double A6 = -0x1.0002b8b263fc3p-3 * -8;

    private static final double LN2HI = PowLogData.LN2HI;
    private static final double LN2LO = PowLogData.LN2LO;
    private static final double[] LOG_TAB = PowLogData.TAB;

    private static final double INV_LN2_N = ExpData.INV_LN2_N;
    private static final double NEG_LN2_HI_N = ExpData.NEG_LN2_HI_N;
    private static final double NEG_LN2_LO_N = ExpData.NEG_LN2_LO_N;
    private static final long[] EXP_TAB = ExpData.TAB;
    /** 1.5*2^52: adding it rounds to an integer held in the low bits. */
    private static final double SHIFT = 0x1.8p52;
    // exp(r) - 1 ~ r + C2 r^2 + ... + C5 r^5 (e_exp_data.c, EXP_POLY_ORDER == 5), as in ExpGlibc
    private static final double C2 = 0x1.ffffffffffdbdp-2;
    private static final double C3 = 0x1.555555555543cp-3;
    private static final double C4 = 0x1.55555cf172b91p-5;
    private static final double C5 = 0x1.1111167a4d017p-7;

    /** Bit pattern of {@code 0x1.69555p-1}, the lower end of the log's reduced range. */
    static final long OFF = 0x3fe6955500000000L;
    /** Added to {@code k} (in the exp's scale bits) to make the result negative: the sign bit. */
    private static final long SIGN_BIAS = 0x800L << 7;
    private static final long ONE = 0x3ff0000000000000L;
    private static final long INF = 0x7ff0000000000000L;
    private static final long SIGN = 0x8000000000000000L;
    private static final long QUIET_BIT = 0x0008000000000000L;
    /** The NaN x86 produces for an invalid operation ("real indefinite"). */
    private static final long DEFAULT_NAN = 0xfff8000000000000L;

    /** {@code pow(x, y)} as glibc's variant {@code v} computes it. */
    public static double pow(double x, double y, MathVariant v) {
        return v == MathVariant.FMA ? powFma(x, y) : powNoFma(x, y);
    }

    /** glibc's {@code __pow_fma} (CPUs with FMA and AVX2). */
    public static double powFma(double x, double y) {
        return pow(x, y, true);
    }

    /** glibc's generic {@code __pow_sse2}. */
    public static double powNoFma(double x, double y) {
        return pow(x, y, false);
    }

    private static double pow(double x, double y, boolean fma) {
        long ix = Double.doubleToRawLongBits(x);
        long iy = Double.doubleToRawLongBits(y);
        int topx = (int) (ix >>> 52);
        int topy = (int) (iy >>> 52);
        long signBias = 0;
        if (Integer.compareUnsigned(topx - 0x001, 0x7ff - 0x001) >= 0
                || Integer.compareUnsigned((topy & 0x7ff) - 0x3be, 0x43e - 0x3be) >= 0) {
            // x is subnormal, zero, negative, infinite or NaN, or |y| < 2^-65, |y| >= 2^63 or NaN
            if (zeroInfNan(iy)) {
                return zeroInfNanY(x, y, ix, iy);
            }
            if (zeroInfNan(ix)) {
                return zeroInfNanX(x, ix, iy);
            }
            // x and y are finite and non-zero
            if (ix < 0) {
                int yint = checkint(iy);
                if (yint == 0) {
                    return Double.longBitsToDouble(DEFAULT_NAN); // (x - x) / (x - x)
                }
                if (yint == 1) {
                    signBias = SIGN_BIAS;
                }
                ix &= ~SIGN;
                topx &= 0x7ff;
            }
            if (Integer.compareUnsigned((topy & 0x7ff) - 0x3be, 0x43e - 0x3be) >= 0) {
                // |y| < 2^-65 or |y| >= 2^63 (so y is an even integer, signBias is 0)
                if (ix == ONE) {
                    return 1.0;
                }
                if ((topy & 0x7ff) < 0x3be) {
                    return Long.compareUnsigned(ix, ONE) > 0 ? 1.0 + y : 1.0 - y;
                }
                return (Long.compareUnsigned(ix, ONE) > 0) == (topy < 0x800)
                        ? Double.POSITIVE_INFINITY : 0.0;
            }
            if (topx == 0) {
                // subnormal x: normalize so that the exponent becomes negative
                ix = Double.doubleToRawLongBits(x * 0x1p52);
                ix &= ~SIGN;
                ix -= 52L << 52;
            }
        }

        // ---- log x = hi + lo ----
        long tmp = ix - OFF;
        int i = (int) (tmp >>> 45) & 127;
        int k = (int) (tmp >> 52);
        long iz = ix - (tmp & 0xfff0000000000000L);
        double z = Double.longBitsToDouble(iz);
        double kd = k;
        double invc = LOG_TAB[3 * i];
        double logc = LOG_TAB[3 * i + 1];
        double logctail = LOG_TAB[3 * i + 2];
        double hi;
        double lo;
        if (fma) {
            double r = Math.fma(z, invc, -1.0);
            double t1 = Math.fma(kd, LN2HI, logc);
            double t2 = t1 + r;
            double lo1 = Math.fma(kd, LN2LO, logctail);
            double lo2 = t1 - t2 + r;
            double ar = A0 * r;
            double ar2 = r * ar;
            double ar3 = r * ar2;
            double h = t2 + ar2;
            double lo3 = Math.fma(ar, r, -ar2);
            double lo4 = t2 - h + ar2;
            double q = Math.fma(ar2, Math.fma(ar2, Math.fma(r, A6, A5), Math.fma(r, A4, A3)),
                    Math.fma(r, A2, A1));
            double l = Math.fma(ar3, q, lo1 + lo2 + lo3 + lo4);
            hi = h + l;
            lo = h - hi + l;
        } else {
            double zhi = Double.longBitsToDouble((iz + (1L << 31)) & (-1L << 32));
            double zlo = z - zhi;
            double rhi = zhi * invc - 1.0;
            double rlo = zlo * invc;
            double r = rhi + rlo;
            double t1 = kd * LN2HI + logc;
            double t2 = t1 + r;
            double lo1 = kd * LN2LO + logctail;
            double lo2 = t1 - t2 + r;
            double ar = A0 * r;
            double ar2 = r * ar;
            double ar3 = r * ar2;
            double arhi = A0 * rhi;
            double arhi2 = rhi * arhi;
            double h = t2 + arhi2;
            double lo3 = rlo * (ar + arhi);
            double lo4 = t2 - h + arhi2;
            double p = ar3 * (A1 + r * A2 + ar2 * (A3 + r * A4 + ar2 * (A5 + r * A6)));
            double l = lo1 + lo2 + lo3 + lo4 + p;
            hi = h + l;
            lo = h - hi + l;
        }

        // ---- y log x = ehi + elo ----
        double ehi;
        double elo;
        if (fma) {
            ehi = y * hi;
            elo = Math.fma(y, lo, Math.fma(y, hi, -ehi));
        } else {
            double yhi = Double.longBitsToDouble(iy & (-1L << 27));
            double ylo = y - yhi;
            double lhi = Double.longBitsToDouble(Double.doubleToRawLongBits(hi) & (-1L << 27));
            double llo = hi - lhi + lo;
            ehi = yhi * lhi;
            elo = ylo * lhi + y * llo;
        }
        return exp(ehi, elo, signBias, fma);
    }

    /** {@code +-exp(x + xtail)}, {@code signBias} {@link #SIGN_BIAS} for the negative sign. */
    private static double exp(double x, double xtail, long signBias, boolean fma) {
        int abstop = (int) (Double.doubleToRawLongBits(x) >>> 52) & 0x7ff;
        if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) {
            if (abstop - 0x3c9 < 0) {
                // |x| < 2^-54: the result is 1 (rounded as 1 + x)
                double one = 1.0 + x;
                return signBias != 0 ? -one : one;
            }
            if (abstop >= 0x409) {
                // |x| >= 1024: certain overflow or underflow (inf and NaN were handled before)
                boolean negative = Double.doubleToRawLongBits(x) < 0;
                if (negative) {
                    return signBias != 0 ? -0.0 : 0.0;
                }
                return signBias != 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            abstop = 0; // |x| in [512, 1024): may overflow or underflow
        }
        double kd;
        double r;
        if (fma) {
            kd = Math.fma(x, INV_LN2_N, SHIFT);
        } else {
            double z = INV_LN2_N * x;
            kd = z + SHIFT;
        }
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        if (fma) {
            r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
        } else {
            r = x + kd * NEG_LN2_HI_N + kd * NEG_LN2_LO_N;
        }
        r += xtail;
        int idx = 2 * (int) (ki & 127);
        long top = (ki + signBias) << 45;
        double tail = Double.longBitsToDouble(EXP_TAB[idx]);
        long sbits = EXP_TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp;
        if (fma) {
            tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
        } else {
            tmp = tail + r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
        }
        if (abstop == 0) {
            return specialCase(tmp, sbits, ki, fma);
        }
        double scale = Double.longBitsToDouble(sbits);
        return fma ? Math.fma(scale, tmp, scale) : scale + scale * tmp;
    }

    /**
     * {@code scale (1 + tmp)} when it may overflow or underflow: the exponent of {@code sbits}
     * may have wrapped, so it is moved into range first, and a result in the subnormal range is
     * rounded to its final precision before the last, exact, scaling.
     */
    private static double specialCase(double tmp, long sbits, long ki, boolean fma) {
        if ((ki & 0x80000000L) == 0) {
            // k > 0: the exponent of scale may have overflowed by up to 460
            double scale = Double.longBitsToDouble(sbits - (1009L << 52));
            double y = fma ? Math.fma(scale, tmp, scale) : scale + scale * tmp;
            return y * 0x1p1009;
        }
        // k < 0: careful rounding into the subnormal range (unfused in both builds)
        long sb = sbits + (1022L << 52);
        double scale = Double.longBitsToDouble(sb);
        double scaleTmp = scale * tmp;
        double y = scale + scaleTmp;
        if (Math.abs(y) < 1.0) {
            double one = y < 0.0 ? -1.0 : 1.0;
            double lo = scale - y + scaleTmp;
            double hi = one + y;
            lo = one - hi + y + lo;
            y = (hi + lo) - one;
            if (y == 0.0) {
                y = Double.longBitsToDouble(sb & SIGN); // the zero keeps the result's sign
            }
        }
        return 0x1p-1022 * y;
    }

    /** Whether the bits are those of a zero, an infinity or a NaN. */
    private static boolean zeroInfNan(long i) {
        return Long.compareUnsigned(2 * i - 1, 2 * INF - 1) >= 0;
    }

    /**
     * Which kind of integer {@code y} is (its bits; non-zero and finite): 0 for no integer, 1
     * for odd, 2 for even.
     */
    public static int checkint(long iy) {
        int e = (int) (iy >>> 52) & 0x7ff;
        if (e < 0x3ff) {
            return 0;
        }
        if (e > 0x3ff + 52) {
            return 2;
        }
        if ((iy & ((1L << (0x3ff + 52 - e)) - 1)) != 0) {
            return 0;
        }
        if ((iy & (1L << (0x3ff + 52 - e))) != 0) {
            return 1;
        }
        return 2;
    }

    private static boolean isSignaling(long bits) {
        return Long.compareUnsigned(2 * (bits ^ QUIET_BIT), 2 * 0x7ff8000000000000L) > 0;
    }

    /** {@code x + y} as x86's {@code addsd} gives it when one of them is a NaN. */
    private static double addNaN(long ix, long iy) {
        boolean xNaN = Long.compareUnsigned(2 * ix, 2 * INF) > 0;
        return Double.longBitsToDouble((xNaN ? ix : iy) | QUIET_BIT);
    }

    /** {@code y} is zero, infinite or NaN. */
    private static double zeroInfNanY(double x, double y, long ix, long iy) {
        if (2 * iy == 0) {
            return isSignaling(ix) ? addNaN(ix, iy) : 1.0;
        }
        if (ix == ONE) {
            return isSignaling(iy) ? addNaN(ix, iy) : 1.0;
        }
        if (Long.compareUnsigned(2 * ix, 2 * INF) > 0 || Long.compareUnsigned(2 * iy, 2 * INF) > 0) {
            return addNaN(ix, iy);
        }
        if (2 * ix == 2 * ONE) {
            return 1.0; // pow(-1, +-inf)
        }
        if ((Long.compareUnsigned(2 * ix, 2 * ONE) < 0) == (iy >= 0)) {
            return 0.0; // |x| < 1 and y = +inf, or |x| > 1 and y = -inf
        }
        return Double.POSITIVE_INFINITY; // y * y
    }

    /**
     * {@code x} is zero, infinite or NaN ({@code y} finite and non-zero): {@code x^2} or
     * {@code 1/x^2}, negated when {@code x} is negative and {@code y} an odd integer. For a NaN
     * {@code x} that negation flips the NaN's sign bit, as glibc's {@code -x2} does.
     */
    private static double zeroInfNanX(double x, long ix, long iy) {
        long x2;
        if (Long.compareUnsigned(2 * ix, 2 * INF) > 0) {
            x2 = ix | QUIET_BIT; // x * x keeps the NaN
        } else {
            x2 = Double.doubleToRawLongBits(x * x);
        }
        if (ix < 0 && checkint(iy) == 1) {
            x2 ^= SIGN;
        }
        if (iy < 0) {
            if (Long.compareUnsigned(2 * x2, 2 * INF) > 0) {
                return Double.longBitsToDouble(x2); // 1 / NaN keeps the NaN
            }
            return 1 / Double.longBitsToDouble(x2);
        }
        return Double.longBitsToDouble(x2);
    }
}
