package org.seedcompat.engine.math.gen;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the table of glibc's double-precision {@code tan} (IBM Accurate Mathematical
 * Library, {@code sysdeps/ieee754/dbl-64/s_tan.c}, table {@code utan.tbl}) and writes it as the
 * Java source {@code org/seedcompat/engine/math/glibc/TanData.java}.
 *
 * <h2>Gal's accurate table</h2>
 *
 * <p>For {@code 0.0608 < |x| <= 0.787} glibc's tan expands around a point {@code x_i} near
 * {@code i/256} ({@code i = 16..201}) and uses {@code F_i = RN(tan x_i)} and
 * {@code G_i = RN(cot x_i)}. The points are not {@code i/256} themselves: each was chosen so
 * that {@code tan x_i} and {@code cot x_i} both lie unusually close to a double (Gal's
 * "accurate tables"), which makes {@code F_i} and {@code G_i} good to far more than 53 bits.
 *
 * <p><b>What is data and what is derived.</b> {@code F_i} and {@code G_i} follow from
 * {@code x_i} by their definition and are recomputed here with 256-bit arithmetic. The points
 * {@code x_i} themselves cannot be: glibc's authors found them by a random search (trial points
 * within about 10^-8 of {@code i/256} until both values were close enough to doubles), and no
 * deterministic rule reproduces them (the nearest qualifying point to {@code i/256}, for
 * instance, is a different point in most rows). They are therefore constants of the algorithm,
 * like the coefficients of its polynomials, and are kept below as the distance of {@code x_i}
 * from {@code i/256} in units of the last place of {@code i/256}. {@link #accuracyInUlps}
 * checks the property that made each point eligible.
 *
 * <p>Usage: {@code java -cp engine/target/classes
 * org.seedcompat.engine.math.gen.TanTableGenerator [target]}; without an argument it writes
 * {@code engine/src/main/java/org/seedcompat/engine/math/glibc/TanData.java} relative to the working
 * directory.
 */
public final class TanTableGenerator {

    /** The first row's {@code i}: rows are {@code i = FIRST .. FIRST + POINTS - 1}. */
    public static final int FIRST = 16;

    /** Number of rows. */
    public static final int POINTS = 186;

    private static final int BITS = 256;

    /** {@code bits(x_i) - bits(i/256)} for {@code i = FIRST ..}: glibc's chosen points. */
    private static final int[] OFFSETS = {
        508665184, 454717456, 621142864, -52673966, -469793633, -305571569, 15631351, -351933887,
        -603646473, -477833301, -461167801, 658850019, -21025125, 592613445, -663574487, -13485180,
        216502677, -297735912, 213946877, 228144801, -312528504, 99641937, -29543522, -309818001,
        46793997, -229433508, 326584722, -304231635, -199669344, -130755679, -40827158, 258251343,
        -284771368, 35414836, -208861354, 273611937, 155286320, -350477332, -82371565, 179979454,
        289221182, -190971698, 100012459, 343297259, 347925110, -42363459, 214127670, 30530099,
        101454770, 59266194, 86989331, 45751029, -144293183, 53871344, -16967149, -149408163,
        -16769536, -29205910, 94290395, 905345, -65155797, -155134816, 112289683, 120950691,
        -63235889, 905896, -72075501, -82756620, -135231543, 143341588, -137012890, 146744464,
        167413055, 123297738, 51808218, -171388958, -132255183, -93243298, 38444075, 48980664,
        88756945, -113639261, -69430847, -154003994, 49755375, 82770100, 69125994, 134499911,
        33039195, -74682616, -79862815, -168534968, 84456268, 176451852, -158144040, 42004813,
        1122769, -17407318, 159668248, -83586113, -44919265, -31254108, -95558250, -26043799,
        165046274, -81717673, 171902602, 28160096, -10744575, -113418292, -99757681, -46489830,
        -62385152, -11306900, -18677321, 7222975, -43996605, 58155752, -14915295, -16313013,
        50126244, 30282048, 80802645, 16452746, 40833203, -49710856, -40598517, -69591391,
        -57109197, 19631398, 83154607, -54494246, 70096441, 62794144, -89579758, -24622959,
        -24701653, -4085983, -9395342, 70707254, -54618559, -4794678, 76763116, 66441087,
        86510297, 77527909, 3525814, 53765911, 50341237, 89912193, 80613603, 23879905,
        -6918390, 7792363, 64040251, -51905907, 53589098, -65764210, -75705451, 904256,
        49271548, -21493622, 15976966, -23149836, 64239974, -88705149, -55156855, -61470295,
        -61935738, 5085363, -65712011, 77120003, -14789066, 36099162, 38839722, 75692078,
        33882174, -67529711, 38331299, 21348695, 36057529, 73365544, -3766577, -41532218,
        -28411593, 70591775,
    };

    private TanTableGenerator() {
    }

    /** The point {@code x_i} of row {@code j} ({@code i = j + FIRST}). */
    public static double point(int j) {
        double center = (j + FIRST) / 256.0;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(center) + OFFSETS[j]);
    }

    /** {@code tan x} and {@code cot x} as fixed-point values with {@value #BITS} fraction bits. */
    private static BigInteger[] tanCot(double x) {
        BigInteger fx = HighPrecision.fixed(x, BITS);
        BigInteger s = HighPrecision.sin(fx, BITS);
        BigInteger c = HighPrecision.cos(fx, BITS);
        return new BigInteger[] {s.shiftLeft(BITS).divide(c), c.shiftLeft(BITS).divide(s)};
    }

    /** {@code {x_i, F_i, G_i}} at {@code [3j .. 3j+2]}. */
    public static double[] table() {
        double[] t = new double[3 * POINTS];
        for (int j = 0; j < POINTS; j++) {
            System.arraycopy(row(j), 0, t, 3 * j, 3);
        }
        return t;
    }

    /** {@code {x_i, F_i, G_i}} of row {@code j}. */
    private static double[] row(int j) {
        double x = point(j);
        BigInteger[] tc = tanCot(x);
        return new double[] {x, HighPrecision.roundChecked(tc[0], BITS), HighPrecision.roundChecked(tc[1], BITS)};
    }

    /**
     * How far {@code tan x_i} and {@code cot x_i} lie from {@code F_i} and {@code G_i}, in units in
     * the last place of those doubles: {@code {|tan x_i - F_i| / ulp(F_i), |cot x_i - G_i| / ulp(G_i)}}.
     * For the table's points both stay below 2^-10 (about 63 correct bits).
     */
    public static double[] accuracyInUlps(int j) {
        double[] t = row(j);
        BigInteger[] tc = tanCot(t[0]);
        return new double[] {ulps(tc[0], t[1]), ulps(tc[1], t[2])};
    }

    private static double ulps(BigInteger exact, double rounded) {
        BigInteger diff = exact.subtract(HighPrecision.fixed(rounded, BITS)).abs();
        return diff.doubleValue() / Math.scalb(Math.ulp(rounded), BITS);
    }

    /** The Java source of {@code TanData}. */
    public static String render() {
        double[] t = table();
        StringBuilder sb = new StringBuilder();
        sb.append("package org.seedcompat.engine.math.glibc;\n\n");
        sb.append("/*\n");
        sb.append(" * GENERATED by org.seedcompat.engine.math.gen.TanTableGenerator -- do not edit by hand.\n");
        sb.append(" * Regenerate with:\n");
        sb.append(" *   mvn -q -pl engine compile && java -cp engine/target/classes \\\n");
        sb.append(" *       org.seedcompat.engine.math.gen.TanTableGenerator\n");
        sb.append(" */\n\n");
        sb.append("/**\n");
        sb.append(" * Gal's accurate table of glibc's double-precision {@code tan}: glibc's points and the\n");
        sb.append(" * correctly rounded tangents and cotangents there (see\n");
        sb.append(" * {@link org.seedcompat.engine.math.gen.TanTableGenerator}).\n");
        sb.append(" */\n");
        sb.append("final class TanData {\n\n");
        sb.append("    private TanData() {\n    }\n\n");
        sb.append("    /** {@code x_i}, {@code RN(tan x_i)}, {@code RN(cot x_i)} at {@code [3j .. 3j+2]}, {@code i = j + 16}. */\n");
        sb.append("    static final double[] XFG = {\n");
        for (int j = 0; j < POINTS; j++) {
            sb.append("        ").append(HighPrecision.hex(t[3 * j])).append(", ")
                    .append(HighPrecision.hex(t[3 * j + 1])).append(", ")
                    .append(HighPrecision.hex(t[3 * j + 2])).append(", // ").append(j + FIRST).append('\n');
        }
        sb.append("    };\n}\n");
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        String target = args.length > 0 ? args[0]
                : "engine/src/main/java/org/seedcompat/engine/math/glibc/TanData.java";
        Files.writeString(Path.of(target), render(), StandardCharsets.UTF_8);
    }
}
