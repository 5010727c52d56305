package org.seedcompat.engine.math.gen;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Regenerates the {@code pi}-derived constants of glibc's single-precision {@code sinf},
 * {@code cosf} and {@code sincosf} (glibc 2.28+, the ARM optimized-routines algorithm) from
 * {@code pi} itself, computed by Machin's formula to 320 bits:
 * <ul>
 *   <li>the reduction table {@code __inv_pio4}: 24 words, word {@code j} holding the bits of
 *       {@code 2/pi} from position {@code 8j - 23} to {@code 8j + 8} after the binary point,
 *       i.e. {@code floor(2^(8j+9) / pi) mod 2^32} (glibc calls it "4/PI to 192 bits":
 *       the same bits, one place on; consecutive words overlap so that any three words four
 *       apart form 96 consecutive bits);</li>
 *   <li>{@code hpi}, the double nearest {@code pi/2}; {@code hpi_inv}, the double nearest
 *       {@code 2/pi} times 2^24; {@code pi63}, the double nearest {@code 2 pi 2^-64}; and
 *       {@code pio4}, the float nearest {@code pi/4}.</li>
 * </ul>
 * The polynomial coefficients are minimax fits and are not regenerated.
 *
 * <p>Usage: {@code java -cp engine/target/classes org.seedcompat.engine.math.gen.SincosfTableGenerator}
 * prints them as Java source.
 */
public final class SincosfTableGenerator {

    /** Number of words of {@code __inv_pio4}. */
    public static final int WORDS = 24;

    /** Fixed-point precision of {@code pi}. */
    private static final int F = 320;

    private SincosfTableGenerator() {
    }

    /** {@code pi 2^F}, to within {@link ExactArithmetic#FIXED_ERROR}. */
    private static BigInteger pi() {
        return ExactArithmetic.pi(F);
    }

    /**
     * The reduction table: word {@code j} is {@code floor(2^(8j+9) / pi) mod 2^32}. Each floor is
     * checked to be unambiguous given the error of {@code pi}.
     */
    public static int[] invPio4() {
        BigInteger pi = pi();
        BigInteger err = BigInteger.valueOf(ExactArithmetic.FIXED_ERROR);
        int[] words = new int[WORDS];
        for (int j = 0; j < WORDS; j++) {
            // 2^(8j+9) / pi = 2^(8j+9+F) / (pi 2^F); bound it using the bounds on pi 2^F
            BigInteger num = BigInteger.ONE.shiftLeft(8 * j + 9 + F);
            BigInteger hi = num.divide(pi.subtract(err));
            BigInteger lo = num.divide(pi.add(err));
            if (!hi.equals(lo)) {
                throw new ArithmeticException("floor(2^" + (8 * j + 9) + "/pi) is ambiguous");
            }
            words[j] = lo.intValue(); // mod 2^32
        }
        return words;
    }

    /**
     * {@code floor(2^bits 2/pi)}, for checking a reduction against exact arithmetic
     * ({@code bits} at most about 300).
     */
    public static BigInteger twoOverPiBits(int bits) {
        if (bits > F - 16) {
            throw new IllegalArgumentException("at most " + (F - 16) + " bits");
        }
        BigInteger pi = pi();
        BigInteger err = BigInteger.valueOf(ExactArithmetic.FIXED_ERROR);
        BigInteger num = BigInteger.ONE.shiftLeft(bits + 1 + F);
        BigInteger hi = num.divide(pi.subtract(err));
        BigInteger lo = num.divide(pi.add(err));
        if (!hi.equals(lo)) {
            throw new ArithmeticException("floor(2^" + bits + " 2/pi) is ambiguous");
        }
        return lo;
    }

    /** The double nearest {@code pi/2}. */
    public static double hpi() {
        return ExactArithmetic.roundFixedToDouble(pi(), F + 1);
    }

    /** The double nearest {@code 2/pi}, times 2^24 (the form glibc's fast reduction uses). */
    public static double hpiInvScaled() {
        return Math.scalb(twoOverPi(), 24);
    }

    /** The double nearest {@code 2/pi}. */
    public static double twoOverPi() {
        // 2/pi 2^F = 2^(2F+1) / (pi 2^F): its error is far below FIXED_ERROR units
        BigInteger v = BigInteger.ONE.shiftLeft(2 * F + 1).divide(pi());
        return ExactArithmetic.roundFixedToDouble(v, F);
    }

    /** The double nearest {@code 2 pi 2^-64}. */
    public static double pi63() {
        return ExactArithmetic.roundFixedToDouble(pi(), F + 63);
    }

    /** The float nearest {@code pi/4}. */
    public static float pio4() {
        return ExactArithmetic.roundFixedToFloat(pi(), F + 2);
    }

    /** Prints the constants as Java source. */
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        int[] w = invPio4();
        for (int j = 0; j < WORDS; j++) {
            sb.append(j % 4 == 0 ? "        " : " ")
                    .append(String.format(Locale.ROOT, "0x%x,", w[j]))
                    .append(j % 4 == 3 ? System.lineSeparator() : "");
        }
        sb.append("    HPI_INV = ").append(Double.toHexString(hpiInvScaled())).append(System.lineSeparator());
        sb.append("    HPI = ").append(Double.toHexString(hpi())).append(System.lineSeparator());
        sb.append("    PI63 = ").append(Double.toHexString(pi63())).append(System.lineSeparator());
        sb.append("    PIO4 = ").append(Float.toHexString(pio4())).append("f").append(System.lineSeparator());
        System.out.print(sb);
    }
}
