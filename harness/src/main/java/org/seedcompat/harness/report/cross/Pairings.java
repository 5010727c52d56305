package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Library against library: per seed, where the two part (from the seeds' word layers); then one
 * plain verdict and the recipe that makes them agree, with its golden proof.
 */
final class Pairings {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String RS = "numpy.random.RandomState";
    static final String TORCH = "torch (CPU)";
    static final String PY = "Python random";
    static final String RNG = "numpy.random.default_rng";

    private Pairings() {
    }

    static ArrayNode build(CrossCases cases, List<Seed> seeds, ArrayNode seedLayers) {
        ArrayNode out = NODES.arrayNode();

        ObjectNode rsTorch = pairing(out, RS, TORCH, seeds, seedLayers);
        ArrayNode p1 = RecipeProofs.randomStateTorch(cases, seeds);
        rsTorch.put("verdict", !allIdentical(rsTorch) ? "RandomState and torch NO LONGER draw the same words for every"
                + " seed below 2**32 (see the seeds above): the notes' shared init_genrand does not hold for this run."
                : "Same generator, same state, different numbers: for a seed below 2**32 both run MT19937"
                + " seeded by init_genrand and draw identical 32-bit words, but no value agrees, because NumPy builds a"
                + " double from the high 27+26 bits of two words while torch keeps the low 24 bits of one word (float32)"
                + " or the low 53 bits of a word pair (float64), and their gaussians, integers and permutations use"
                + " different algorithms on those words. At 2**32 and above NumPy refuses the seed while torch silently"
                + " keeps its low 32 bits.");
        rsTorch.put("recipe", "Same words: seed both with s % 2**32 (torch.manual_seed(s) already does), or, mid-stream,"
                + " install NumPy's state in torch with ./seedcompat bridge numpy-to-torch. Same values: there is no torch"
                + " sampler with NumPy's transform, so draw the words in torch (empty(n, dtype=torch.int64).random_(-2**63,"
                + " None), high word first) and apply (a >> 5) * 2**26 + (b >> 6) over 2**53.");
        rsTorch.set("proof", p1);
        rsTorch.put("proven", RecipeProofs.allHold(p1));

        ObjectNode rsPy = pairing(out, RS, PY, seeds, seedLayers);
        ArrayNode p2 = RecipeProofs.randomStatePython(cases, seeds);
        rsPy.put("verdict", anyIdentical(rsPy) ? "Unexpectedly, RandomState(s) and random.Random(s) share their words"
                + " for some seed: see the seeds above." : "Same generator and the same double transform, different seeding: Python seeds MT19937 with"
                + " init_by_array of the seed's 32-bit words, RandomState(int) with init_genrand, so random.Random(s) and"
                + " RandomState(s) share no word.");
        rsPy.put("recipe", "RandomState(list of |s|'s 32-bit words, least significant first), e.g. RandomState([42]) for"
                + " random.Random(42) and RandomState([42, 1]) for random.Random(2**32 + 42): then words and random()"
                + " values agree bit for bit; mid-stream, ./seedcompat bridge numpy-to-python.");
        rsPy.set("proof", p2);
        rsPy.put("proven", RecipeProofs.allHold(p2));

        ObjectNode torchPy = pairing(out, TORCH, PY, seeds, seedLayers);
        ArrayNode p3 = RecipeProofs.torchPython(cases);
        torchPy.put("verdict", anyIdentical(torchPy) ? "Unexpectedly, torch and Python share their words for some seed:"
                + " see the seeds above." : "Same generator, different seeding (init_genrand of the low 32 bits vs init_by_array of"
                + " all words), and different transforms: they share neither words nor values.");
        torchPy.put("recipe", "torch.set_rng_state with Python's state translated by ./seedcompat bridge python-to-torch:"
                + " torch then draws Python's words (values still follow torch's own transforms).");
        torchPy.set("proof", p3);
        torchPy.put("proven", RecipeProofs.allHold(p3));

        for (String[] pair : new String[][] {{RS, RNG}, {TORCH, RNG}, {PY, RNG}}) {
            ObjectNode p = pairing(out, pair[0], pair[1], seeds, seedLayers);
            p.put("verdict", anyIdentical(p) ? "Unexpectedly, " + pair[0] + " and default_rng share words for some seed."
                    : "Different generators: default_rng is PCG64 seeded through SeedSequence, not MT19937, so no"
                    + " seed makes it reproduce " + pair[0] + "'s words or values.");
            p.put("recipe", "None through the seed. Where " + pair[0] + "'s stream is needed, use " + pair[0]
                    + " itself (the legacy stream) rather than default_rng.");
            p.putArray("proof");
            p.putNull("proven");
        }
        return out;
    }

    /** Whether every seed where both sides have words shows identical words (and there is one). */
    private static boolean allIdentical(ObjectNode pairing) {
        int compared = 0;
        for (JsonNode s : pairing.path("per_seed")) {
            if (s.path("comparable").asBoolean()) {
                compared++;
                if (!s.path("identical").asBoolean()) {
                    return false;
                }
            }
        }
        return compared > 0;
    }

    private static boolean anyIdentical(ObjectNode pairing) {
        for (JsonNode s : pairing.path("per_seed")) {
            if (s.path("identical").asBoolean()) {
                return true;
            }
        }
        return false;
    }

    /** The pairing's per-seed word comparison, from each seed's word layer. */
    private static ObjectNode pairing(ArrayNode out, String a, String b, List<Seed> seeds, ArrayNode seedLayers) {
        ObjectNode p = out.addObject().put("a", a).put("b", b);
        ArrayNode per = p.putArray("per_seed");
        for (int i = 0; i < seeds.size(); i++) {
            JsonNode words = seedLayers.get(i).path("words").path("comparisons");
            for (JsonNode c : words) {
                if (c.path("a").asText().equals(a) && c.path("b").asText().equals(b)) {
                    per.addObject().put("seed", seeds.get(i).expr()).put("words", c.path("text").asText())
                            .put("identical", c.path("identical").asBoolean(false))
                            .put("comparable", c.path("identical").isBoolean());
                }
            }
        }
        return p;
    }
}
