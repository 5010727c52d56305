package org.seedcompat.engine.math.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Regenerates the lookup tables of glibc's double-precision {@code log} (glibc 2.28+, the ARM
 * optimized-routines algorithm) from their defining procedure, and writes them as the Java
 * source {@code org/seedcompat/engine/math/glibc/LogData.java}.
 *
 * <h2>What the tables are</h2>
 *
 * <p>The reduced argument {@code z} of {@code log} lies in {@code [0x1.6p-1, 0x1.6p0)}, split
 * into {@value #N} subintervals: 80 of width 2<sup>-8</sup> below 1 and 48 of width
 * 2<sup>-7</sup> above. For each subinterval {@code i} the algorithm needs a point {@code c}
 * near its centre and stores {@code invc = 1/c} (a double), {@code logc = (double) log(c)}, and,
 * for the variant without fused multiply-add, {@code chi = (double) c} and
 * {@code clo = (double) (c - chi)}. Here {@code c} is defined as exactly {@code 1/invc}.
 *
 * <h2>How the point is chosen (the published procedure)</h2>
 *
 * <p>Candidates are the doubles {@code invc} within &plusmn;2<sup>29</sup> units in the last place
 * of {@code (double) (1/centre)}. The chosen one satisfies
 * <ol>
 *   <li>{@code 0x1.8p9 + logc} is exact, i.e. {@code logc} is a multiple of 2<sup>-43</sup>
 *       (so {@code k*ln2hi + logc} never rounds);</li>
 *   <li>for every {@code z} of the subinterval, computing {@code (z - chi) - clo} in doubles
 *       rounds by less than 2<sup>-66</sup>, the error measured as it enters
 *       {@code r = (z - chi - clo) * invc}, i.e. multiplied by {@code invc} (the unscaled
 *       reading rejects 7 of glibc's 128 entries; the scaled one reproduces all of them, see
 *       {@link #subtractionError});</li>
 *   <li>the rounding error {@code |log(c) - logc|} is below 2<sup>-66</sup> and is the smallest
 *       among the candidates that pass 1 and 2.</li>
 * </ol>
 * Criteria 1 and 3 together say that {@code log(c)} lies within 2<sup>-66</sup> of a multiple of
 * 2<sup>-43</sup> (about one candidate in 2<sup>22</sup>). The search therefore walks all
 * 2<sup>30</sup>+1 candidates of an entry, tracking {@code log(c)*2^43 mod 1} as a cubic in the
 * candidate's offset by finite differences (see {@link #scan}); the few hundred candidates this
 * filter keeps are then judged exactly with big-integer arithmetic ({@code log} to
 * 2<sup>-320</sup>). One entry takes about 1.3 s; all 128 about 85 s on two cores. The best
 * candidate of every entry is unique (the runner-up's log error is larger in every entry).
 *
 * <p>{@code ln2hi} and {@code ln2lo} are derived as well: {@code ln2hi} is {@code ln 2} rounded to
 * a multiple of 2<sup>-42</sup> (so {@code k*ln2hi} is exact for every exponent {@code k}) and
 * {@code ln2lo} is the double nearest {@code ln 2 - ln2hi}.
 *
 * <p>Usage: {@code java -cp engine/target/classes
 * org.seedcompat.engine.math.gen.LogTableGenerator [output-file | -] [threads]}; without
 * arguments it writes {@code engine/src/main/java/org/seedcompat/engine/math/glibc/LogData.java}
 * relative to the working directory.
 */
public final class LogTableGenerator {

    /** Number of subintervals (glibc's {@code 1 << LOG_TABLE_BITS}). */
    public static final int N = 128;
    /** The candidates are {@code (double)(1/centre)} moved by up to this many ulps either way. */
    public static final int SEARCH_HALF_WIDTH = 1 << 29;
    /** Bit pattern of the lower end of the reduced range, {@code 0x1.6p-1}. */
    static final long OFF = 0x3fe6000000000000L;

    /** Fixed-point precision (fraction bits) of every exact computation. */
    private static final int F = 320;
    /** Filter threshold, in units of 2^-64 of a multiple-of-2^-43 step: 2^-22 (looser than 2^-23). */
    private static final long FILTER = 1L << 42;

    private LogTableGenerator() {
    }

    /** One table entry with the figures of merit the selection used. */
    public static final class Entry {
        /** Subinterval index. */
        public final int index;
        /** {@code 1/c}. */
        public final double invc;
        /** {@code (double) log(c)}. */
        public final double logc;
        /** {@code (double) c}. */
        public final double chi;
        /** {@code (double) (c - chi)}. */
        public final double clo;
        /** Offset of {@code invc} from {@code (double)(1/centre)}, in ulps. */
        public final long offset;
        /** {@code |log(c) - logc|} (criterion 3). */
        public final double logError;
        /**
         * Largest rounding error of {@code (z - chi) - clo} over the subinterval, times
         * {@code invc}: the error it brings into {@code r = (z - chi - clo) * invc} (criterion 2).
         */
        public final double subtractionError;
        /** Whether {@code logc} is a multiple of 2^-43 (criterion 1). */
        public final boolean logcOnGrid;
        /** Second smallest log error among the admissible candidates (NaN when there is none). */
        public final double runnerUpLogError;
        /** How many candidates passed all three criteria. */
        public final int admissible;

        Entry(int index, double invc, double logc, double chi, double clo, long offset,
                double logError, double subtractionError, boolean logcOnGrid,
                double runnerUpLogError, int admissible) {
            this.index = index;
            this.invc = invc;
            this.logc = logc;
            this.chi = chi;
            this.clo = clo;
            this.offset = offset;
            this.logError = logError;
            this.subtractionError = subtractionError;
            this.logcOnGrid = logcOnGrid;
            this.runnerUpLogError = runnerUpLogError;
            this.admissible = admissible;
        }

        /** Whether this entry meets the three published criteria. */
        public boolean meetsCriteria() {
            return logcOnGrid && subtractionError < 0x1p-66 && logError < 0x1p-66;
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

    /** {@code (double)(1/centre)}, the middle of the candidate range of entry {@code i}. */
    public static double searchCentre(int i) {
        double centre = 0.5 * (subintervalLow(i) + subintervalHigh(i));
        return 1.0 / centre;
    }

    /**
     * Evaluates the three criteria exactly for entry {@code i} with the given {@code invc}
     * ({@code c = 1/invc}); the runner-up fields of the result are unset.
     */
    public static Entry evaluate(int i, double invc) {
        long bits = Double.doubleToRawLongBits(invc);
        long offset = bits - Double.doubleToRawLongBits(searchCentre(i));
        BigInteger m = BigInteger.valueOf((bits & 0x000fffffffffffffL) | 0x0010000000000000L);
        int e = (int) ((bits >>> 52) & 0x7ff) - 1075; // invc = m * 2^e
        // c = 2^-e / m, in units of 2^-F.
        BigInteger c = divRound(BigInteger.ONE.shiftLeft(F - e), m);
        double chi = toDouble(c);
        BigInteger cloExact = c.subtract(fixed(chi));
        double clo = toDouble(cloExact);
        // log(c) = -log(invc) = -log(m / 2^-e).
        BigInteger logC = ln(m, BigInteger.ONE.shiftLeft(-e), F).negate();
        BigInteger onGrid = shiftRound(logC, F - 43); // nearest multiple of 2^-43
        double logc = Math.scalb(onGrid.doubleValue(), -43);
        boolean logcOnGrid = toDouble(logC) == logc;
        BigInteger logErr = logC.subtract(onGrid.shiftLeft(F - 43)).abs();
        double logError = toDouble(logErr);
        if (!logcOnGrid) {
            // (double) log(c) is not the multiple of 2^-43: criterion 1 fails; report its error.
            logc = toDouble(logC);
            logError = toDouble(logC.subtract(fixed(logc)).abs());
        }
        double subErr = subtractionError(i, invc, chi, clo);
        return new Entry(i, invc, logc, chi, clo, offset, logError, subErr, logcOnGrid,
                Double.NaN, 0);
    }

    /**
     * Largest rounding error of {@code (z - chi) - clo} over the doubles {@code z} of subinterval
     * {@code i}, scaled by {@code invc}, i.e. as an error of {@code r = (z - chi - clo) * invc}.
     * {@code z - chi} is exact (Sterbenz); the subtraction of {@code clo} rounds to the ulp of
     * its result, and {@code z - chi} is a multiple of that ulp, so the error is the distance
     * from {@code clo} to the ulp grid of the result's binade. Coarser grids are subsets of finer
     * ones, so the largest binade the result reaches gives the largest error.
     *
     * <p>The published criterion says "the rounding error in z - chi - clo is &lt; 0x1p-66";
     * glibc's table meets it in this scaled sense (its entry 127 has an unscaled error of
     * 1.28&middot;2^-66, 0.94&middot;2^-66 once scaled), and the scaled reading reproduces
     * every entry.
     */
    public static double subtractionError(int i, double invc, double chi, double clo) {
        double zLow = subintervalLow(i);
        double zLast = Math.nextDown(subintervalHigh(i));
        BigInteger cF = fixed(chi).add(fixed(clo));
        BigInteger a = fixed(zLow).subtract(cF).abs();
        BigInteger b = fixed(zLast).subtract(cF).abs();
        BigInteger max = a.max(b);
        int ulpExp = max.bitLength() - 1 - 52; // the ulp of the top binade, in 2^-F units
        BigInteger cloF = fixed(clo);
        if (ulpExp <= cloF.getLowestSetBit()) {
            return 0.0;
        }
        BigInteger grid = BigInteger.ONE.shiftLeft(ulpExp);
        BigInteger rem = cloF.mod(grid);
        return toDouble(rem.min(grid.subtract(rem)).multiply(fixed(invc)).shiftRight(F));
    }

    /** Runs the full search for entry {@code i}. */
    public static Entry derive(int i) {
        double centreInv = searchCentre(i);
        long bits0 = Double.doubleToRawLongBits(centreInv);
        BigInteger m0 = BigInteger.valueOf((bits0 & 0x000fffffffffffffL) | 0x0010000000000000L);
        int e = (int) ((bits0 >>> 52) & 0x7ff) - 1075;
        long first = -SEARCH_HALF_WIDTH;
        long count = 2L * SEARCH_HALF_WIDTH + 1;
        if (((bits0 + first) >>> 52) != (bits0 >>> 52) || ((bits0 - first) >>> 52) != (bits0 >>> 52)) {
            throw new IllegalStateException("candidate range of entry " + i + " crosses a binade");
        }
        // log(c_j) = -log((m0 + j) * 2^e) at the first four offsets, in 2^-F units. The cubic
        // through them stays within 2^-47 steps of 2^-43 of log(c_j) over all 2^30 offsets
        // (the next Taylor term of log(1 + t), |t| <= 2^-23).
        BigInteger den = BigInteger.ONE.shiftLeft(-e);
        BigInteger[] g = new BigInteger[4];
        for (int t = 0; t < 4; t++) {
            g[t] = ln(m0.add(BigInteger.valueOf(first + t)), den, F).negate();
        }
        BigInteger[] diff = {
            g[0],
            g[1].subtract(g[0]),
            g[2].subtract(g[1].shiftLeft(1)).add(g[0]),
            g[3].subtract(g[2].multiply(BigInteger.valueOf(3)))
                    .add(g[1].multiply(BigInteger.valueOf(3))).subtract(g[0]),
        };
        long[] survivors = scan(diff, count);
        Entry best = null;
        double runnerUp = Double.NaN;
        int admissible = 0;
        for (int s = 0; s < survivors.length && survivors[s] >= 0; s++) {
            long j = first + survivors[s];
            Entry cand = evaluate(i, Double.longBitsToDouble(bits0 + j));
            if (!cand.meetsCriteria()) {
                continue;
            }
            admissible++;
            if (best == null || cand.logError < best.logError) {
                if (best != null) {
                    runnerUp = best.logError;
                }
                best = cand;
            } else if (Double.isNaN(runnerUp) || cand.logError < runnerUp) {
                runnerUp = cand.logError;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no admissible candidate for entry " + i);
        }
        return new Entry(i, best.invc, best.logc, best.chi, best.clo, best.offset, best.logError,
                best.subtractionError, best.logcOnGrid, runnerUp, admissible);
    }

    /** Candidates walked per block of the scan. */
    private static final int BLOCK = 1 << 16;

    /**
     * Walks {@code count} candidates and returns the offsets {@code n} at which the cubic
     * {@code P(n) = d0 + n d1 + C(n,2) d2 + C(n,3) d3} (2^-F units; here {@code log(c)}), divided
     * by 2^-43, is within {@link #FILTER}&middot;2^-64 of an integer; the list ends with -1.
     *
     * <p>Each block of {@link #BLOCK} candidates starts from {@code P} and its first and second
     * differences, evaluated exactly, divided by 2^-43, reduced mod 1 and rounded to 2^-64;
     * inside the block the walk is {@code p += dp; dp += d2p} in wrapping 64-bit arithmetic. The rounding of the start
     * values costs at most about {@code BLOCK^2/2} units of 2^-64 (2^-33) by the end of a block,
     * and the omitted third difference (about 2^-112) less still, both far below the filter's
     * 2^-22 and the criterion's 2^-23; every candidate kept is then judged exactly.
     */
    private static long[] scan(BigInteger[] d, long count) {
        long[] out = new long[4096];
        int n = 0;
        for (long start = 0; start < count; start += BLOCK) {
            long[] v = new long[3];
            for (int t = 0; t < 3; t++) {
                BigInteger dt = BigInteger.ZERO;
                // t-th forward difference of P at 'start' = sum_k C(start, k) d[k+t]
                BigInteger binom = BigInteger.ONE;
                for (int k = 0; k + t < 4; k++) {
                    dt = dt.add(binom.multiply(d[k + t]));
                    binom = binom.multiply(BigInteger.valueOf(start - k)).divide(BigInteger.valueOf(k + 1));
                }
                v[t] = shiftRound(dt, F - 43 - 64).longValue(); // low 64 bits: mod 1, in 2^-64 units
            }
            long p0 = v[0];
            long p1 = v[1];
            long p2 = v[2];
            int len = (int) Math.min(BLOCK, count - start);
            for (int k = 0; k < len; k++) {
                if (Long.compareUnsigned(p0 + FILTER, 2 * FILTER) < 0) {
                    if (n == out.length - 1) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = start + k;
                }
                p0 += p1;
                p1 += p2;
            }
        }
        out[n] = -1;
        return out;
    }

    /** {@code ln 2} rounded to a multiple of 2^-42, so that {@code k*ln2hi} is exact. */
    public static double ln2hi() {
        BigInteger ln2 = ln(BigInteger.TWO, BigInteger.ONE, F);
        return Math.scalb(shiftRound(ln2, F - 42).doubleValue(), -42);
    }

    /** The double nearest {@code ln 2 - ln2hi}. */
    public static double ln2lo() {
        BigInteger ln2 = ln(BigInteger.TWO, BigInteger.ONE, F);
        return toDouble(ln2.subtract(fixed(ln2hi())));
    }

    // ---- exact arithmetic helpers (fixed point, 2^-F units) ---------------------------------

    /** {@code round(num/den * 2^prec)} to within a couple of units, for num/den in [1/2, 2]. */
    static BigInteger ln(BigInteger num, BigInteger den, int prec) {
        if (num.equals(BigInteger.TWO) && den.equals(BigInteger.ONE)) {
            // ln 2 = 2 atanh(1/3)
            return lnSeries(BigInteger.ONE, BigInteger.valueOf(3), prec);
        }
        return lnSeries(num.subtract(den), num.add(den), prec);
    }

    /** {@code 2 atanh(a/b) * 2^prec}, b positive, |a/b| well below 1. */
    private static BigInteger lnSeries(BigInteger a, BigInteger b, int prec) {
        if (a.signum() < 0) {
            return lnSeries(a.negate(), b, prec).negate(); // atanh is odd
        }
        int w = prec + 48;
        BigInteger s = a.shiftLeft(w).divide(b);
        BigInteger s2 = s.multiply(s).shiftRight(w);
        BigInteger sum = BigInteger.ZERO;
        BigInteger term = s;
        for (long k = 1; term.signum() != 0; k += 2) {
            sum = sum.add(term.divide(BigInteger.valueOf(k)));
            term = term.multiply(s2).shiftRight(w);
        }
        return shiftRound(sum.shiftLeft(1), 48);
    }

    /** {@code round(a / b)}, b positive. */
    private static BigInteger divRound(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].abs().shiftLeft(1).compareTo(b) >= 0) {
            return qr[0].add(BigInteger.valueOf(a.signum()));
        }
        return qr[0];
    }

    /** {@code round(v / 2^s)}, ties away from zero (never met here). */
    static BigInteger shiftRound(BigInteger v, int s) {
        if (s <= 0) {
            return v.shiftLeft(-s);
        }
        BigInteger abs = v.abs();
        BigInteger r = abs.add(BigInteger.ONE.shiftLeft(s - 1)).shiftRight(s);
        return v.signum() < 0 ? r.negate() : r;
    }

    /** The exact value of {@code x} in 2^-F units (x must be a multiple of 2^-F). */
    static BigInteger fixed(double x) {
        if (x == 0) {
            return BigInteger.ZERO;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0x000fffffffffffffL;
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 0x0010000000000000L;
        }
        int scale = exp - 1075 + F;
        if (scale < 0) {
            throw new ArithmeticException("not representable in 2^-" + F + " units: " + x);
        }
        BigInteger v = BigInteger.valueOf(mant).shiftLeft(scale);
        return x < 0 ? v.negate() : v;
    }

    /** The double nearest {@code v * 2^-F} (round half to even; normal results only). */
    static double toDouble(BigInteger v) {
        if (v.signum() == 0) {
            return 0.0;
        }
        BigInteger abs = v.abs();
        int len = abs.bitLength();
        double r;
        if (len <= 53) {
            r = Math.scalb(abs.doubleValue(), -F);
        } else {
            int s = len - 53;
            BigInteger q = abs.shiftRight(s);
            BigInteger rem = abs.subtract(q.shiftLeft(s));
            int cmp = rem.shiftLeft(1).compareTo(BigInteger.ONE.shiftLeft(s));
            if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            r = Math.scalb(q.doubleValue(), s - F);
        }
        return v.signum() < 0 ? -r : r;
    }

    // ---- driver ------------------------------------------------------------------------------

    /** Derives every entry, using {@code threads} worker threads. */
    public static Entry[] deriveAll(int threads, PrintStream progress) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Entry>> futures = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                final int idx = i;
                futures.add(pool.submit(() -> derive(idx)));
            }
            Entry[] out = new Entry[N];
            for (int i = 0; i < N; i++) {
                out[i] = futures.get(i).get();
                if (progress != null) {
                    Entry en = out[i];
                    progress.printf(Locale.ROOT,
                            "%3d invc=%-24s offset=%+11d logErr=2^%.2f runnerUp=2^%.2f subErr=2^%.2f admissible=%d%n",
                            i, Double.toHexString(en.invc), en.offset, log2(en.logError),
                            log2(en.runnerUpLogError), log2(en.subtractionError), en.admissible);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double log2(double v) {
        return v == 0 ? Double.NEGATIVE_INFINITY : Math.log(v) / Math.log(2);
    }

    /** Renders the generated source file. */
    public static String render(Entry[] entries) {
        StringBuilder sb = new StringBuilder();
        sb.append("package org.seedcompat.engine.math.glibc;\n\n");
        sb.append("/*\n");
        sb.append(" * GENERATED by org.seedcompat.engine.math.gen.LogTableGenerator -- do not edit by hand.\n");
        sb.append(" * Regenerate with:\n");
        sb.append(" *   mvn -q -pl engine compile && java -cp engine/target/classes \\\n");
        sb.append(" *       org.seedcompat.engine.math.gen.LogTableGenerator\n");
        sb.append(" */\n\n");
        sb.append("/**\n");
        sb.append(" * Tables of glibc's double-precision {@code log}, regenerated from their defining procedure\n");
        sb.append(" * (see {@link org.seedcompat.engine.math.gen.LogTableGenerator}).\n");
        sb.append(" */\n");
        sb.append("final class LogData {\n\n");
        sb.append("    private LogData() {\n    }\n\n");
        sb.append("    /** {@code ln 2} rounded to a multiple of 2^-42. */\n");
        sb.append("    static final double LN2HI = ").append(hex(ln2hi())).append(";\n");
        sb.append("    /** The double nearest {@code ln 2 - LN2HI}. */\n");
        sb.append("    static final double LN2LO = ").append(hex(ln2lo())).append(";\n\n");
        sb.append("    /** {@code {invc, logc}} of subinterval {@code i} at {@code [2*i]} and {@code [2*i+1]}. */\n");
        sb.append("    static final double[] TAB = {\n");
        for (Entry e : entries) {
            sb.append("        ").append(hex(e.invc)).append(", ").append(hex(e.logc))
                    .append(", // ").append(e.index).append('\n');
        }
        sb.append("    };\n\n");
        sb.append("    /** {@code {chi, clo}} of subinterval {@code i} at {@code [2*i]} and {@code [2*i+1]}. */\n");
        sb.append("    static final double[] TAB2 = {\n");
        for (Entry e : entries) {
            sb.append("        ").append(hex(e.chi)).append(", ").append(hex(e.clo))
                    .append(", // ").append(e.index).append('\n');
        }
        sb.append("    };\n}\n");
        return sb.toString();
    }

    private static String hex(double v) {
        return Double.toHexString(v);
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0]
                : "engine/src/main/java/org/seedcompat/engine/math/glibc/LogData.java";
        int threads = args.length > 1 ? Integer.parseInt(args[1])
                : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        Entry[] entries = deriveAll(threads, System.err);
        String src = render(entries);
        if (target.equals("-")) {
            System.out.print(src);
        } else {
            write(Path.of(target), src);
        }
        System.err.printf(Locale.ROOT, "generated %d entries in %.1f s%n", N, (System.nanoTime() - t0) / 1e9);
    }

    private static void write(Path path, String src) throws IOException {
        Files.writeString(path, src, StandardCharsets.UTF_8);
    }
}
