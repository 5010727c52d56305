package org.seedcompat.engine.math.gen;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Regenerates the constants of glibc's single-precision {@code expf} (glibc 2.27 and later, the
 * algorithm of ARM's optimized-routines; its table is the one glibc's {@code exp2f} shares) from
 * their definitions.
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>Table, for {@code i = 0..31}: {@code tab[i] = bits(RN(2^(i/32))) - (i << 47)}. The
 *       entry is the bit pattern of the double nearest {@code 2^(i/32)} with {@code i} taken out
 *       of its significand field at the position (bit 47 = 52 - 5) where the caller adds back
 *       the whole reduced exponent {@code k}: {@code bits(tab[k mod 32] + (k << 47))} is then
 *       {@code RN(2^((k mod 32)/32)) 2^floor(k/32)}, exactly, for every {@code |k| < 2^16}.</li>
 *   <li>{@code invLn2N = 32 RN(1/ln 2)}: scaling by the table size is exact.</li>
 *   <li>{@code shift = 1.5 2^52}: the double whose ulp is 1 and that sits in the middle of its
 *       binade, so that {@code RN(z + shift)} is {@code z} rounded to an integer (ties to even),
 *       held in the low bits of the significand in two's complement, for {@code |z| < 2^51}.</li>
 *   <li>Argument bounds (floats, the first and the last being compared with {@code >} and
 *       {@code <}): {@code overflowBound}, the largest float below {@code ln 2^128 = 128 ln 2};
 *       {@code underflowBound}, the smallest float above {@code ln 2^-150 = -150 ln 2};
 *       {@code mayUnderflowBound}, the smallest float above {@code ln 2^-149 = -149 ln 2}. Above
 *       the first the result overflows, below the second it rounds to {@code +0}, and between the
 *       second and the third it lies strictly between {@code 2^-150} and {@code 2^-149} and rounds
 *       to the smallest subnormal.</li>
 * </ul>
 * glibc 2.36's {@code __exp2f_data} and the bounds in {@code e_expf.c} match these in every bit.
 * (The table is also every fourth entry of {@code exp}'s 128-entry table of
 * {@link ExpTableGenerator}, as {@code 2^(i/32) = 2^(4i/128)}.) The cubic's coefficients are a
 * minimax fit and are taken as given; the port scales them by powers of two.
 *
 * <p>Usage: {@code java -cp engine/target/classes org.seedcompat.engine.math.gen.ExpfTableGenerator}
 * prints the constants as Java source.
 */
public final class ExpfTableGenerator {

    /** glibc's {@code EXP2F_TABLE_BITS}. */
    public static final int TABLE_BITS = 5;

    /** Table size, {@code 1 << TABLE_BITS}. */
    public static final int N = 1 << TABLE_BITS;

    /** Fraction bits of the fixed-point arithmetic. */
    private static final int F = 320;

    private ExpfTableGenerator() {
    }

    /** {@code tab[i] = bits(RN(2^(i/32))) - (i << 47)}. */
    public static long[] table() {
        long[] tab = new long[N];
        for (int i = 0; i < N; i++) {
            double h = HighPrecision.roundChecked(HighPrecision.exp2(i, TABLE_BITS, F), F);
            tab[i] = Double.doubleToRawLongBits(h) - ((long) i << (52 - TABLE_BITS));
        }
        return tab;
    }

    /** {@code 32 RN(1/ln 2)}. */
    public static double invLn2N() {
        BigInteger inv = HighPrecision.one(2 * F).divide(HighPrecision.ln2(F));
        return N * HighPrecision.roundChecked(inv, F);
    }

    /** {@code 1.5 2^52}. */
    public static double shift() {
        return HighPrecision.round(BigInteger.valueOf(3).shiftLeft(51), 0);
    }

    /** The largest float below {@code 128 ln 2}. */
    public static float overflowBound() {
        return floatBelow(multipleOfLn2(128));
    }

    /** The smallest float above {@code -150 ln 2}. */
    public static float underflowBound() {
        return floatAbove(multipleOfLn2(-150));
    }

    /** The smallest float above {@code -149 ln 2}. */
    public static float mayUnderflowBound() {
        return floatAbove(multipleOfLn2(-149));
    }

    /** {@code m ln 2}, rounded to the nearest double (with its rounding checked). */
    private static double multipleOfLn2(int m) {
        return HighPrecision.roundChecked(HighPrecision.ln2(F).multiply(BigInteger.valueOf(m)), F);
    }

    /**
     * The largest float below the real number that {@code d} is the nearest double of; the real
     * number is within half a double ulp of {@code d}, so it suffices that no float lies that close.
     */
    private static float floatBelow(double d) {
        float f = (float) d;
        if (f > d) {
            f = Math.nextDown(f);
        }
        requireClear(f, d);
        return f;
    }

    /** The smallest float above the real number {@code d} is the nearest double of. */
    private static float floatAbove(double d) {
        float f = (float) d;
        if (f < d) {
            f = Math.nextUp(f);
        }
        requireClear(f, d);
        return f;
    }

    private static void requireClear(float f, double d) {
        if (Math.abs(f - d) <= Math.ulp(d)) {
            throw new ArithmeticException("a float lies too close to " + Double.toHexString(d));
        }
    }

    /** Prints the constants as Java source. */
    public static void main(String[] args) {
        long[] tab = table();
        StringBuilder sb = new StringBuilder();
        sb.append("    static final long[] TAB = {").append(System.lineSeparator());
        for (int i = 0; i < N; i += 4) {
            sb.append("       ");
            for (int j = i; j < i + 4; j++) {
                sb.append(String.format(Locale.ROOT, " 0x%016xL,", tab[j]));
            }
            sb.append(String.format(Locale.ROOT, " // %d..%d%n", i, i + 3));
        }
        sb.append("    };").append(System.lineSeparator());
        sb.append("    INV_LN2_N = ").append(Double.toHexString(invLn2N())).append(System.lineSeparator());
        sb.append("    SHIFT = ").append(Double.toHexString(shift())).append(System.lineSeparator());
        sb.append("    OVERFLOW_BOUND = ").append(Float.toHexString(overflowBound())).append("f")
                .append(System.lineSeparator());
        sb.append("    UNDERFLOW_BOUND = ").append(Float.toHexString(underflowBound())).append("f")
                .append(System.lineSeparator());
        sb.append("    MAY_UNDERFLOW_BOUND = ").append(Float.toHexString(mayUnderflowBound())).append("f")
                .append(System.lineSeparator());
        System.out.print(sb);
    }
}
