package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.seedcompat.harness.vectors.GoldenSuite;

/**
 * Gaussians, bounded integers and permutations side by side, with the algorithm each library uses;
 * the MT19937 integer and permutation results are re-derived from the golden words.
 */
final class DistributionLayer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int BOUND = 10;

    private DistributionLayer() {
    }

    static ObjectNode build(CrossCases cases, Seed seed) {
        String s = seed.expr();
        ObjectNode layer = NODES.objectNode();
        layer.set("gaussian", gaussian(cases, s));
        long[] rsWords = RawWords.randomState(cases, s);
        long[] torchWords = RawWords.torch(cases, s);

        ObjectNode ints = layer.putObject("integers").put("call", "randint(0, 10, size=10) / randint(0, 10, (10,)) / integers(0, 10, size=10)");
        ArrayNode is = ints.putArray("series");
        JsonNode rsInts = cases.output("rs-ints[" + s + "]", 0);
        series(is, "numpy.random.RandomState", "masked rejection: w & 15 until it is at most 9 (one word per try)", rsInts)
                .set("derived_from_words", derived(Bits.words(rsInts), WordAlgorithms.maskedInts(rsWords, BOUND, BOUND)));
        JsonNode torchInts = cases.output("torch-ints[" + s + "]", 0);
        series(is, "torch (CPU)", "plain modulo, no rejection: w % 10 (one word per value, biased)", torchInts)
                .set("derived_from_words", derived(Bits.words(torchInts), WordAlgorithms.moduloInts(torchWords, BOUND, BOUND)));
        series(is, "numpy.random.default_rng", "Lemire's multiply-shift on 32-bit draws, with rejection",
                cases.output("rng-ints[" + s + "]", 0));
        divergence(ints, is);

        ObjectNode perm = layer.putObject("permutations").put("call", "permutation(10) / randperm(10)");
        ArrayNode ps = perm.putArray("series");
        JsonNode rsPerm = cases.output("rs-perm[" + s + "]", 0);
        series(ps, "numpy.random.RandomState", "Fisher–Yates from the end: for i = 9..1, j = masked draw in [0, i]", rsPerm)
                .set("derived_from_words", derived(Bits.words(rsPerm), WordAlgorithms.legacyShuffle(rsWords, BOUND)));
        JsonNode torchPerm = cases.output("torch-perm[" + s + "]", 0);
        series(ps, "torch (CPU)", "forward Fisher–Yates: for i = 0..8, z = w % (10 - i), swap(i, i + z)", torchPerm)
                .set("derived_from_words", derived(Bits.words(torchPerm), WordAlgorithms.torchRandperm(torchWords, BOUND)));
        series(ps, "numpy.random.default_rng", "Fisher–Yates from the end, masked rejection on PCG64's 32-bit draws",
                cases.output("rng-perm[" + s + "]", 0));
        divergence(perm, ps);
        return layer;
    }

    private static ObjectNode gaussian(CrossCases cases, String s) {
        ObjectNode g = NODES.objectNode();
        ArrayNode series = g.putArray("series");
        series(series, "numpy.random.RandomState", "randn(8): Marsaglia's polar method, 2 uniforms (4 words) per pair,"
                + " the second of each pair cached", cases.output("rs-gauss[" + s + "]", 0));
        series(series, "torch (CPU)", "randn(8) float32, fewer than 16 elements: scalar Box–Muller in double"
                + " (u1 → angle, u2 → radius; 4 words per pair, sin value cached), cast to float",
                cases.output("torch-gauss[" + s + "]", 0));
        series(series, "torch (CPU)", "randn(8, dtype=torch.float64): the same scalar Box–Muller",
                cases.output("torch-gauss[" + s + "]", 1));
        series(series, "torch (CPU)", "randn(16, dtype=torch.float64): vectorised 16-blocks (elements 0–7 → radius,"
                + " 8–15 → angle); the same under every capability", cases.output("torch-gauss16-64[" + s + "]", 0));
        JsonNode avx2 = null;
        JsonNode dflt = null;
        for (GoldenSuite cap : cases.capabilitySuites()) {
            String name = CrossCases.capabilityOf(cap);
            JsonNode line = CrossCases.output(cap, "torch-gauss16[" + s + "]", 0);
            series(series, "torch (CPU, " + name + " kernel)", "randn(16) float32: vectorised 16-blocks, "
                    + ("AVX2".equalsIgnoreCase(name) ? "avx_mathfun log/sincos with FMAs" : "glibc logf/cosf/sinf"),
                    line).put("capability", name);
            if ("AVX2".equalsIgnoreCase(name)) {
                avx2 = line;
            } else if ("DEFAULT".equalsIgnoreCase(name)) {
                dflt = line;
            }
        }
        series(series, "numpy.random.default_rng", "standard_normal(8): ziggurat, 256 levels, one 64-bit output per try",
                cases.output("rng-gauss[" + s + "]", 0));
        divergence(g, series);
        if (avx2 != null && dflt != null) {
            List<String> a = Bits.data(avx2);
            List<String> d = Bits.data(dflt);
            int diff = 0;
            for (int i = 0; i < Math.min(a.size(), d.size()); i++) {
                if (!a.get(i).equals(d.get(i))) {
                    diff++;
                }
            }
            g.put("capability_differences", diff).put("capability_text", diff == 0
                    ? "the avx2 and default kernels agree on all " + a.size() + " values for this seed"
                    : "the avx2 and default kernels differ in " + diff + " of " + a.size() + " float32 values");
        }
        return g;
    }

    private static ObjectNode series(ArrayNode out, String library, String algorithm, JsonNode line) {
        ObjectNode o = out.addObject().put("library", library).put("algorithm", algorithm).put("dtype", Bits.dtype(line));
        ArrayNode v = o.putArray("values");
        ArrayNode b = o.putArray("bits");
        for (String e : Bits.data(line)) {
            boolean isFloat = e.startsWith("0x");
            v.add(isFloat ? Bits.decimal(e) : e);
            if (isFloat) {
                b.add(e);
            }
        }
        if (line == null) {
            o.put("note", "no golden value (the setup was refused or the case is absent)");
        }
        return o;
    }

    /** First index where each series departs from the first one (RandomState), compared as numbers. */
    private static void divergence(ObjectNode out, ArrayNode series) {
        if (series.isEmpty()) {
            return;
        }
        JsonNode base = series.get(0).get("values");
        for (JsonNode s : series) {
            JsonNode v = s.get("values");
            int n = Math.min(base.size(), v.size());
            int first = -1;
            for (int i = 0; i < n && first < 0; i++) {
                if (Double.parseDouble(base.get(i).asText()) != Double.parseDouble(v.get(i).asText())) {
                    first = i;
                }
            }
            if (n == 0) {
                ((ObjectNode) s).putNull("first_divergence_from_randomstate");
            } else {
                ((ObjectNode) s).put("first_divergence_from_randomstate", first);
            }
        }
    }

    private static JsonNode derived(long[] golden, long[] fromWords) {
        ObjectNode o = NODES.objectNode();
        if (fromWords == null || golden.length == 0) {
            o.putNull("verified");
            o.put("text", "not derivable from the shown words");
            return o;
        }
        boolean ok = java.util.Arrays.equals(golden, fromWords);
        o.put("verified", ok).put("text", ok ? "re-derived from the raw words above: identical"
                : "re-derived from the raw words: MISMATCH " + java.util.Arrays.toString(fromWords));
        return o;
    }
}
