package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each divergence's detail says what kind of finding it is, never "1 of 0 values". */
class DivergenceDetailTest {

    private static final JsonNode REPORT = SyntheticRun.faults().report(KnownDivergences.none());
    private static final String HTML = HtmlReport.render(REPORT);

    private static Map<String, JsonNode> byCase() {
        Map<String, JsonNode> out = new HashMap<>();
        REPORT.get("conformance").get("divergences").forEach(d -> out.put(d.get("case").asText() + "#" + d.get("call_index"), d));
        return out;
    }

    /** The rendered {@code <article>} of divergence {@code id}. */
    private static String article(String id) {
        Matcher m = Pattern.compile("<article[^>]*id=\"" + id + "\">(.*?)</article>", Pattern.DOTALL).matcher(HTML);
        assertTrue(m.find(), id);
        return m.group(1);
    }

    @Test
    void farApartFloatsAreDivergedNotUlp() {
        JsonNode d = byCase().get("far[3]#0");
        assertEquals("diverged", d.get("verdict").asText());
        assertTrue(d.get("ulp").asLong() > 1L << 20, "the distance is still given");
        JsonNode cell = REPORT.get("conformance").get("targets").get(0).get("cells").get("random_sample");
        assertEquals("diverged", cell.get("verdict").asText());
        assertFalse(cell.get("label").asText().contains("ULP"), cell.get("label").asText());
    }

    @Test
    void noDetailCountsValuesThatWereNeverCompared() {
        for (JsonNode d : REPORT.get("conformance").get("divergences")) {
            String a = article(d.get("id").asText());
            assertFalse(Pattern.compile("\\b\\d+ of 0 values").matcher(a).find(), d.get("case") + ": " + a);
        }
    }

    @Test
    void errorsAndUncheckedCallsSayWhatHappened() {
        Map<String, JsonNode> d = byCase();
        String raised = article(d.get("raises[4]#0").get("id").asText());
        assertTrue(raised.contains("only one side raised"), raised);
        assertFalse(raised.contains("ULP distance"), raised);
        JsonNode refused = d.get("refused[5]#0");
        assertEquals("unsupported", refused.get("verdict").asText());
        assertEquals("UnsupportedCall", refused.get("error").get("type").asText());
        assertEquals("engine", refused.get("error_side").asText());
        String r = article(refused.get("id").asText());
        assertTrue(r.contains("why not checked") && r.contains("synthetic: the engine refuses it"), r);
        assertTrue(r.contains("nothing was checked"), r);
        assertFalse(r.contains("first diverging index"), r);
        String hang = article(d.get("hang[6]#0").get("id").asText());
        assertTrue(hang.contains("synthetic: no answer within 5 s"), hang);
        assertEquals("not-run", d.get("hang[6]#1").get("verdict").asText());
    }

    @Test
    void aSymptomNamesTheCallThatSplitTheStreams() {
        JsonNode d = byCase().get("desync[8]#1");
        assertEquals("after-desync", d.get("verdict").asText());
        assertEquals(0, d.get("split_by").get("index").asInt());
        assertEquals("rand(3)", d.get("split_by").get("call").asText());
        String a = article(d.get("id").asText());
        assertTrue(a.contains("a symptom of") && a.contains("call 0"), a);
    }
}
