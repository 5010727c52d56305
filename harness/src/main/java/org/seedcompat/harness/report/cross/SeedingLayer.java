package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The state right after seeding: which init routine each library runs and the first state words it leaves. */
final class SeedingLayer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int SHOWN = 4;
    private static final int MT_N = 624;
    private static final int TORCH_STATE_OFFSET = 24;

    private SeedingLayer() {
    }

    static ObjectNode build(CrossCases cases, Seed seed, List<Seed> seeds) {
        ObjectNode layer = NODES.objectNode();
        ArrayNode libs = layer.putArray("libraries");
        long[] rs = randomStateKey(cases, seed.expr());
        long[] torch = torchKey(cases, seed.expr());
        long[] py = pythonKey(cases, seed.expr());

        ObjectNode r = libs.addObject().put("library", "numpy.random.RandomState")
                .put("setup", "numpy.random.RandomState(" + seed.expr() + ")");
        ObjectNode rsError = cases.setupError("rs-state[" + seed.expr() + "]");
        if (rsError != null) {
            r.put("init", "refused: legacy seeding takes an int only in [0, 2**32 - 1]");
            r.set("error", rsError);
        } else {
            r.put("init", "init_genrand(" + seed.value() + ") (mt19937_seed, Knuth's initialiser): key[0] = the seed")
                    .put("position", "pos " + posOf(cases, seed.expr()) + " (the next draw regenerates the block)");
            words(r, rs);
        }

        ObjectNode t = libs.addObject().put("library", "torch (CPU)").put("setup", "torch.manual_seed(" + seed.expr() + ")");
        t.put("init", "init_genrand(" + seed.low32() + ") (init_with_uint32: only the low 32 bits of the seed reach the"
                + " state; initial_seed() keeps all 64)");
        JsonNode initial = cases.output("torch-state[" + seed.expr() + "]", 0);
        if (initial != null) {
            t.put("initial_seed", Bits.data(initial).get(0));
        }
        long[] head = Bits.words(cases.output("torch-state[" + seed.expr() + "]", 1));
        if (head.length >= TORCH_STATE_OFFSET) {
            long left = word(head, 8);
            // torch counts down what is left of the block; NumPy's pos counts up: pos = 625 - left
            t.put("position", "left " + left + ", next " + word(head, 16) + " (the same as NumPy's pos " + (625 - left) + ")");
        }
        words(t, torch);
        t.put("state_source", torch.length == MT_N ? "all 5056 bytes: the engine's, checked against the golden SHA-256"
                + " (the golden vectors keep the first 256 bytes and a digest)" : "the first 256 bytes the golden vectors keep");

        ObjectNode g = libs.addObject().put("library", "numpy.random.default_rng")
                .put("setup", "numpy.random.default_rng(" + seed.expr() + ")")
                .put("init", "SeedSequence(" + seed.value() + ") hashes the seed into PCG64's 128-bit state and"
                        + " increment: no MT19937 at all");
        JsonNode state = cases.output("rng-state[" + seed.expr() + "]", 0);
        if (state != null) {
            JsonNode s = state.path("items").path("state").path("items");
            g.put("state", "0x" + new java.math.BigInteger(s.path("state").path("value").asText("0")).toString(16));
            g.put("inc", "0x" + new java.math.BigInteger(s.path("inc").path("value").asText("0")).toString(16));
        }

        ObjectNode p = libs.addObject().put("library", "Python random").put("setup", "random.Random(" + seed.expr() + ")");
        p.put("init", "init_by_array(" + seed.pythonKey() + ") (the 32-bit words of |seed|, least significant first)");
        JsonNode py0 = cases.output("py-state[" + seed.expr() + "]", 0);
        if (py0 != null && py0.path("items").path(1).path("items").size() > MT_N) {
            p.put("position", "pos " + py0.path("items").path(1).path("items").get(MT_N).path("data").path(0).asInt());
        }
        words(p, py);

        compare(layer.putArray("comparisons"), "numpy.random.RandomState", rs, "torch (CPU)", torch);
        compare(layer.withArray("comparisons"), "numpy.random.RandomState", rs, "Python random", py);
        compare(layer.withArray("comparisons"), "torch (CPU)", torch, "Python random", py);
        if (!seed.fits32()) {
            Seed reduced = Seed.find(seeds, seed.low32());
            if (reduced != null) {
                ObjectNode c = compare(layer.withArray("comparisons"), "numpy.random.RandomState(" + reduced.expr() + ")",
                        randomStateKey(cases, reduced.expr()), "torch (CPU)", torch);
                c.put("note", "torch keeps only the low 32 bits of " + seed.expr() + ", so compare with RandomState("
                        + reduced.expr() + ")");
            }
        }
        return layer;
    }

    private static void words(ObjectNode lib, long[] key) {
        ArrayNode a = lib.putArray("first_state_words");
        for (int i = 0; i < Math.min(SHOWN, key.length); i++) {
            a.add(Bits.hex32(key[i]));
        }
    }

    private static ObjectNode compare(ArrayNode out, String a, long[] ka, String b, long[] kb) {
        ObjectNode c = out.addObject().put("a", a).put("b", b);
        if (ka.length == 0 || kb.length == 0) {
            c.putNull("identical");
            c.put("text", "not comparable: one side has no state");
            return c;
        }
        if (ka.length != MT_N || kb.length != MT_N) {
            int n = Math.min(ka.length, kb.length);
            int diff = RawWords.firstDifference(ka, kb);
            c.put("identical", diff < 0);
            c.put("text", diff < 0 ? "the first " + n + " state words equal (the rest is not in the golden head)"
                    : "different: state word " + diff + " is " + Bits.hex32(ka[diff]) + " vs " + Bits.hex32(kb[diff]));
            return c;
        }
        int diff = RawWords.firstDifference(ka, kb);
        c.put("identical", diff < 0);
        c.put("text", diff < 0 ? "identical: all 624 state words equal"
                : "different: state word " + diff + " is " + Bits.hex32(ka[diff]) + " vs " + Bits.hex32(kb[diff]));
        return c;
    }

    /** RandomState's key from get_state() (a tuple: name, key, pos, has_gauss, gauss); empty when absent. */
    static long[] randomStateKey(CrossCases cases, String seed) {
        JsonNode line = cases.output("rs-state[" + seed + "]", 0);
        return line == null ? new long[0] : Bits.words(line.path("items").path(1));
    }

    private static int posOf(CrossCases cases, String seed) {
        JsonNode line = cases.output("rs-state[" + seed + "]", 0);
        return line == null ? -1 : line.path("items").path(2).path("data").path(0).asInt(-1);
    }

    /**
     * torch's 624 words from get_rng_state(): each a zero-extended uint64 from byte 24 on, little-endian.
     * The golden vectors keep the 5056 bytes as a head and a SHA-256, so the engine's bytes are used
     * once their SHA-256 is the golden one; failing that, the words the head holds.
     */
    static long[] torchKey(CrossCases cases, String seed) {
        String id = "torch-state[" + seed + "]";
        long[] bytes = cases.has(id) ? EngineArrays.verifiedRaw(cases.primary(), cases.get(id), 1) : null;
        if (bytes == null) {
            bytes = Bits.words(cases.output(id, 1));
        }
        if (bytes.length < TORCH_STATE_OFFSET + 8 * MT_N) {
            long[] head = new long[Math.max(0, (bytes.length - TORCH_STATE_OFFSET) / 8)];
            for (int i = 0; i < head.length; i++) {
                head[i] = word(bytes, TORCH_STATE_OFFSET + 8 * i);
            }
            return head;
        }
        long[] key = new long[MT_N];
        for (int i = 0; i < MT_N; i++) {
            key[i] = word(bytes, TORCH_STATE_OFFSET + 8 * i);
        }
        return key;
    }

    private static long word(long[] bytes, int at) {
        return bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24;
    }

    /** Python's 624 words from getstate() = (3, (w0, ..., w623, pos), None). */
    static long[] pythonKey(CrossCases cases, String seed) {
        JsonNode line = cases.output("py-state[" + seed + "]", 0);
        if (line == null) {
            return new long[0];
        }
        JsonNode items = line.path("items").path(1).path("items");
        if (items.size() < MT_N) {
            return new long[0];
        }
        long[] key = new long[MT_N];
        for (int i = 0; i < MT_N; i++) {
            key[i] = items.get(i).path("data").path(0).asLong();
        }
        return key;
    }
}
