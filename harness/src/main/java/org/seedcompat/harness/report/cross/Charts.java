package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The data of the section's pictures: two sequences against their index, with the first index where
 * they differ. Same words, different values is the story, so one chart of each, for seed 42.
 */
final class Charts {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SEED = "42";
    private static final double TWO_32 = 4294967296.0;

    private Charts() {
    }

    static ArrayNode build(CrossCases cases, List<Seed> seeds) {
        ArrayNode out = NODES.arrayNode();
        if (seeds.stream().noneMatch(s -> s.expr().equals(SEED))) {
            return out;
        }
        long[] rs = RawWords.randomState(cases, SEED);
        long[] torch = RawWords.torch(cases, SEED);
        ObjectNode words = chart(out, "Raw 32-bit words, seed 42 (word / 2^32)", "RandomState(42)", "torch.manual_seed(42)");
        for (long w : rs) {
            words.withArray("a_values").add(w / TWO_32);
        }
        for (long w : torch) {
            words.withArray("b_values").add(w / TWO_32);
        }
        ObjectNode values = chart(out, "Uniform doubles, seed 42: rand(8) vs torch.rand(8, dtype=torch.float64)",
                "RandomState(42).rand", "torch float64 rand");
        Bits.data(cases.output("rs-rand[" + SEED + "]", 0)).forEach(h -> values.withArray("a_values").add(Bits.valueOf(h)));
        Bits.data(cases.output("torch-rand64[" + SEED + "]", 0)).forEach(h -> values.withArray("b_values").add(Bits.valueOf(h)));
        for (var c : out) {
            ObjectNode o = (ObjectNode) c;
            int n = Math.min(o.withArray("a_values").size(), o.withArray("b_values").size());
            int first = -1;
            for (int i = 0; i < n && first < 0; i++) {
                if (o.withArray("a_values").get(i).asDouble() != o.withArray("b_values").get(i).asDouble()) {
                    first = i;
                }
            }
            if (first < 0) {
                o.putNull("first_divergence");
            } else {
                o.put("first_divergence", first);
            }
        }
        return out;
    }

    private static ObjectNode chart(ArrayNode out, String title, String a, String b) {
        return out.addObject().put("title", title).put("a", a).put("b", b);
    }
}
