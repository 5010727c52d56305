package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/** One sentence per seed: where NumPy's RandomState and PyTorch agree and where they part. */
final class Findings {

    private Findings() {
    }

    static ArrayNode build(List<Seed> seeds, ArrayNode layers) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < seeds.size(); i++) {
            out.add(sentence(seeds.get(i), layers.get(i)));
        }
        return out;
    }

    private static String sentence(Seed seed, JsonNode layer) {
        JsonNode rs = layer.path("seeding").path("libraries").get(0);
        JsonNode words = find(layer.path("words").path("comparisons"), Pairings.RS, Pairings.TORCH);
        JsonNode state = find(layer.path("seeding").path("comparisons"), Pairings.RS, Pairings.TORCH);
        String values = valuesPart(layer);
        if (rs.has("error")) {
            JsonNode reduced = null;
            for (JsonNode c : layer.path("words").path("comparisons")) {
                if (c.has("note")) {
                    reduced = c;
                }
            }
            return "seed " + seed.expr() + ": RandomState refuses it (" + rs.path("error").path("type").asText() + ": "
                    + rs.path("error").path("message").asText() + "); torch keeps the low 32 bits (init_genrand("
                    + seed.low32() + "), initial_seed() still " + seed.value() + ")" + (reduced == null ? ""
                    : " and so draws " + reduced.path("a").asText() + "'s words: " + reduced.path("text").asText()) + ".";
        }
        return "seed " + seed.expr() + ": RandomState and torch agree on the state (" + state.path("text").asText()
                + ") and the raw words (" + words.path("text").asText() + "); they part at the transform: " + values + ".";
    }

    private static String valuesPart(JsonNode layer) {
        JsonNode libs = layer.path("transforms").path("libraries");
        if (libs.size() < 3 || libs.get(0).path("rows").isEmpty() || libs.get(2).path("rows").isEmpty()) {
            return "no values to compare";
        }
        JsonNode np = libs.get(0).path("rows").get(0);
        JsonNode t32 = libs.get(1).path("rows").get(0);
        JsonNode t64 = libs.get(2).path("rows").get(0);
        return "rand()[0] is " + np.path("value").asText() + " in NumPy (words " + joined(np.path("words")) + ", high 27+26 bits)"
                + " but " + t64.path("value").asText() + " in torch float64 (low 53 bits of the same pair) and "
                + t32.path("value").asText() + " in float32 (low 24 bits of " + t32.path("words").get(0).asText()
                + "); " + distributionsPart(layer);
    }

    /** Where torch's first gaussian, integer and permutation series leave RandomState's, as the layer found. */
    private static String distributionsPart(JsonNode layer) {
        StringBuilder sb = new StringBuilder();
        for (String d : new String[] {"gaussian", "integers", "permutations"}) {
            JsonNode torch = layer.path("distributions").path(d).path("series").path(1);
            int at = torch.path("first_divergence_from_randomstate").asInt(-2);
            sb.append(sb.length() == 0 ? "" : ", ").append(d).append(at == -1 ? " agree on every value shown"
                    : at >= 0 ? " differ from index " + at : " not compared");
        }
        return sb.toString();
    }

    private static String joined(JsonNode words) {
        StringBuilder sb = new StringBuilder();
        words.forEach(w -> sb.append(sb.length() == 0 ? "" : " ").append(w.asText()));
        return sb.toString();
    }

    static JsonNode find(JsonNode comparisons, String a, String b) {
        for (JsonNode c : comparisons) {
            if (c.path("a").asText().equals(a) && c.path("b").asText().equals(b)) {
                return c;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
