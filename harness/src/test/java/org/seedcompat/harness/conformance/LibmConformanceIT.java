package org.seedcompat.harness.conformance;

import org.seedcompat.harness.fuzz.RandomCases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.Conformance;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.side.ReferenceSide;
import org.seedcompat.harness.target.EngineMath;
import org.seedcompat.harness.target.EngineOptions;

/**
 * The engine's libm against glibc's own functions (libm.so.6 through ctypes), 10^6 inputs per
 * function and per glibc build: every bit pattern, the ranges the samplers use, and wider ones.
 * {@code pow} and {@code powf} take pairs: every bit pattern for both arguments, the gamma and beta
 * samplers' {@code pow(U, 1/shape)} with {@code shape} in (0, 10], bases near 1 with exponents up
 * to 10^5 (results across the whole range, overflow and underflow included), tiny exponents around
 * the 2^-65 cut-off, and integer-valued exponents for negative bases.
 * Inputs come from a seed that changes every run ({@code SEEDCOMPAT_FUZZ_SEED} replays), drawn
 * identically on both sides. Every function must be exact.
 */
class LibmConformanceIT {

    private static final int N = 1_000_000;
    private static final String TWO_PI = "6.283185307179586";

    /** function -> (sample kind, share of N, low, high). */
    private static final Map<String, String[][]> INPUTS = new LinkedHashMap<>();

    /**
     * Two-argument function -> per input set: share of N, then the x and the y sample, each as
     * (kind, low, high), low and high omitted for bit patterns.
     */
    private static final Map<String, String[][][]> PAIRS = new LinkedHashMap<>();

    static {
        INPUTS.put("log", new String[][] {{"bits", "0.4"}, {"uniform", "0.4", "0.0", "1.0"}, {"uniform", "0.2", "0.5", "2.0"}});
        INPUTS.put("log1p", new String[][] {{"bits", "0.4"}, {"uniform", "0.4", "-1.0", "0.0"}, {"uniform", "0.2", "-0.001", "0.001"}});
        INPUTS.put("exp", new String[][] {{"bits", "0.4"}, {"uniform", "0.4", "-745.2", "709.8"}, {"uniform", "0.2", "-1.0", "1.0"}});
        INPUTS.put("sin", new String[][] {{"bits", "0.4"}, {"uniform", "0.4", "0.0", TWO_PI}, {"uniform", "0.2", "-1e6", "1e6"}});
        INPUTS.put("cos", new String[][] {{"bits", "0.4"}, {"uniform", "0.4", "0.0", TWO_PI}, {"uniform", "0.2", "-1e6", "1e6"}});
        INPUTS.put("tan", new String[][] {{"bits", "0.4"}, {"uniform", "0.4", "-1.5707963267948966", "1.5707963267948966"},
            {"uniform", "0.2", "-1e3", "1e3"}});
        INPUTS.put("acos", new String[][] {{"bits", "0.4"}, {"uniform", "0.4", "-1.0", "1.0"}, {"uniform", "0.2", "0.96875", "1.0"}});
        INPUTS.put("logf", new String[][] {{"bits32", "0.4"}, {"uniform32", "0.4", "0.0", "1.0"}, {"uniform32", "0.2", "0.5", "2.0"}});
        INPUTS.put("log1pf", new String[][] {{"bits32", "0.4"}, {"uniform32", "0.4", "-1.0", "0.0"}, {"uniform32", "0.2", "-0.001", "0.001"}});
        INPUTS.put("expf", new String[][] {{"bits32", "0.4"}, {"uniform32", "0.4", "-104.0", "89.0"}, {"uniform32", "0.2", "-1.0", "1.0"}});
        INPUTS.put("sinf", new String[][] {{"bits32", "0.4"}, {"uniform32", "0.4", "0.0", TWO_PI}, {"uniform32", "0.2", "-1e4", "1e4"}});
        INPUTS.put("cosf", new String[][] {{"bits32", "0.4"}, {"uniform32", "0.4", "0.0", TWO_PI}, {"uniform32", "0.2", "17.0", "120.0"}});
        PAIRS.put("pow", new String[][][] {
            {{"0.3"}, {"bits"}, {"bits"}},
            {{"0.3"}, {"uniform", "0.0", "1.0"}, {"reciprocal", "0.0", "10.0"}},
            {{"0.2"}, {"uniform", "0.5", "2.0"}, {"uniform", "-20.0", "20.0"}},
            {{"0.1"}, {"uniform", "0.99", "1.01"}, {"uniform", "-1e5", "1e5"}},
            {{"0.05"}, {"bits"}, {"uniform", "-1e-19", "1e-19"}},
            {{"0.05"}, {"uniform", "-3.0", "-0.3"}, {"integers", "-700", "700"}},
        });
        PAIRS.put("powf", new String[][][] {
            {{"0.3"}, {"bits32"}, {"bits32"}},
            {{"0.3"}, {"uniform32", "0.0", "1.0"}, {"reciprocal32", "0.0", "10.0"}},
            {{"0.2"}, {"uniform32", "0.5", "2.0"}, {"uniform32", "-20.0", "20.0"}},
            {{"0.1"}, {"uniform32", "0.99", "1.01"}, {"uniform32", "-1e4", "1e4"}},
            {{"0.05"}, {"bits32"}, {"uniform32", "-1e-9", "1e-9"}},
            {{"0.05"}, {"uniform32", "-3.0", "-0.3"}, {"integers32", "-100", "100"}},
        });
    }

    /** The two x86-64 builds of glibc's libm, as the reference selects them. */
    private static final Map<String, Map<String, String>> BUILDS = Map.of(
            "fma", EngineMath.referenceEnvironment(MathVariant.FMA),
            "nofma", EngineMath.referenceEnvironment(MathVariant.NO_FMA));

    @AfterAll
    static void stop() {
        LiveReference.closePinned();
    }

    @TestFactory
    Stream<DynamicNode> everyFunctionOnAMillionInputsPerGlibcBuild() {
        long seed = RandomCases.seedFromEnvironment();
        List<DynamicNode> builds = new ArrayList<>();
        for (String build : List.of("fma", "nofma")) {
            List<DynamicNode> tests = new ArrayList<>();
            int k = 0;
            for (Map.Entry<String, String[][]> f : INPUTS.entrySet()) {
                List<String> calls = new ArrayList<>();
                for (String[] in : f.getValue()) {
                    int n = (int) (N * Double.parseDouble(in[1]));
                    long s = Math.floorMod(seed + 7919L * k++, 1L << 62);
                    calls.add(f.getKey() + "(libm.sample('" + in[0] + "', " + n + ", " + s
                            + (in.length > 2 ? ", " + in[2] + ", " + in[3] : "") + "))");
                }
                tests.add(dynamicTest(f.getKey() + " SEEDCOMPAT_FUZZ_SEED=" + seed, () -> check(build, f.getKey(), calls)));
            }
            for (Map.Entry<String, String[][][]> f : PAIRS.entrySet()) {
                List<String> calls = new ArrayList<>();
                for (String[][] in : f.getValue()) {
                    int n = (int) (N * Double.parseDouble(in[0][0]));
                    String x = sample(in[1], n, Math.floorMod(seed + 7919L * k++, 1L << 62));
                    String y = sample(in[2], n, Math.floorMod(seed + 7919L * k++, 1L << 62));
                    calls.add(f.getKey() + "(" + x + ", " + y + ")");
                }
                tests.add(dynamicTest(f.getKey() + " SEEDCOMPAT_FUZZ_SEED=" + seed, () -> check(build, f.getKey(), calls)));
            }
            builds.add(dynamicContainer(build, tests));
        }
        return builds.stream();
    }

    /** A {@code libm.sample(kind, n, seed[, low, high])} expression. */
    private static String sample(String[] spec, int n, long seed) {
        return "libm.sample('" + spec[0] + "', " + n + ", " + seed
                + (spec.length > 1 ? ", " + spec[1] + ", " + spec[2] : "") + ")";
    }

    private static void check(String build, String function, List<String> calls) {
        ReferenceSide reference = LiveReference.pinned(BUILDS.get(build));
        EngineSide engine = new EngineSide(EngineOptions.of(reference.process().fingerprint()));
        assertEquals(build.equals("fma") ? "FMA" : "NO_FMA", engine.options().mathVariant().name(),
                "the reference must run the glibc build under test");
        CaseVerdict v = Conformance.compare(new Case("libm-" + function, "libm", calls), reference, engine);
        assertTrue(v.exact(), () -> Explain.of(v, "reference"));
    }
}
