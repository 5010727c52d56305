package org.seedcompat.engine.math.gen;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Regenerates the 16-entry table of glibc's single-precision {@code logf} (glibc 2.27+, the ARM
 * optimized-routines algorithm) and its {@code ln2} from their definitions.
 *
 * <h2>What the table is</h2>
 *
 * <p>{@code logf} reduces its argument to {@code z} in {@code [0x1.66p-1, 0x1.66p0)}, the floats
 * with bit patterns from {@value #OFF_HEX} on, and splits that range by the top four mantissa
 * bits counted from there: subinterval {@code i} holds the {@code 2^19} floats with bit patterns
 * {@code OFF + i 2^19} to {@code OFF + (i+1) 2^19 - 1}. Each entry holds {@code invc = 1/c} and
 * {@code logc = log c} for a point {@code c} of its subinterval.
 *
 * <h2>The definition used here</h2>
 *
 * <p>glibc (and optimized-routines, where the table comes from) do not publish how {@code c} was
 * chosen. The following rule reproduces 15 of the 16 entries bit for bit:
 * <ul>
 *   <li>{@code c} is the midpoint of the smallest and the largest float of the subinterval
 *       (not of its real bounds: half a float ulp lower);</li>
 *   <li>except in the subinterval that contains 1 (entry 9), where {@code c = 1}, so that
 *       {@code invc = 1} and {@code logc = 0} exactly and inputs near 1 lose no accuracy;</li>
 *   <li>{@code invc} is the double nearest {@code 1/c}, and {@code logc} the double nearest
 *       {@code log(1/invc)} (the log of the point the algorithm really divides by).</li>
 * </ul>
 * Entry 10, the subinterval just above 1 ({@code [1.0234375, 1.0859375)}), does not follow it:
 * glibc's {@code invc} is {@code 0x1.e608cfd9a47acp-1}, i.e. {@code c = 1.05342333...}, about
 * 0.00126 (10^13 double ulps of {@code invc}) below the midpoint {@code 1.05468744...}. Its
 * {@code logc} still is the double nearest {@code log(1/invc)}, and its {@code c} lies in the
 * subinterval; the shift is close to (though not at) the {@code c} that minimizes the largest
 * relative error of the polynomial over that subinterval, whose {@code r} range the point 1
 * pushes outward, so it looks hand-tuned. {@link #GLIBC_ENTRY_10_INVC} records it as a given
 * constant; {@link #derive(int)} returns the midpoint rule's value for reference and
 * {@link #entry(int)} the value glibc uses.
 *
 * <p>{@code ln2} is the double nearest {@code ln 2}. The three polynomial coefficients are a
 * minimax fit and are not regenerated.
 *
 * <p>Usage: {@code java -cp engine/target/classes org.seedcompat.engine.math.gen.LogfTableGenerator}
 * prints the table as Java source.
 */
public final class LogfTableGenerator {

    /** Number of subintervals. */
    public static final int N = 16;
    /** Bit pattern of the lower end of the reduced range, {@code 0x1.66p-1}. */
    public static final int OFF = 0x3f330000;
    private static final String OFF_HEX = "0x3f330000";
    /** Index of the subinterval that contains 1. */
    public static final int ENTRY_OF_ONE = 9;
    /** The one entry whose point has no published definition (see the class comment). */
    public static final int IRREGULAR_ENTRY = 10;
    /** glibc's {@code invc} of entry {@value #IRREGULAR_ENTRY}, taken as given. */
    public static final double GLIBC_ENTRY_10_INVC = 0x1.e608cfd9a47acp-1;

    /** Fixed-point precision of the logarithms (far beyond what rounding to double needs). */
    private static final int F = 256;

    private LogfTableGenerator() {
    }

    /** The smallest float of subinterval {@code i}. */
    public static float subintervalFirst(int i) {
        return Float.intBitsToFloat(OFF + (i << 19));
    }

    /** The largest float of subinterval {@code i}. */
    public static float subintervalLast(int i) {
        return Float.intBitsToFloat(OFF + ((i + 1) << 19) - 1);
    }

    /**
     * The midpoint rule's {@code {invc, logc}} for entry {@code i} ({@code c = 1} for the entry
     * containing 1), also for entry {@value #IRREGULAR_ENTRY}, where glibc differs.
     */
    public static double[] derive(int i) {
        if (i == ENTRY_OF_ONE) {
            return fromInvc(1.0);
        }
        // c = (first + last) / 2, so 1/c = 2 / (first + last), exactly as rationals
        BigInteger[] first = ExactArithmetic.exact(subintervalFirst(i));
        BigInteger[] last = ExactArithmetic.exact(subintervalLast(i));
        // both denominators are powers of two: bring them to the larger one
        BigInteger den = first[1].max(last[1]);
        BigInteger sum = first[0].multiply(den.divide(first[1])).add(last[0].multiply(den.divide(last[1])));
        double invc = ExactArithmetic.roundToDouble(den.shiftLeft(1), sum);
        return fromInvc(invc);
    }

    /** The entry glibc uses: {@link #derive} except for entry {@value #IRREGULAR_ENTRY}. */
    public static double[] entry(int i) {
        return i == IRREGULAR_ENTRY ? fromInvc(GLIBC_ENTRY_10_INVC) : derive(i);
    }

    /** {@code {invc, logc}} with {@code logc} the double nearest {@code log(1/invc)}. */
    public static double[] fromInvc(double invc) {
        return new double[] {invc, logOfInverse(invc)};
    }

    /** The double nearest {@code -log(v)} for a positive double {@code v} near 1. */
    public static double logOfInverse(double v) {
        if (v == 1.0) {
            return 0.0; // exact, and the only case where the rounding check cannot decide
        }
        BigInteger[] q = ExactArithmetic.exact(v);
        // -log(num/den) = log(den/num)
        return ExactArithmetic.roundFixedToDouble(ExactArithmetic.ln(q[1], q[0], F), F);
    }

    /** The double nearest {@code ln 2}. */
    public static double ln2() {
        return ExactArithmetic.roundFixedToDouble(ExactArithmetic.ln(BigInteger.TWO, BigInteger.ONE, F), F);
    }

    /** The whole table as glibc uses it, {@code {invc, logc}} interleaved. */
    public static double[] table() {
        double[] t = new double[2 * N];
        for (int i = 0; i < N; i++) {
            double[] e = entry(i);
            t[2 * i] = e[0];
            t[2 * i + 1] = e[1];
        }
        return t;
    }

    /** Prints the table as Java source. */
    public static void main(String[] args) {
        double[] t = table();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < N; i++) {
            sb.append(String.format(Locale.ROOT, "        %s, %s, // %d%n",
                    Double.toHexString(t[2 * i]), Double.toHexString(t[2 * i + 1]), i));
        }
        sb.append("    LN2 = ").append(Double.toHexString(ln2())).append(System.lineSeparator());
        double[] midpoint = derive(IRREGULAR_ENTRY);
        sb.append(String.format(Locale.ROOT, "    (entry %d by the midpoint rule would be %s, %s)%n",
                IRREGULAR_ENTRY, Double.toHexString(midpoint[0]), Double.toHexString(midpoint[1])));
        System.out.print(sb);
    }
}
