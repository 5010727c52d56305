package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/** The golden checks behind each recipe: one row per check, each saying what was compared and whether it held. */
final class RecipeProofs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecipeProofs() {
    }

    static ObjectNode check(ArrayNode out, String what, String cases, Boolean holds, String detail) {
        ObjectNode o = out.addObject().put("check", what).put("cases", cases);
        if (holds == null) {
            o.putNull("holds");
        } else {
            o.put("holds", holds);
        }
        return o.put("detail", detail);
    }

    /** RandomState and torch: identical words, and NumPy's transform applied to torch's words gives NumPy's rand. */
    static ArrayNode randomStateTorch(CrossCases cases, List<Seed> seeds) {
        ArrayNode out = NODES.arrayNode();
        for (Seed s : seeds) {
            Seed source = s.fits32() ? s : Seed.find(seeds, s.low32());
            if (source == null) {
                continue;
            }
            long[] torch = RawWords.torch(cases, s.expr());
            long[] rs = RawWords.randomState(cases, source.expr());
            int diff = RawWords.firstDifference(torch, rs);
            check(out, "torch.manual_seed(" + s.expr() + ") draws RandomState(" + source.expr() + ")'s words",
                    "torch-words[" + s.expr() + "], rs-words[" + source.expr() + "]", diff < 0 && torch.length > 0,
                    diff < 0 ? "identical for all " + Math.min(torch.length, rs.length) + " words" : "differ at word " + diff);
            List<String> rand = Bits.data(cases.output("rs-rand[" + source.expr() + "]", 0));
            int ok = 0;
            int n = Math.min(rand.size(), Transform.MT_DOUBLE_53.valuesFrom(torch));
            for (int i = 0; i < n; i++) {
                if (Transform.MT_DOUBLE_53.apply(torch, i).bits().equals(rand.get(i))) {
                    ok++;
                }
            }
            check(out, "NumPy's (a >> 5, b >> 6) transform on torch.manual_seed(" + s.expr() + ")'s words gives"
                    + " RandomState(" + source.expr() + ").rand(8)", "torch-words[" + s.expr() + "], rs-rand[" + source.expr() + "]",
                    n > 0 && ok == n, ok + " of " + n + " values bit-identical");
        }
        for (String id : ids(cases, "recipe-torch-from-numpy[")) {
            String src = id.substring(id.indexOf("RandomState(") + "RandomState(".length(), id.indexOf(")-after"));
            long[] torch = RawWords.splitPairs(Bits.words(cases.output(id, 0)));
            long[] rs = RawWords.randomState(cases, src);
            int offset = 6; // rand(3) took 6 words before the state was bridged
            boolean holds = torch.length > 0 && rs.length >= offset + torch.length
                    && Arrays.equals(torch, Arrays.copyOfRange(rs, offset, offset + torch.length));
            check(out, "torch from the bridged state of RandomState(" + src + ") after rand(3) continues NumPy's words",
                    id + ", rs-words[" + src + "]", holds, holds ? "words " + offset + ".." + (offset + torch.length - 1)
                            + " identical" : "the bridged stream departs from NumPy's");
        }
        return out;
    }

    /** RandomState(list of |s|'s words) is random.Random(s): words and the (shared) double transform. */
    static ArrayNode randomStatePython(CrossCases cases, List<Seed> seeds) {
        ArrayNode out = NODES.arrayNode();
        for (Seed s : seeds) {
            String id = "recipe-rs-as-python[" + s.expr() + "]";
            if (!cases.has(id)) {
                continue;
            }
            long[] rs = Bits.words(cases.output(id, 0));
            long[] py = RawWords.python(cases, s.expr());
            int diff = RawWords.firstDifference(rs, py);
            check(out, "RandomState(" + s.pythonKey() + ") draws random.Random(" + s.expr() + ")'s words",
                    id + ", py-words[" + s.expr() + "]", diff < 0 && rs.length > 0,
                    diff < 0 ? "identical for all " + Math.min(rs.length, py.length) + " words" : "differ at word " + diff);
            List<String> rand = Bits.data(cases.output("recipe-rs-as-python-rand[" + s.expr() + "]", 0));
            List<String> pyRandom = TransformLayer.scalars(cases, "py-random[" + s.expr() + "]", 0, TransformLayer.ROWS);
            int n = Math.min(rand.size(), pyRandom.size());
            boolean same = n > 0 && rand.subList(0, n).equals(pyRandom.subList(0, n));
            check(out, "RandomState(" + s.pythonKey() + ").rand() equals random.Random(" + s.expr() + ").random()",
                    "recipe-rs-as-python-rand[" + s.expr() + "], py-random[" + s.expr() + "]", same, same ? "all " + n + " values bit-identical (the same"
                            + " 53-bit transform)" : "values differ");
        }
        for (String id : ids(cases, "recipe-python-from-numpy[")) {
            String src = id.substring(id.indexOf("RandomState(") + "RandomState(".length(), id.lastIndexOf(")"));
            List<String> py = TransformLayer.scalars(cases, id, 1, 4); // call 0 is setstate(...)
            List<String> rand = Bits.data(cases.output("rs-rand[" + src + "]", 0));
            boolean same = !py.isEmpty() && rand.size() >= py.size() && rand.subList(0, py.size()).equals(py);
            check(out, "random.Random after setstate(bridged RandomState(" + src + ") state) returns RandomState("
                    + src + ").rand() values", id + ", rs-rand[" + src + "]", same,
                    same ? "all " + py.size() + " random() values bit-identical" : "values differ");
        }
        return out;
    }

    /** torch from Python's bridged state continues Python's words. */
    static ArrayNode torchPython(CrossCases cases) {
        ArrayNode out = NODES.arrayNode();
        for (String id : ids(cases, "recipe-torch-from-python[")) {
            String src = id.substring(id.indexOf("Random(") + "Random(".length(), id.lastIndexOf(")"));
            long[] torch = RawWords.splitPairs(Bits.words(cases.output(id, 0)));
            long[] py = RawWords.python(cases, src);
            int diff = RawWords.firstDifference(torch, py);
            check(out, "torch from the bridged state of random.Random(" + src + ") draws Python's words",
                    id + ", py-words[" + src + "]", diff < 0 && torch.length > 0,
                    diff < 0 ? "identical for all " + Math.min(torch.length, py.length) + " words" : "differ at word " + diff);
        }
        return out;
    }

    private static List<String> ids(CrossCases cases, String prefix) {
        return cases.primary().cases().stream().map(c -> c.id()).filter(i -> i.startsWith(prefix)).toList();
    }

    static boolean allHold(JsonNode checks) {
        if (checks.isEmpty()) {
            return false;
        }
        for (JsonNode c : checks) {
            if (!c.path("holds").asBoolean(false)) {
                return false;
            }
        }
        return true;
    }
}
