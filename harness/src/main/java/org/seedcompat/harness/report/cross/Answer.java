package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The page's opening answer to "can NumPy and PyTorch share a seed?": one paragraph in plain words,
 * built from the section's own computed layers and pairings (nothing here is assumed: where the data
 * says otherwise, the sentence says otherwise).
 */
final class Answer {

    private Answer() {
    }

    static ObjectNode build(List<Seed> seeds, ArrayNode layers, JsonNode pairings) {
        List<String> below = new ArrayList<>();
        boolean sameState = true;
        boolean sameWords = true;
        boolean anyValueAgrees = false;
        boolean compared = false;
        for (int i = 0; i < seeds.size(); i++) {
            Seed seed = seeds.get(i);
            if (seed.value().compareTo(Seed.TWO_32) >= 0 || seed.value().signum() < 0) {
                continue;
            }
            JsonNode layer = layers.get(i);
            JsonNode state = Findings.find(layer.path("seeding").path("comparisons"), Pairings.RS, Pairings.TORCH);
            JsonNode words = Findings.find(layer.path("words").path("comparisons"), Pairings.RS, Pairings.TORCH);
            if (!state.path("identical").isBoolean() || !words.path("identical").isBoolean()) {
                continue;
            }
            below.add(seed.expr());
            compared = true;
            sameState &= state.path("identical").asBoolean();
            sameWords &= words.path("identical").asBoolean();
            for (String d : new String[] {"gaussian", "integers", "permutations"}) {
                if (layer.path("distributions").path(d).path("series").path(1).path("first_divergence_from_randomstate").asInt(-2) == -1) {
                    anyValueAgrees = true;
                }
            }
            JsonNode libs = layer.path("transforms").path("libraries");
            JsonNode np = libs.path(0).path("rows").path(0).path("value");
            for (int k = 1; k < libs.size(); k++) {
                if (libs.get(k).path("library").asText().startsWith("torch")
                        && np.isTextual() && np.asText().equals(libs.get(k).path("rows").path(0).path("value").asText(null))) {
                    anyValueAgrees = true;
                }
            }
        }
        JsonNode rsTorch = pairing(pairings, Pairings.RS, Pairings.TORCH);
        JsonNode rsPython = pairing(pairings, Pairings.RS, Pairings.PY);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ArrayNode seedList = out.putArray("seeds");
        below.forEach(seedList::add);
        out.put("same_words", compared && sameState && sameWords);
        out.put("same_values", anyValueAgrees);
        ArrayNode recipes = out.putArray("recipes");
        recipes.add("seed both with s mod 2**32, as torch.manual_seed(s) does by itself while RandomState refuses s >= 2**32"
                + proven(rsTorch));
        recipes.add("RandomState([words of s]) to draw the words of Python's random.Random(s)" + proven(rsPython));
        recipes.add("./seedcompat bridge to carry a generator's state from one library to another mid-stream"
                + proven(rsTorch));
        StringBuilder t = new StringBuilder();
        if (!compared) {
            t.append("The cross-library suites hold no seed below 2**32 that both NumPy and PyTorch ran, so this run cannot say.");
        } else if (sameState && sameWords) {
            t.append("Same words, different numbers. For seeds below 2**32 (checked: ").append(String.join(", ", below))
                    .append("), numpy.random.RandomState(s) and torch.manual_seed(s) hold the same MT19937 state and draw the same"
                            + " 32-bit words, ").append(anyValueAgrees ? "and some values agree"
                            : "yet no value agrees, because each library turns the words into numbers differently (NumPy keeps the"
                            + " high bits of two words per double, torch the low bits; gaussians, integers and permutations differ too)").append('.');
        } else {
            t.append("No: for seeds below 2**32 (checked: ").append(String.join(", ", below))
                    .append(") numpy.random.RandomState(s) and torch.manual_seed(s) do not even hold the same state or draw the same words.");
        }
        if (compared) {
            t.append(" Recipes: ");
            List<String> r = new ArrayList<>();
            recipes.forEach(x -> r.add(x.asText()));
            t.append(String.join("; ", r)).append('.');
        }
        out.put("text", t.toString());
        return out;
    }

    private static String proven(JsonNode pairing) {
        return pairing.path("proven").isBoolean() ? (pairing.path("proven").asBoolean() ? " [proven]" : " [NOT proven by this run]") : "";
    }

    private static JsonNode pairing(JsonNode pairings, String a, String b) {
        for (JsonNode p : pairings) {
            if (p.path("a").asText().equals(a) && p.path("b").asText().equals(b)) {
                return p;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
