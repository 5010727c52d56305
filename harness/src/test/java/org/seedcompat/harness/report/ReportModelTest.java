package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matrix, summary and divergence details built from synthetic verdicts. */
class ReportModelTest {

    private static JsonNode target(JsonNode report, String name) {
        for (JsonNode t : report.get("conformance").get("targets")) {
            if (t.get("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no target " + name);
    }

    private static JsonNode divergence(JsonNode report, String caseId) {
        for (JsonNode d : report.get("conformance").get("divergences")) {
            if (d.get("case").asText().equals(caseId)) {
                return d;
            }
        }
        throw new AssertionError("no divergence in " + caseId);
    }

    @Test
    void matrixHasOneRowPerTargetAndACellVerdictPerMethod() {
        JsonNode r = SyntheticRun.standard().report(KnownDivergences.none());
        List<String> names = new ArrayList<>();
        r.get("conformance").get("targets").forEach(t -> names.add(t.get("name").asText()));
        assertEquals(List.of("numpy RandomState", "numpy RandomState (global)", "torch CPU (avx2)"), names);

        JsonNode cells = target(r, "numpy RandomState").get("cells");
        JsonNode rand = cells.get("rand");
        assertEquals("ulp", rand.get("verdict").asText());
        assertEquals("within 3 ULP", rand.get("label").asText());
        assertEquals(50, rand.get("first_index").asLong());
        assertEquals(2, rand.get("cases").asLong()); // floats[42] and clean[1]
        assertEquals(203, rand.get("values").asLong());
        assertEquals("diverged", cells.get("randint").get("verdict").asText());
        assertEquals("diverged at 3", cells.get("randint").get("label").asText());
        assertEquals("error-parity", cells.get("randn").get("verdict").asText());
        assertEquals("exact", cells.get("permutation").get("verdict").asText());
        // The family's columns are the union of its targets' methods: each lacks one the other has.
        assertEquals("not-covered", cells.get("bytes").get("verdict").asText());
        assertEquals("not-covered", target(r, "numpy RandomState (global)").get("cells").get("rand").get("verdict").asText());
        assertEquals("exact", target(r, "torch CPU (avx2)").get("cells").get("randn").get("verdict").asText());

        JsonNode legacy = r.get("conformance").get("families").get(0);
        assertEquals("numpy legacy", legacy.get("name").asText());
        assertEquals("[\"bytes\",\"permutation\",\"rand\",\"randint\",\"randn\"]", legacy.get("methods").toString());
    }

    @Test
    void summaryCountsCasesAndUnlistedDivergencesFailTheRun() {
        JsonNode s = SyntheticRun.standard().report(KnownDivergences.none()).get("summary");
        assertEquals(5, s.get("cases").asInt());
        assertEquals(3, s.get("exact").asInt());
        assertEquals(0, s.get("expected").asInt());
        assertEquals(2, s.get("unexpected").asInt());
        assertFalse(s.get("ok").asBoolean());
    }

    @Test
    void divergenceDetailHasIndexValuesBitsUlpCountAndCommand() {
        JsonNode r = SyntheticRun.standard().report(KnownDivergences.none());
        JsonNode d = divergence(r, "floats[42]");
        assertEquals("rand(200)", d.get("call").asText());
        assertEquals("unexpected", d.get("status").asText());
        assertEquals(50, d.get("index").asLong());
        assertEquals(1, d.get("ulp").asLong());
        assertEquals(3, d.get("max_ulp").asLong());
        assertEquals(2, d.get("diverging").asLong());
        long refBits = Long.parseUnsignedLong(d.get("reference").get("bits").asText().substring(2), 16);
        long engBits = Long.parseUnsignedLong(d.get("engine").get("bits").asText().substring(2), 16);
        assertEquals(1, engBits - refBits);
        assertEquals("./seedcompat check --libm fma 'numpy.random.RandomState(42)' 'rand(200)'", d.get("command").asText());
        JsonNode stream = d.get("stream");
        assertEquals(10, stream.get("start").asLong());
        assertEquals(50, stream.get("first").asLong());
        assertEquals(120, stream.get("expected").size());
        assertEquals("d" + 1, d.get("id").asText());
        JsonNode cellLinks = target(r, "numpy RandomState").get("cells").get("rand").get("divergences");
        assertEquals(d.get("id").asText(), cellLinks.get(0).asText());
    }

    @Test
    void histogramCountsEveryValueOfTheCellByUlpDistance() {
        JsonNode r = SyntheticRun.standard().report(KnownDivergences.none());
        JsonNode h = null;
        for (JsonNode x : r.get("conformance").get("histograms")) {
            if (x.get("method").asText().equals("rand")) {
                h = x;
            }
        }
        assertNotNull(h);
        JsonNode bins = h.get("bins");
        assertEquals("0", bins.get(0).get("label").asText());
        assertEquals(201, bins.get(0).get("count").asLong()); // 198 + clean[1]'s 3
        assertEquals(1, bins.get(1).get("count").asLong());
        assertEquals("3-4", bins.get(3).get("label").asText());
        assertEquals(1, bins.get(3).get("count").asLong());
        assertEquals(2, r.get("conformance").get("histograms").size(), "only cells with a non-exact call");
    }

    @Test
    void aListedDivergenceIsExpectedAndAnUnlistedOneStaysUnexpected() {
        KnownDivergences known = new KnownDivergences(Path.of("k.json"), List.of(
                new KnownDivergence("numpy-legacy", "floats[42]", "rand(200)", "synthetic: bits bumped on purpose")));
        JsonNode r = SyntheticRun.standard().report(known);
        assertEquals("expected", divergence(r, "floats[42]").get("status").asText());
        assertEquals("synthetic: bits bumped on purpose", divergence(r, "floats[42]").get("known_reason").asText());
        assertEquals("unexpected", divergence(r, "ints[7]").get("status").asText());
        assertTrue(target(r, "numpy RandomState").get("cells").get("rand").get("expected").asBoolean());
        assertFalse(target(r, "numpy RandomState").get("cells").get("randint").get("expected").asBoolean());
        JsonNode s = r.get("summary");
        assertEquals(1, s.get("expected").asInt());
        assertEquals(1, s.get("unexpected").asInt());
        assertFalse(s.get("ok").asBoolean());
        assertEquals("matched", r.get("known_divergences").get("entries").get(0).get("status").asText());
    }

    @Test
    void whenEveryDivergenceIsListedTheRunPasses() {
        KnownDivergences known = new KnownDivergences(Path.of("k.json"), List.of(
                new KnownDivergence(null, "floats[42]", null, "synthetic"),
                new KnownDivergence("numpy-legacy", "ints[7]", "randint(0, 10, size=20)", "synthetic")));
        JsonNode s = SyntheticRun.standard().report(known).get("summary");
        assertEquals(2, s.get("expected").asInt());
        assertEquals(0, s.get("unexpected").asInt());
        assertTrue(s.get("ok").asBoolean());
    }

    @Test
    void anEntryThatNoLongerDivergesIsStaleAndFailsTheRun() {
        KnownDivergences known = new KnownDivergences(Path.of("k.json"), List.of(
                new KnownDivergence(null, "floats[42]", null, "synthetic"),
                new KnownDivergence(null, "ints[7]", null, "synthetic"),
                new KnownDivergence("numpy-legacy", "clean[1]", "rand(3)", "was fixed long ago")));
        JsonNode r = SyntheticRun.standard().report(known);
        JsonNode s = r.get("summary");
        assertEquals(0, s.get("unexpected").asInt());
        assertEquals(1, s.get("stale_known").asInt());
        assertFalse(s.get("ok").asBoolean());
        assertFalse(ReportModel.ok(r));
        assertEquals("stale", r.get("known_divergences").get("entries").get(2).get("status").asText());
        assertTrue(ReportModel.line(r).contains("1 stale known-divergence entry"), ReportModel.line(r));
    }

    @Test
    void aTorchDivergenceReproducesUnderItsCapability() {
        JsonNode r = new SyntheticRun().suite("torch-cpu-avx2", SyntheticRun.spec("t[3]", "torch.manual_seed(3)",
                List.of("rand(4)", "randn(8, dtype=torch.float64)"), java.util.Arrays.asList(null, SyntheticRun.bump(2, 1))))
                .report(KnownDivergences.none());
        JsonNode d = r.get("conformance").get("divergences").get(0);
        assertEquals("./seedcompat check --capability avx2 --libm fma 'torch.manual_seed(3)' 'rand(4)' 'randn(8, dtype=torch.float64)'",
                d.get("command").asText());
        assertEquals("torch CPU (avx2)", d.get("target").asText());
    }

    @Test
    void aLongArrayKeptAsADigestCountsWhatItCannotLocateAsUnknown() {
        JsonNode r = new SyntheticRun().suite("numpy-legacy", SyntheticRun.spec("long[3]", "numpy.random.RandomState(3)",
                List.of("rand(5000)"), List.of(SyntheticRun.bump(4500, 1)))).report(KnownDivergences.none());
        JsonNode d = r.get("conformance").get("divergences").get(0);
        assertEquals("diverged", d.get("verdict").asText(), "a digest says only that something differs");
        assertFalse(d.has("stream"), "nothing to plot: the heads agree");
        JsonNode bins = r.get("conformance").get("histograms").get(0).get("bins");
        assertEquals(256, bins.get(0).get("count").asLong());
        assertEquals("unknown (digest)", bins.get(12).get("label").asText());
        assertEquals(5000 - 256, bins.get(12).get("count").asLong());
    }
}
