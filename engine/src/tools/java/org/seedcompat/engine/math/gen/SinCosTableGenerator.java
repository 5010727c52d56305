package org.seedcompat.engine.math.gen;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the tables of glibc's double-precision {@code sin}, {@code cos} (IBM Accurate
 * Mathematical Library, {@code sysdeps/ieee754/dbl-64/s_sin.c}) and of its large-argument
 * reduction ({@code branred.c}, shared with {@code tan}), and writes them as the Java source
 * {@code org/seedcompat/engine/math/glibc/SinCosData.java}.
 *
 * <h2>The sin/cos table ({@code __sincostab})</h2>
 *
 * <p>For the 110 points {@code x_i = i/128}, {@code i = 0..109} (the reduced arguments reach
 * {@code 0.855469 < 109.5/128}), four doubles: {@code sn = RN(sin x_i)},
 * {@code ssn = RN(sin x_i - sn)}, {@code cs = RN(cos x_i)}, {@code ccs = RN(cos x_i - cs)},
 * where {@code RN} rounds to nearest even. The port looks them up at {@code [4i .. 4i+3]}.
 *
 * <p><b>Where glibc's table departs from this definition.</b> All 220 leading parts
 * ({@code sn}, {@code cs}) of glibc 2.36's table equal the regenerated ones, and so do 202 of
 * the 220 trailing parts. The other 18 trailing parts were evidently computed with about 108 to
 * 113 bits of absolute accuracy rather than rounded from the exact value; glibc's entry minus
 * the regenerated one, in units in the last place of the entry:
 * <pre>
 *   i   column  difference      i   column  difference      i   column  difference
 *   2   ssn     -1              36  ssn     +1              79  ccs     +1
 *   10  ssn     -1              40  ssn     -2              85  ssn     -1
 *   23  ssn     -39             44  ccs     -1              90  ssn     -2
 *   26  ccs     +1              70  ccs     +1              94  ssn     +1
 *   27  ssn     -1              75  ssn     -1              107 ssn     +1
 *   33  ssn     -1              75  ccs     +2
 *   34  ssn     -1
 * </pre>
 * (An ulp of these trailing parts is between 2^-118 and 2^-108.) The port uses the regenerated
 * values. A trailing part enters the result only as an additive correction, so a difference
 * {@code d} changes a result only when the computed sum lies within {@code d} of a rounding
 * boundary: for these entries at most about one argument in 2^54 of those that use them (the
 * result has an ulp of 2^-54 or 2^-53). No difference showed in the comparisons against the
 * library, which included 5*10^7 arguments per function and build drawn to use exactly these
 * entries.
 *
 * <h2>The digits of 2/pi ({@code toverp})</h2>
 *
 * <p>75 consecutive base-2^24 digits of the fraction {@code 2/pi = sum d_j 2^(-24(j+1))}, each
 * stored as a double (exact). glibc's table matches this definition in every digit.
 *
 * <p>Usage: {@code java -cp engine/target/classes
 * org.seedcompat.engine.math.gen.SinCosTableGenerator [output-file | -]}; without arguments it
 * writes {@code engine/src/main/java/org/seedcompat/engine/math/glibc/SinCosData.java} relative to the
 * working directory. It takes well under a second.
 */
public final class SinCosTableGenerator {

    /** Number of table points {@code i/128}. */
    public static final int POINTS = 110;
    /** Number of base-2^24 digits of 2/pi. */
    public static final int TOVERP_DIGITS = 75;

    private static final int F = 320;

    private SinCosTableGenerator() {
    }

    /** The sin/cos table: {@code {sn, ssn, cs, ccs}} of {@code i/128} at {@code [4i .. 4i+3]}. */
    public static double[] sinCosTable() {
        double[] tab = new double[4 * POINTS];
        tab[2] = 1.0; // sin 0 = 0 and cos 0 = 1 exactly: all parts but cs are zero
        for (int i = 1; i < POINTS; i++) {
            BigInteger x = BigInteger.valueOf(i).shiftLeft(F - 7);
            BigInteger s = HighPrecision.sin(x, F);
            BigInteger c = HighPrecision.cos(x, F);
            double sn = HighPrecision.roundChecked(s, F);
            double cs = HighPrecision.roundChecked(c, F);
            tab[4 * i] = sn;
            tab[4 * i + 1] = HighPrecision.roundChecked(s.subtract(HighPrecision.fixed(sn, F)), F);
            tab[4 * i + 2] = cs;
            tab[4 * i + 3] = HighPrecision.roundChecked(c.subtract(HighPrecision.fixed(cs, F)), F);
        }
        return tab;
    }

    /** The first {@value #TOVERP_DIGITS} base-2^24 digits of the fraction 2/pi. */
    public static double[] toverp() {
        int f = 24 * TOVERP_DIGITS + 64;
        BigInteger twoOverPi = BigInteger.ONE.shiftLeft(2 * f + 1).divide(HighPrecision.pi(f));
        BigInteger err = BigInteger.valueOf(HighPrecision.ERROR_UNITS);
        BigInteger lo = twoOverPi.subtract(err);
        BigInteger hi = twoOverPi.add(err);
        double[] digits = new double[TOVERP_DIGITS];
        for (int j = 0; j < TOVERP_DIGITS; j++) {
            int shift = f - 24 * (j + 1);
            long d = twoOverPi.shiftRight(shift).longValue() & 0xffffff;
            long dl = lo.shiftRight(shift).longValue() & 0xffffff;
            long dh = hi.shiftRight(shift).longValue() & 0xffffff;
            if (d != dl || d != dh) {
                throw new ArithmeticException("digit " + j + " of 2/pi is not settled at this precision");
            }
            digits[j] = d;
        }
        return digits;
    }

    /** The Java source of {@code SinCosData}. */
    public static String render() {
        double[] tab = sinCosTable();
        double[] toverp = toverp();
        StringBuilder sb = new StringBuilder();
        sb.append("package org.seedcompat.engine.math.glibc;\n\n");
        sb.append("/*\n");
        sb.append(" * GENERATED by org.seedcompat.engine.math.gen.SinCosTableGenerator -- do not edit by hand.\n");
        sb.append(" * Regenerate with:\n");
        sb.append(" *   mvn -q -pl engine compile && java -cp engine/target/classes \\\n");
        sb.append(" *       org.seedcompat.engine.math.gen.SinCosTableGenerator\n");
        sb.append(" */\n\n");
        sb.append("/**\n");
        sb.append(" * Tables of glibc's double-precision {@code sin}, {@code cos} and of its large-argument\n");
        sb.append(" * reduction, regenerated from their definitions (see\n");
        sb.append(" * {@link org.seedcompat.engine.math.gen.SinCosTableGenerator}, which also lists where glibc's\n");
        sb.append(" * own table departs from them).\n");
        sb.append(" */\n");
        sb.append("final class SinCosData {\n\n");
        sb.append("    private SinCosData() {\n    }\n\n");
        sb.append("    /**\n");
        sb.append("     * {@code sn = RN(sin x)}, {@code ssn = RN(sin x - sn)}, {@code cs = RN(cos x)},\n");
        sb.append("     * {@code ccs = RN(cos x - cs)} of {@code x = i/128} at {@code [4i .. 4i+3]}.\n");
        sb.append("     */\n");
        sb.append("    static final double[] TAB = {\n");
        for (int i = 0; i < POINTS; i++) {
            sb.append("        ").append(HighPrecision.hex(tab[4 * i])).append(", ")
                    .append(HighPrecision.hex(tab[4 * i + 1])).append(", ")
                    .append(HighPrecision.hex(tab[4 * i + 2])).append(", ")
                    .append(HighPrecision.hex(tab[4 * i + 3])).append(", // ").append(i).append('\n');
        }
        sb.append("    };\n\n");
        sb.append("    /** The base-2^24 digits of the fraction 2/pi, most significant first. */\n");
        sb.append("    static final double[] TOVERP = {\n");
        for (int j = 0; j < TOVERP_DIGITS; j += 5) {
            sb.append("       ");
            for (int k = j; k < j + 5; k++) {
                sb.append(' ').append((long) toverp[k]).append(".0,");
            }
            sb.append('\n');
        }
        sb.append("    };\n}\n");
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        String target = args.length > 0 ? args[0]
                : "engine/src/main/java/org/seedcompat/engine/math/glibc/SinCosData.java";
        String src = render();
        if (target.equals("-")) {
            System.out.print(src);
        } else {
            Files.writeString(Path.of(target), src, StandardCharsets.UTF_8);
        }
    }
}
