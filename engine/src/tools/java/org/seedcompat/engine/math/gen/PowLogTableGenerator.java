package org.seedcompat.engine.math.gen;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the table of the logarithm inside glibc's double-precision {@code pow} (glibc 2.28+,
 * the ARM optimized-routines algorithm) from its published definition, and writes it as the Java
 * source {@code org/seedcompat/engine/math/glibc/PowLogData.java}.
 *
 * <h2>What the table is</h2>
 *
 * <p>{@code pow} computes {@code log x} to about 68 bits as a double plus a tail. It writes
 * {@code x = 2^k z} with {@code z} in {@code [0x1.69555p-1, 0x1.69555p0)}: the doubles whose bit
 * patterns lie from {@link #OFF} on, split by bit pattern into {@value #N} subintervals of
 * 2<sup>45</sup> patterns each (width 2<sup>-8</sup> below 1, 2<sup>-7</sup> above; subinterval
 * 75 straddles 1). For subinterval {@code i} it needs a point {@code c} and stores
 * {@code invc = 1/c}, {@code logc} and {@code logctail}, with {@code log c = logc + logctail}
 * to well beyond double precision.
 *
 * <h2>The definition (as glibc's data file states it)</h2>
 *
 * <ul>
 *   <li>{@code centre} is the midpoint of the real subinterval, from the double with pattern
 *       {@code OFF + i 2^45} to the one with pattern {@code OFF + (i+1) 2^45};</li>
 *   <li>{@code 1/c = round(N/centre)/N} when {@code centre < 1} and
 *       {@code round(2N/centre)/(2N)} otherwise: {@code 1/c} has few significant bits, so
 *       {@code z/c - 1 = z invc - 1} is exact in double precision;</li>
 *   <li>{@code logc} is {@code log c} rounded to the nearest multiple of 2<sup>-43</sup> (so
 *       {@code k ln2hi + logc} is exact for every exponent {@code k});</li>
 *   <li>{@code logctail} is the double nearest {@code log c - logc}.</li>
 * </ul>
 * This reproduces all 128 entries of glibc 2.36's {@code __pow_log_data.tab} bit for bit
 * (checked against the values in the installed {@code libm.so.6} while this generator was
 * written); no entry departs from the rule. Neighbouring subintervals below 1 often share a
 * point ({@code 1/c} moves in steps of 1/128 there while the subintervals are narrower), and the
 * two subintervals around 1 both get {@code c = 1}, {@code logc = logctail = 0}.
 *
 * <p>{@code ln2hi} and {@code ln2lo} are those of {@code log} ({@link LogTableGenerator#ln2hi()},
 * {@link LogTableGenerator#ln2lo()}). The polynomial coefficients are a minimax fit and are
 * taken as given.
 *
 * <p>Usage: {@code java -cp engine/target/classes
 * org.seedcompat.engine.math.gen.PowLogTableGenerator [output-file | -]}; without arguments it
 * writes {@code engine/src/main/java/org/seedcompat/engine/math/glibc/PowLogData.java} relative to the
 * working directory.
 */
public final class PowLogTableGenerator {

    /** Number of subintervals (glibc's {@code 1 << POW_LOG_TABLE_BITS}). */
    public static final int N = 128;
    /** Bit pattern of the lower end of the reduced range, {@code 0x1.69555p-1}. */
    public static final long OFF = 0x3fe6955500000000L;
    /** Fixed-point precision of the logarithms. */
    private static final int F = 256;

    private PowLogTableGenerator() {
    }

    /** One table entry. */
    public static final class Entry {
        /** Subinterval index. */
        public final int index;
        /** {@code 1/c}, a multiple of 1/256. */
        public final double invc;
        /** {@code log c} rounded to a multiple of 2^-43. */
        public final double logc;
        /** The double nearest {@code log c - logc}. */
        public final double logctail;

        Entry(int index, double invc, double logc, double logctail) {
            this.index = index;
            this.invc = invc;
            this.logc = logc;
            this.logctail = logctail;
        }
    }

    /** Lower end of subinterval {@code i}. */
    public static double subintervalLow(int i) {
        return Double.longBitsToDouble(OFF + ((long) i << 45));
    }

    /** Upper end (exclusive) of subinterval {@code i}. */
    public static double subintervalHigh(int i) {
        return Double.longBitsToDouble(OFF + ((long) (i + 1) << 45));
    }

    /**
     * {@code 1/c} of entry {@code i} by the rule: {@code round(N/centre)/N} below 1, else
     * {@code round(2N/centre)/(2N)}, with {@code centre} the exact midpoint of the subinterval.
     *
     * @throws ArithmeticException if the rounding is a tie (it is in no entry)
     */
    public static double invc(int i) {
        BigInteger[] lo = ExactArithmetic.exact(subintervalLow(i));
        BigInteger[] hi = ExactArithmetic.exact(subintervalHigh(i));
        // centre = (lo + hi) / 2 = cNum / cDen, both denominators powers of two
        BigInteger den = lo[1].max(hi[1]);
        BigInteger cNum = lo[0].multiply(den.divide(lo[1])).add(hi[0].multiply(den.divide(hi[1])));
        BigInteger cDen = den.shiftLeft(1);
        boolean below1 = cNum.compareTo(cDen) < 0;
        int scale = below1 ? N : 2 * N;
        // scale / centre = scale cDen / cNum, rounded to the nearest integer
        BigInteger num = BigInteger.valueOf(scale).multiply(cDen);
        BigInteger[] qr = num.divideAndRemainder(cNum);
        int cmp = qr[1].shiftLeft(1).compareTo(cNum);
        if (cmp == 0) {
            throw new ArithmeticException("tie in round(" + scale + "/centre) for entry " + i);
        }
        BigInteger j = cmp > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return j.doubleValue() / scale; // exact: j has at most 9 bits
    }

    /** Derives entry {@code i}. */
    public static Entry derive(int i) {
        return fromInvc(i, invc(i));
    }

    /** {@code logc} and {@code logctail} of the point {@code c = 1/invc}. */
    public static Entry fromInvc(int i, double invc) {
        if (invc == 1.0) {
            return new Entry(i, invc, 0.0, 0.0);
        }
        BigInteger[] q = ExactArithmetic.exact(invc);
        // log c = -log(invc) = log(den/num), in 2^-F units to within FIXED_ERROR
        BigInteger logC = ExactArithmetic.ln(q[1], q[0], F);
        BigInteger grid = ExactArithmetic.shiftRound(logC, F - 43); // nearest multiple of 2^-43
        BigInteger rem = logC.subtract(grid.shiftLeft(F - 43));
        BigInteger half = BigInteger.ONE.shiftLeft(F - 44);
        if (half.subtract(rem.abs()).compareTo(BigInteger.valueOf(4L * ExactArithmetic.FIXED_ERROR)) < 0) {
            throw new ArithmeticException("log c too close to a rounding boundary of 2^-43 in entry " + i);
        }
        double logc = Math.scalb(grid.doubleValue(), -43); // exact: well under 53 bits
        double logctail = ExactArithmetic.roundFixedToDouble(rem, F);
        return new Entry(i, invc, logc, logctail);
    }

    /** All entries. */
    public static Entry[] deriveAll() {
        Entry[] out = new Entry[N];
        for (int i = 0; i < N; i++) {
            out[i] = derive(i);
        }
        return out;
    }

    /** Renders the generated source file. */
    public static String render(Entry[] entries) {
        StringBuilder sb = new StringBuilder();
        sb.append("package org.seedcompat.engine.math.glibc;\n\n");
        sb.append("/*\n");
        sb.append(" * GENERATED by org.seedcompat.engine.math.gen.PowLogTableGenerator -- do not edit by hand.\n");
        sb.append(" * Regenerate with:\n");
        sb.append(" *   mvn -q -pl engine compile && java -cp engine/target/classes \\\n");
        sb.append(" *       org.seedcompat.engine.math.gen.PowLogTableGenerator\n");
        sb.append(" */\n\n");
        sb.append("/**\n");
        sb.append(" * Table of the logarithm inside glibc's double-precision {@code pow}, regenerated from its\n");
        sb.append(" * definition (see {@link org.seedcompat.engine.math.gen.PowLogTableGenerator}).\n");
        sb.append(" */\n");
        sb.append("final class PowLogData {\n\n");
        sb.append("    private PowLogData() {\n    }\n\n");
        sb.append("    /** {@code ln 2} rounded to a multiple of 2^-42. */\n");
        sb.append("    static final double LN2HI = ").append(hex(LogTableGenerator.ln2hi())).append(";\n");
        sb.append("    /** The double nearest {@code ln 2 - LN2HI}. */\n");
        sb.append("    static final double LN2LO = ").append(hex(LogTableGenerator.ln2lo())).append(";\n\n");
        sb.append("    /**\n");
        sb.append("     * {@code {invc, logc, logctail}} of subinterval {@code i} at {@code [3*i]}, {@code [3*i+1]}\n");
        sb.append("     * and {@code [3*i+2]}.\n");
        sb.append("     */\n");
        sb.append("    static final double[] TAB = {\n");
        for (Entry e : entries) {
            sb.append("        ").append(hex(e.invc)).append(", ").append(hex(e.logc)).append(", ")
                    .append(hex(e.logctail)).append(", // ").append(e.index).append('\n');
        }
        sb.append("    };\n}\n");
        return sb.toString();
    }

    private static String hex(double v) {
        return Double.toHexString(v);
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws IOException {
        String target = args.length > 0 ? args[0]
                : "engine/src/main/java/org/seedcompat/engine/math/glibc/PowLogData.java";
        String src = render(deriveAll());
        if (target.equals("-")) {
            System.out.print(src);
        } else {
            Files.writeString(Path.of(target), src, StandardCharsets.UTF_8);
        }
    }
}
