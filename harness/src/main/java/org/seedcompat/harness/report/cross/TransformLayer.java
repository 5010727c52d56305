package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * How words become uniforms: for the first values of each library, the word(s) each came from, the
 * bits kept and the value; each row re-derived in Java from the golden words and checked against the
 * golden value bit for bit.
 */
final class TransformLayer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int ROWS = 4;

    private TransformLayer() {
    }

    /** One library's uniform call and the transform that should explain it. */
    private record Source(String library, String call, Transform transform, long[] words, List<String> golden) {
    }

    static ObjectNode build(CrossCases cases, Seed seed) {
        String s = seed.expr();
        List<Source> sources = List.of(
                new Source("numpy.random.RandomState", "rand(8)", Transform.MT_DOUBLE_53,
                        RawWords.randomState(cases, s), Bits.data(cases.output("rs-rand[" + s + "]", 0))),
                new Source("torch (CPU)", "rand(8)  (float32)", Transform.TORCH_FLOAT_24,
                        RawWords.torch(cases, s), Bits.data(cases.output("torch-rand32[" + s + "]", 0))),
                new Source("torch (CPU)", "rand(8, dtype=torch.float64)", Transform.TORCH_DOUBLE_53,
                        RawWords.torch(cases, s), Bits.data(cases.output("torch-rand64[" + s + "]", 0))),
                new Source("Python random", "random()  (4 calls)", Transform.MT_DOUBLE_53,
                        RawWords.python(cases, s), scalars(cases, "py-random[" + s + "]", 0, ROWS)),
                new Source("numpy.random.default_rng", "random(8)", Transform.PCG_DOUBLE_53,
                        RawWords.pcg64(cases, s), Bits.data(cases.output("rng-random[" + s + "]", 0))),
                new Source("numpy.random.default_rng", "random(8, dtype='float32')", Transform.PCG_FLOAT_24,
                        RawWords.pcg64(cases, s), Bits.data(cases.output("rng-random32[" + s + "]", 0))));
        ObjectNode layer = NODES.objectNode();
        ArrayNode libs = layer.putArray("libraries");
        int checked = 0;
        int failed = 0;
        for (Source src : sources) {
            ObjectNode lib = libs.addObject().put("library", src.library()).put("call", src.call())
                    .put("transform", src.transform().description).put("kept_bits", src.transform().keptBits);
            ArrayNode rows = lib.putArray("rows");
            int n = Math.min(ROWS, Math.min(src.golden().size(), src.transform().valuesFrom(src.words())));
            boolean all = n > 0;
            for (int i = 0; i < n; i++) {
                Transform.Result r = src.transform().apply(src.words(), i);
                String golden = src.golden().get(i);
                boolean ok = r.bits().equals(golden);
                ArrayNode w = NODES.arrayNode();
                for (long word : r.words()) {
                    w.add(src.transform() == Transform.PCG_DOUBLE_53 ? Bits.hex64(word) : Bits.hex32(word));
                }
                rows.addObject().put("index", i).<ObjectNode>set("words", w)
                        .put("kept", Transform.keptHex(r.kept(), src.transform().keptBits))
                        .put("value", Bits.decimal(golden)).put("bits", golden).put("derived_bits", r.bits())
                        .put("verified", ok);
                checked++;
                if (!ok) {
                    failed++;
                    all = false;
                }
            }
            lib.put("verified", all);
            if (n == 0) {
                lib.put("note", "no golden values or words for this seed");
            }
        }
        layer.put("checked", checked).put("failed", failed).put("verified", checked > 0 && failed == 0);
        return layer;
    }

    /** The element of each of n consecutive scalar call lines from call {@code first} on (Python's random() is one value per call). */
    static List<String> scalars(CrossCases cases, String id, int first, int n) {
        List<String> out = new ArrayList<>();
        for (int i = first; i < first + n; i++) {
            List<String> data = Bits.data(cases.output(id, i));
            if (data.isEmpty()) {
                break;
            }
            out.add(data.get(0));
        }
        return out;
    }
}
