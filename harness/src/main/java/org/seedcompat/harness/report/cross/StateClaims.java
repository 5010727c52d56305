package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.seedcompat.harness.vectors.GoldenSuite;

/**
 * Claims about the generators rather than printed numbers: same state or not, hardware dependence,
 * whether a state can be carried across. Judged on the golden words and states.
 */
final class StateClaims {

    private StateClaims() {
    }

    static void sameState(CrossCases cases, JsonNode claim, ObjectNode c) {
        String seed = claim.get("seed").asText();
        long[] rs = SeedingLayer.randomStateKey(cases, seed);
        long[] torch = SeedingLayer.torchKey(cases, seed);
        long[] rsWords = RawWords.randomState(cases, seed);
        long[] torchWords = RawWords.torch(cases, seed);
        c.putArray("cases").add("rs-state[" + seed + "]").add("torch-state[" + seed + "]").add("rs-words[" + seed + "]")
                .add("torch-words[" + seed + "]");
        if (rs.length == 0 || torch.length == 0 || rsWords.length == 0 || torchWords.length == 0) {
            Claims.verdict(c, Claims.NOT_CHECKABLE, "the seeding or word cases for seed " + seed + " are missing");
            return;
        }
        boolean sameState = RawWords.firstDifference(rs, torch) < 0;
        boolean sameWords = RawWords.firstDifference(rsWords, torchWords) < 0;
        c.putArray("real").add("RandomState(" + seed + ") key[0..3] = " + hexes(rs, 4))
                .add("torch.manual_seed(" + seed + ") state[0..3] = " + hexes(torch, 4))
                .add("first raw words: " + hexes(rsWords, 4) + " (NumPy) and " + hexes(torchWords, 4) + " (torch)");
        Claims.verdict(c, sameState && sameWords ? Claims.REFUTED : Claims.CONFIRMED, sameState && sameWords
                ? "same algorithm (MT19937), same init routine (init_genrand), all 624 state words equal (torch's from the"
                        + " engine's 5056 bytes, checked against the golden SHA-256) and the first "
                        + rsWords.length + " raw words identical; the values part only at the transform from words to numbers"
                : "the states or the raw words differ");
    }

    static void capability(CrossCases cases, JsonNode claim, ObjectNode c) {
        List<String> names = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (GoldenSuite s : cases.capabilitySuites()) {
            JsonNode line = CrossCases.output(s, claim.get("case").asText(), 0);
            if (line != null) {
                names.add(CrossCases.capabilityOf(s));
                values.add(Bits.data(line));
            }
        }
        if (values.size() < 2) {
            Claims.verdict(c, Claims.NOT_CHECKABLE, "needs the case under two PyTorch capabilities (cross-library-capability-*)");
            return;
        }
        int n = Math.min(values.get(0).size(), values.get(1).size());
        int diff = 0;
        int firstDiff = -1;
        for (int i = 0; i < n; i++) {
            if (!values.get(0).get(i).equals(values.get(1).get(i))) {
                diff++;
                firstDiff = firstDiff < 0 ? i : firstDiff;
            }
        }
        ArrayNode real = c.putArray("real");
        for (int k = 0; k < names.size(); k++) {
            real.add(names.get(k) + ": " + values.get(k).subList(0, Math.min(3, values.get(k).size())) + " ...");
        }
        Claims.verdict(c, diff > 0 ? Claims.CONFIRMED : Claims.REFUTED, diff > 0
                ? "on the same machine, PyTorch's " + names.get(0) + " and " + names.get(1) + " kernels give different"
                        + " float32 randn(16) values in " + diff + " of " + n + " places (first at index " + firstDiff + ": "
                        + values.get(0).get(firstDiff) + " vs " + values.get(1).get(firstDiff) + ")"
                : "the kernels agree on all " + n + " values");
    }

    static void bridge(CrossCases cases, JsonNode claim, ObjectNode c) {
        long[] torch = RawWords.splitPairs(Bits.words(cases.output(claim.get("case").asText(), claim.get("call").asInt())));
        long[] numpy = Bits.words(cases.output(claim.get("against").asText(), 0));
        int offset = claim.get("offset").asInt();
        if (torch.length == 0 || numpy.length < offset + torch.length) {
            Claims.verdict(c, Claims.NOT_CHECKABLE, "the bridged torch case or NumPy's words are missing");
            return;
        }
        long[] expected = java.util.Arrays.copyOfRange(numpy, offset, offset + torch.length);
        int diff = RawWords.firstDifference(torch, expected);
        c.putArray("real").add("torch from the bridged state: " + hexes(torch, 4) + " ...")
                .add("NumPy's words " + offset + ".." + (offset + torch.length - 1) + ": " + hexes(expected, 4) + " ...");
        Claims.verdict(c, diff < 0 ? Claims.REFUTED : Claims.CONFIRMED, diff < 0
                ? "the translated state works exactly: torch continues NumPy's MT19937 words, all " + torch.length
                        + " checked (the values still differ, by the transform, not by the state)"
                : "the bridged torch generator departs from NumPy's words at word " + diff);
    }

    private static String hexes(long[] w, int n) {
        List<String> h = new ArrayList<>();
        for (int i = 0; i < Math.min(n, w.length); i++) {
            h.add(Bits.hex32(w[i]));
        }
        return h.toString();
    }
}
