package org.seedcompat.engine.numpy.gen;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Regenerates the 256-level ziggurat tables of NumPy's {@code Generator} (the twelve arrays of
 * {@code numpy/random/src/distributions/ziggurat_constants.h}: {@code ki/wi/fi} for the normal and
 * {@code ke/we/fe} for the exponential, each in a double and a float flavour) from their defining
 * construction, and writes them as the Java source {@code org/seedcompat/engine/numpy/distributions/ZigguratTables.java}.
 *
 * <h2>The construction (Marsaglia and Tsang, 256 layers)</h2>
 *
 * <p>For a decreasing density {@code f} on {@code [0, inf)} with tail start {@code r} and layer
 * area {@code V}, the layer edges are {@code x_255 = r} and, going up,
 * {@code x_{i-1} = f^-1(f(x_i) + V / x_i)}, down to {@code x_1} (the top edge) and {@code x_0 = 0}.
 * Stored are the edges scaled to the width {@code m} of the random integer the sampler draws
 * ({@code w_i = x_i / m}, with {@code w_0 = (V / f(r)) / m}, the width of the base strip including
 * its tail), the density at the edges ({@code f_i = f(x_i)}), and the acceptance thresholds
 * {@code k_i ~ (x_{i-1} / x_i) * m} ({@code k_0 ~ (r f(r) / V) * m}, {@code k_1 = 0}).
 *
 * <h2>Normal: double arithmetic, as NumPy's generation script</h2>
 *
 * <p>{@code f(x) = exp(-x*x/2)} (evaluated as {@code exp((-0.5*x)*x)}), {@code r} and {@code V} the
 * doubles nearest {@code 3.6541528853610087963519472518} and {@code 0.0049286732339746519}. The
 * recursion, every table value and the thresholds are evaluated in IEEE double arithmetic, exactly
 * in the order NumPy's (randomgen's) generation script writes them:
 * {@code x = sqrt(-2 * log(f(x) + V / x))}; {@code ki = rint((x_{i-1} / x_i) * m)} with
 * {@code m = 2^52} (double tables) or {@code 2^23} (float tables), {@code ki_0 = rint(((r * f(r)) / V)
 * * m)}; {@code wi = x / m}, {@code wi_0 = (V / f(r)) / m}; {@code fi = f(x)}. The float tables
 * {@code wi_float}/{@code fi_float} are the double values printed with 21 significant digits (the
 * script's {@code '% .20e'}) and read back as C reads a {@code float} literal (correctly rounded).
 *
 * <p>Because this is double arithmetic, the result depends on how the machine that ran the script
 * rounded {@code exp} and {@code log}. With correctly rounded {@code exp} and {@code log} (what this
 * generator computes, from 64-digit evaluations) the construction reproduces NumPy's tables except
 * for one evaluation: {@code exp(-0x1.8edbf8bb15d43p-2)}, whose exact value lies only 0.00174 ulp
 * below the midpoint between two doubles, came out as the <em>upper</em> neighbour on that machine
 * (its libm was not correctly rounded; glibc 2.36, in both its FMA and generic builds, and the
 * JDK's {@code Math.exp} and {@code StrictMath.exp} all give the lower, correct one). That value is
 * {@code fi[38]} and, through the ill-conditioned recursion, moves every edge above it: 92 entries
 * in all (38 of {@code fi}, 37 of {@code wi}, 17 of {@code ki}; none of the float tables, where
 * the difference rounds away). {@link #sourceExp} applies that one rounding;
 * {@link #HARD_CASE_DISTANCE_LIMIT} bounds how close to a midpoint the exact value must be for the
 * generator to accept it. No rounding rule explains it: two other evaluations of the construction
 * are even closer to a midpoint (0.00144 and 0.00170 ulp) and were rounded correctly.
 *
 * <h2>Exponential: exact arithmetic</h2>
 *
 * <p>{@code f(x) = exp(-x)}, {@code r = 7.6971174701310497140446280481} (the decimal itself, not
 * its double) and {@code V = (1 + r) exp(-r)} (the area of the base strip plus tail), with the
 * recursion {@code x = -log(f(x) + V / x)} carried out exactly (here: to {@value #DIGITS}
 * significant digits, far beyond what any entry needs). Then {@code we = x / 2^53} (double,
 * {@code we_0 = V exp(r) / 2^53}), {@code fe = exp(-x)} (double), and the thresholds
 * {@code ke_double = 2 * floor((x_{i-1} / x_i) * 2^52)} (a 52-bit threshold scaled to the 53 bits
 * the sampler compares, which is why every {@code ke_double} is even) and
 * {@code ke_float = rint((x_{i-1} / x_i) * 2^23)}. The float tables {@code we_float}/{@code fe_float}
 * are the doubles of {@code x / 2^23} and {@code exp(-x)} printed with 9 significant digits
 * ({@code %.8e}) and read back as C float literals.
 *
 * <p>The scalar constants ({@code ziggurat_nor_r}, {@code ziggurat_nor_inv_r},
 * {@code ziggurat_exp_r} and their {@code _f} versions) are NumPy's decimal literals rounded as a C
 * compiler rounds them.
 *
 * <p>Usage: {@code java -cp engine/target/classes
 * org.seedcompat.engine.numpy.gen.ZigguratTableGenerator [output-file | -]}; without arguments it
 * writes {@code engine/src/main/java/org/seedcompat/engine/numpy/distributions/ZigguratTables.java} relative to the
 * working directory. Generation takes well under a second.
 */
public final class ZigguratTableGenerator {

    /** Number of layers. */
    public static final int N = 256;

    /** Significant decimal digits of every exact evaluation. */
    static final int DIGITS = 64;

    /** NumPy's {@code ziggurat_nor_r}, the start of the normal tail. */
    public static final String NOR_R = "3.6541528853610087963519472518";
    /** NumPy's {@code ziggurat_nor_inv_r}, {@code 1 / ziggurat_nor_r}. */
    public static final String NOR_INV_R = "0.27366123732975827203338247596";
    /** The normal layer area the generation script uses. */
    public static final String NOR_V = "0.0049286732339746519";
    /** NumPy's {@code ziggurat_exp_r}, the start of the exponential tail. */
    public static final String EXP_R = "7.6971174701310497140446280481";

    /**
     * The one argument at which the libm that generated NumPy's normal tables returned the double
     * above the correctly rounded {@code exp}.
     */
    public static final double HARD_CASE_INPUT = -0x1.8edbf8bb15d43p-2;
    /**
     * The generator refuses {@link #HARD_CASE_INPUT} unless the exact {@code exp} there lies within
     * this many ulps of the midpoint between two doubles (it is 0.00174 ulp away).
     */
    public static final double HARD_CASE_DISTANCE_LIMIT = 0x1p-8;

    private static final MathContext MC = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
    private static final MathContext WORK = new MathContext(DIGITS + 24, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ZigguratTableGenerator() {
    }

    /** All twelve tables and the six scalar constants. */
    public static final class Tables {
        public final long[] kiDouble = new long[N];
        public final double[] wiDouble = new double[N];
        public final double[] fiDouble = new double[N];
        public final int[] kiFloat = new int[N];
        public final float[] wiFloat = new float[N];
        public final float[] fiFloat = new float[N];
        public final long[] keDouble = new long[N];
        public final double[] weDouble = new double[N];
        public final double[] feDouble = new double[N];
        public final int[] keFloat = new int[N];
        public final float[] weFloat = new float[N];
        public final float[] feFloat = new float[N];
        public double norR;
        public double norInvR;
        public double expR;
        public float norRFloat;
        public float norInvRFloat;
        public float expRFloat;
    }

    // ------------------------------------------------------------------ the construction

    /** Builds every table. */
    public static Tables generate() {
        Tables t = new Tables();
        normal(t, true);
        exponential(t);
        t.norR = roundToDouble(new BigDecimal(NOR_R));
        t.norInvR = roundToDouble(new BigDecimal(NOR_INV_R));
        t.expR = roundToDouble(new BigDecimal(EXP_R));
        t.norRFloat = roundToFloat(new BigDecimal(NOR_R));
        t.norInvRFloat = roundToFloat(new BigDecimal(NOR_INV_R));
        t.expRFloat = roundToFloat(new BigDecimal(EXP_R));
        return t;
    }

    /**
     * The normal tables; with {@code sourceRounding == false} every {@code exp} is correctly
     * rounded (to show what the hard case changes).
     */
    public static Tables normalTables(boolean sourceRounding) {
        Tables t = new Tables();
        normal(t, sourceRounding);
        return t;
    }

    private static void normal(Tables t, boolean sourceRounding) {
        final double r = roundToDouble(new BigDecimal(NOR_R));
        final double v = roundToDouble(new BigDecimal(NOR_V));
        double[] down = new double[N]; // down[0] = r, then the edges going up; down[255] = 0
        down[0] = r;
        for (int i = 1; i < N - 1; i++) {
            double xp = down[i - 1];
            double p = pdf(xp, sourceRounding) + v / xp;
            down[i] = Math.sqrt(-2 * correctlyRoundedLog(p));
        }
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = down[N - 1 - i];
        }
        double top = x[N - 1]; // == r, x.max() in the script
        for (int pass = 0; pass < 2; pass++) {
            double scale = pass == 0 ? 0x1p52 : 0x1p23;
            long k0 = (long) Math.rint(((top * pdf(top, sourceRounding)) / v) * scale);
            double w0 = (v / pdf(top, sourceRounding)) / scale;
            for (int i = 0; i < N; i++) {
                long k = i == 0 ? k0 : (long) Math.rint(x[i - 1] / x[i] * scale);
                double w = i == 0 ? w0 : x[i] / scale;
                double f = pdf(x[i], sourceRounding);
                if (pass == 0) {
                    t.kiDouble[i] = k;
                    t.wiDouble[i] = w;
                    t.fiDouble[i] = f;
                } else {
                    t.kiFloat[i] = (int) k;
                    t.wiFloat[i] = printedAsFloat(w, 21);
                    t.fiFloat[i] = printedAsFloat(f, 21);
                }
            }
        }
    }

    /** {@code exp(-0.5 * x * x)}, grouped as the script's {@code exp(-0.5 * x * x)}. */
    private static double pdf(double x, boolean sourceRounding) {
        double a = -0.5 * x * x;
        return sourceRounding ? sourceExp(a) : correctlyRoundedExp(a);
    }

    /**
     * {@code exp} as the machine that generated NumPy's normal tables computed it: correctly
     * rounded, except at {@link #HARD_CASE_INPUT} (see the class comment).
     *
     * @throws IllegalStateException if the hard case is not within
     *                               {@link #HARD_CASE_DISTANCE_LIMIT} ulp of a midpoint
     */
    public static double sourceExp(double a) {
        double correct = correctlyRoundedExp(a);
        if (a != HARD_CASE_INPUT) {
            return correct;
        }
        double distance = hardCaseDistanceToMidpoint();
        if (!(distance < HARD_CASE_DISTANCE_LIMIT)) {
            throw new IllegalStateException("exp(" + Double.toHexString(a)
                    + ") is not a hard-to-round case: " + distance + " ulp from a midpoint");
        }
        return Math.nextUp(correct);
    }

    /**
     * How far, in ulps of the result, the exact {@code exp(HARD_CASE_INPUT)} lies from the
     * midpoint between its two neighbouring doubles.
     */
    public static double hardCaseDistanceToMidpoint() {
        return distanceToMidpoint(exp(new BigDecimal(HARD_CASE_INPUT)));
    }

    /**
     * Distance of an exact positive value from the nearest midpoint between two adjacent doubles,
     * in ulps of the correctly rounded double (0 means a tie, 0.5 means exactly a double).
     */
    public static double distanceToMidpoint(BigDecimal exact) {
        double d = roundToDouble(exact);
        BigDecimal offset = exact.subtract(new BigDecimal(d)).divide(new BigDecimal(Math.ulp(d)), MC);
        return 0.5 - offset.abs().doubleValue();
    }

    private static void exponential(Tables t) {
        BigDecimal r = new BigDecimal(EXP_R);
        BigDecimal fr = exp(r.negate());
        BigDecimal v = BigDecimal.ONE.add(r).multiply(fr, WORK);
        BigDecimal[] down = new BigDecimal[N];
        down[0] = r;
        for (int i = 1; i < N - 1; i++) {
            BigDecimal xp = down[i - 1];
            down[i] = log(exp(xp.negate()).add(v.divide(xp, WORK), WORK)).negate();
        }
        down[N - 1] = BigDecimal.ZERO;
        BigDecimal[] x = new BigDecimal[N];
        for (int i = 0; i < N; i++) {
            x[i] = down[N - 1 - i];
        }
        BigDecimal scale52 = new BigDecimal(BigInteger.ONE.shiftLeft(52));
        BigDecimal scale53 = new BigDecimal(BigInteger.ONE.shiftLeft(53));
        BigDecimal scale23 = new BigDecimal(BigInteger.ONE.shiftLeft(23));
        for (int i = 0; i < N; i++) {
            BigDecimal ratio = i == 0 ? r.multiply(fr, WORK).divide(v, WORK) : x[i - 1].divide(x[i], WORK);
            BigDecimal width = i == 0 ? v.divide(fr, WORK) : x[i];
            BigDecimal f = i == 0 ? BigDecimal.ONE : exp(x[i].negate());
            t.keDouble[i] = 2 * ratio.multiply(scale52).setScale(0, RoundingMode.FLOOR).longValueExact();
            t.keFloat[i] = ratio.multiply(scale23).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
            t.weDouble[i] = roundToDouble(width.divide(scale53, WORK));
            t.feDouble[i] = roundToDouble(f);
            t.weFloat[i] = printedAsFloat(roundToDouble(width.divide(scale23, WORK)), 9);
            t.feFloat[i] = printedAsFloat(roundToDouble(f), 9);
        }
    }

    // ------------------------------------------------------------------ exact arithmetic

    /** {@code exp(x)} to {@value #DIGITS} significant digits. */
    public static BigDecimal exp(BigDecimal x) {
        return expWork(x).round(MC);
    }

    /** {@code exp(x)} at the working precision (about 80 correct digits for |x| &lt; 16). */
    private static BigDecimal expWork(BigDecimal x) {
        // exp(x) = exp(x / 2^k)^(2^k) with |x / 2^k| < 2^-10, by Taylor series
        BigDecimal threshold = BigDecimal.ONE.divide(BigDecimal.valueOf(1024));
        BigDecimal y = x;
        int k = 0;
        while (y.abs().compareTo(threshold) > 0) {
            y = y.divide(TWO, WORK);
            k++;
        }
        BigDecimal epsilon = BigDecimal.ONE.scaleByPowerOfTen(-(WORK.getPrecision() + 4));
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; term.abs().compareTo(epsilon) > 0; n++) {
            term = term.multiply(y, WORK).divide(BigDecimal.valueOf(n), WORK);
            sum = sum.add(term, WORK);
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, WORK);
        }
        return sum;
    }

    /** Natural logarithm of a positive {@code x} to {@value #DIGITS} significant digits. */
    public static BigDecimal log(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("log of " + x);
        }
        // Halley's iteration y += 2 (x - e^y) / (x + e^y), from the double logarithm
        BigDecimal y = new BigDecimal(Math.log(x.doubleValue()));
        BigDecimal tolerance = BigDecimal.ONE.scaleByPowerOfTen(-(DIGITS + 6));
        for (int iteration = 0; iteration < 20; iteration++) {
            BigDecimal e = expWork(y);
            BigDecimal step = TWO.multiply(x.subtract(e, WORK)).divide(x.add(e, WORK), WORK);
            y = y.add(step, WORK);
            if (step.abs().compareTo(tolerance.multiply(y.abs().max(BigDecimal.ONE))) <= 0) {
                return y.round(MC);
            }
        }
        throw new ArithmeticException("log did not converge for " + x);
    }

    /**
     * The correctly rounded {@code exp(a)}.
     *
     * @throws ArithmeticException if the exact value is too close to a midpoint to decide
     */
    public static double correctlyRoundedExp(double a) {
        return decided(exp(new BigDecimal(a)));
    }

    /** The correctly rounded {@code log(a)}, {@code a > 0}. */
    public static double correctlyRoundedLog(double a) {
        if (a == 1.0) {
            return 0.0;
        }
        return decided(log(new BigDecimal(a)));
    }

    private static double decided(BigDecimal exact) {
        if (distanceToMidpoint(exact.abs()) < 1e-30) {
            throw new ArithmeticException("cannot round " + exact + " with " + DIGITS + " digits");
        }
        return roundToDouble(exact);
    }

    /** The double nearest {@code v} (ties to even), whatever the JDK's own conversion does. */
    public static double roundToDouble(BigDecimal v) {
        double d = v.doubleValue();
        double best = d;
        BigDecimal bestError = null;
        for (double c : new double[] {Math.nextDown(d), d, Math.nextUp(d)}) {
            BigDecimal error = v.subtract(new BigDecimal(c)).abs();
            int cmp = bestError == null ? -1 : error.compareTo(bestError);
            if (cmp < 0 || (cmp == 0 && (Double.doubleToRawLongBits(c) & 1) == 0)) {
                best = c;
                bestError = error;
            }
        }
        return best;
    }

    /** The float nearest {@code v} (ties to even): how a C compiler reads a float literal. */
    public static float roundToFloat(BigDecimal v) {
        float f = v.floatValue();
        float best = f;
        BigDecimal bestError = null;
        for (float c : new float[] {Math.nextDown(f), f, Math.nextUp(f)}) {
            BigDecimal error = v.subtract(new BigDecimal(c)).abs();
            int cmp = bestError == null ? -1 : error.compareTo(bestError);
            if (cmp < 0 || (cmp == 0 && (Float.floatToRawIntBits(c) & 1) == 0)) {
                best = c;
                bestError = error;
            }
        }
        return best;
    }

    /**
     * {@code d} printed in scientific notation with {@code significant} digits (correctly
     * rounded, ties to even, as Python's and glibc's formatting) and read back as a C float
     * literal.
     */
    public static float printedAsFloat(double d, int significant) {
        BigDecimal printed = new BigDecimal(d).round(new MathContext(significant, RoundingMode.HALF_EVEN));
        return roundToFloat(printed);
    }

    // ------------------------------------------------------------------ the Java source

    /** The source text of {@code ZigguratTables.java}. */
    public static String render(Tables t) {
        StringBuilder sb = new StringBuilder();
        sb.append("package org.seedcompat.engine.numpy.distributions;\n\n");
        sb.append("/*\n");
        sb.append(" * GENERATED by org.seedcompat.engine.numpy.gen.ZigguratTableGenerator -- do not edit by hand.\n");
        sb.append(" * Regenerate with:\n");
        sb.append(" *   mvn -q -pl engine compile && java -cp engine/target/classes \\\n");
        sb.append(" *       org.seedcompat.engine.numpy.gen.ZigguratTableGenerator\n");
        sb.append(" */\n\n");
        sb.append("/**\n");
        sb.append(" * The 256-layer ziggurat tables and tail constants of NumPy's {@code Generator}\n");
        sb.append(" * ({@code ziggurat_constants.h}), regenerated from their construction (see\n");
        sb.append(" * {@link org.seedcompat.engine.numpy.gen.ZigguratTableGenerator}).\n");
        sb.append(" */\n");
        sb.append("public final class ZigguratTables {\n\n");
        sb.append("    private ZigguratTables() {\n    }\n\n");
        constant(sb, "Start of the normal tail, {@code ziggurat_nor_r}.", "double", "NOR_R", hex(t.norR));
        constant(sb, "{@code ziggurat_nor_inv_r}.", "double", "NOR_INV_R", hex(t.norInvR));
        constant(sb, "Start of the exponential tail, {@code ziggurat_exp_r}.", "double", "EXP_R", hex(t.expR));
        constant(sb, "{@code ziggurat_nor_r_f}.", "float", "NOR_R_F", hex(t.norRFloat));
        constant(sb, "{@code ziggurat_nor_inv_r_f}.", "float", "NOR_INV_R_F", hex(t.norInvRFloat));
        constant(sb, "{@code ziggurat_exp_r_f}.", "float", "EXP_R_F", hex(t.expRFloat));
        sb.append('\n');
        longs(sb, "Normal acceptance thresholds on 52-bit magnitudes, {@code ki_double}.", "KI_DOUBLE", t.kiDouble);
        doubles(sb, "Normal layer widths per unit of the 52-bit magnitude, {@code wi_double}.", "WI_DOUBLE", t.wiDouble);
        doubles(sb, "Normal density at the layer edges, {@code fi_double}.", "FI_DOUBLE", t.fiDouble);
        ints(sb, "Normal acceptance thresholds on 23-bit magnitudes, {@code ki_float}.", "KI_FLOAT", t.kiFloat);
        floats(sb, "Normal layer widths per unit of the 23-bit magnitude, {@code wi_float}.", "WI_FLOAT", t.wiFloat);
        floats(sb, "Normal density at the layer edges, {@code fi_float}.", "FI_FLOAT", t.fiFloat);
        longs(sb, "Exponential acceptance thresholds on 53-bit magnitudes, {@code ke_double}.", "KE_DOUBLE", t.keDouble);
        doubles(sb, "Exponential layer widths per unit of the 53-bit magnitude, {@code we_double}.", "WE_DOUBLE", t.weDouble);
        doubles(sb, "Exponential density at the layer edges, {@code fe_double}.", "FE_DOUBLE", t.feDouble);
        ints(sb, "Exponential acceptance thresholds on 23-bit magnitudes, {@code ke_float}.", "KE_FLOAT", t.keFloat);
        floats(sb, "Exponential layer widths per unit of the 23-bit magnitude, {@code we_float}.", "WE_FLOAT", t.weFloat);
        floats(sb, "Exponential density at the layer edges, {@code fe_float}.", "FE_FLOAT", t.feFloat);
        sb.setLength(sb.length() - 1); // no blank line before the closing brace
        sb.append("}\n");
        return sb.toString();
    }

    private static void constant(StringBuilder sb, String doc, String type, String name, String value) {
        sb.append("    /** ").append(doc).append(" */\n");
        sb.append("    public static final ").append(type).append(' ').append(name).append(" = ").append(value).append(";\n");
    }

    private interface Item {
        String at(int i);
    }

    private static void table(StringBuilder sb, String doc, String type, String name, int perLine, Item item) {
        sb.append("    /** ").append(doc).append(" */\n");
        sb.append("    public static final ").append(type).append("[] ").append(name).append(" = {\n");
        for (int i = 0; i < N; i += perLine) {
            sb.append("       ");
            for (int j = i; j < i + perLine; j++) {
                sb.append(' ').append(item.at(j)).append(',');
            }
            sb.append(" // ").append(i).append('\n');
        }
        sb.append("    };\n\n");
    }

    private static void longs(StringBuilder sb, String doc, String name, long[] a) {
        table(sb, doc, "long", name, 4, i -> String.format(Locale.ROOT, "0x%016XL", a[i]));
    }

    private static void ints(StringBuilder sb, String doc, String name, int[] a) {
        table(sb, doc, "int", name, 4, i -> String.format(Locale.ROOT, "0x%08X", a[i]));
    }

    private static void doubles(StringBuilder sb, String doc, String name, double[] a) {
        table(sb, doc, "double", name, 2, i -> hex(a[i]));
    }

    private static void floats(StringBuilder sb, String doc, String name, float[] a) {
        table(sb, doc, "float", name, 4, i -> hex(a[i]));
    }

    private static String hex(double v) {
        return Double.toHexString(v);
    }

    private static String hex(float v) {
        return Float.toHexString(v) + "f";
    }

    /** Writes the generated source to the given file ({@code -} for standard output). */
    public static void main(String[] args) throws IOException {
        String target = args.length > 0 ? args[0]
                : "engine/src/main/java/org/seedcompat/engine/numpy/distributions/ZigguratTables.java";
        long t0 = System.nanoTime();
        String src = render(generate());
        if (target.equals("-")) {
            System.out.print(src);
        } else {
            Files.writeString(Path.of(target), src, StandardCharsets.UTF_8);
        }
        System.err.printf(Locale.ROOT, "generated 12 tables of %d entries in %.2f s%n", N,
                (System.nanoTime() - t0) / 1e9);
    }
}
