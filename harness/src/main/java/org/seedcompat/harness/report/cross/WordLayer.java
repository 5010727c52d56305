package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The first raw words of each generator side by side, and where each pair first differs. */
final class WordLayer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WordLayer() {
    }

    static ObjectNode build(CrossCases cases, Seed seed, List<Seed> seeds) {
        ObjectNode layer = NODES.objectNode();
        long[] rs = RawWords.randomState(cases, seed.expr());
        long[] torch = RawWords.torch(cases, seed.expr());
        long[] py = RawWords.python(cases, seed.expr());
        long[] pcg = RawWords.pcg64(cases, seed.expr());
        long[] pcgDraws = new long[pcg.length * 2];
        for (int k = 0; k < pcgDraws.length; k++) {
            pcgDraws[k] = RawWords.pcg64Draw32(pcg, k);
        }
        ArrayNode libs = layer.putArray("libraries");
        library(libs, "numpy.random.RandomState", RawWords.RS_HOW, rs, cases.setupError("rs-words[" + seed.expr() + "]"));
        library(libs, "torch (CPU)", RawWords.TORCH_HOW, torch, null);
        library(libs, "Python random", RawWords.PY_HOW, py, null);
        ObjectNode g = library(libs, "numpy.random.default_rng", RawWords.RNG_HOW, pcgDraws, null);
        ArrayNode raw64 = g.putArray("raw64");
        for (long w : pcg) {
            raw64.add(Bits.hex64(w));
        }

        ArrayNode cmp = layer.putArray("comparisons");
        compare(cmp, "numpy.random.RandomState", rs, "torch (CPU)", torch);
        compare(cmp, "numpy.random.RandomState", rs, "Python random", py);
        compare(cmp, "torch (CPU)", torch, "Python random", py);
        compare(cmp, "numpy.random.RandomState", rs, "numpy.random.default_rng", pcgDraws);
        if (!seed.fits32()) {
            Seed reduced = Seed.find(seeds, seed.low32());
            if (reduced != null) {
                compare(cmp, "numpy.random.RandomState(" + reduced.expr() + ")",
                        RawWords.randomState(cases, reduced.expr()), "torch (CPU)", torch)
                        .put("note", "torch.manual_seed(" + seed.expr() + ") keeps the low 32 bits: " + reduced.expr());
            }
        }
        return layer;
    }

    private static ObjectNode library(ArrayNode libs, String name, String how, long[] words, com.fasterxml.jackson.databind.JsonNode error) {
        ObjectNode lib = libs.addObject().put("library", name).put("how", how);
        if (error != null) {
            lib.set("error", error);
        }
        ArrayNode a = lib.putArray("words");
        for (long w : words) {
            a.add(Bits.hex32(w));
        }
        return lib;
    }

    static ObjectNode compare(ArrayNode out, String a, long[] wa, String b, long[] wb) {
        ObjectNode c = out.addObject().put("a", a).put("b", b);
        int n = Math.min(wa.length, wb.length);
        if (n == 0) {
            c.putNull("first_difference");
            c.putNull("identical");
            c.put("text", "not comparable: " + (wa.length == 0 ? a : b) + " has no words for this seed (its setup is refused)");
            return c;
        }
        int diff = RawWords.firstDifference(wa, wb);
        c.put("compared", n);
        if (diff < 0) {
            c.putNull("first_difference");
            c.put("identical", true);
            c.put("text", "identical for the first " + n + " words");
        } else {
            c.put("first_difference", diff);
            c.put("identical", false);
            c.put("text", (diff == 0 ? "differ from the first word" : "identical for " + diff + " words, then differ")
                    + ": word " + diff + " is " + Bits.hex32(wa[diff]) + " vs " + Bits.hex32(wb[diff]));
        }
        return c;
    }
}
