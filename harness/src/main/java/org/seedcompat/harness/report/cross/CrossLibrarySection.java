package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.seedcompat.harness.vectors.GoldenSuite;

/**
 * The report's "Can two libraries share a seed?" section: NumPy RandomState, NumPy default_rng,
 * PyTorch CPU and Python's random lined up layer by layer for the same seeds, the recipes that make
 * them agree, and the background texts' claims, all computed from the golden cross-library suites
 * (plus the Java engine), never from Python at report time.
 */
public final class CrossLibrarySection {

    /** The golden suite it reads. */
    public static final String SUITE = "cross-library";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CrossLibrarySection() {
    }

    /** The "cross_library" object of report.json, from every suite of the run (golden or live). */
    public static ObjectNode build(List<GoldenSuite> suites) {
        ObjectNode out = NODES.objectNode().put("suite", SUITE);
        CrossCases cases = CrossCases.find(suites);
        if (cases == null) {
            return out.put("present", false).put("message", "the run holds no '" + SUITE + "' suite: generate it with"
                    + " ./seedcompat generate --suite " + SUITE + " --suite " + CrossCases.CAPABILITY_SUITE);
        }
        out.put("present", true);
        try {
            fill(out, cases);
        } catch (RuntimeException e) {
            // A broken suite must not take the whole report down: the section says what went wrong instead.
            out.put("error", "the cross-library section could not be computed: " + e);
        }
        return out;
    }

    private static void fill(ObjectNode out, CrossCases cases) {
        ArrayNode suiteInfo = out.putArray("suites");
        for (GoldenSuite s : cases.all()) {
            suiteInfo.addObject().put("name", s.name()).put("cases", s.cases().size())
                    .put("torch_cpu_capability", CrossCases.capabilityOf(s))
                    .put("numpy", s.fingerprint().path("numpy").asText("?"))
                    .put("torch", s.fingerprint().path("torch").asText("?"));
        }
        List<Seed> seeds = Seed.of(cases);
        ArrayNode layers = out.putArray("seeds");
        int checked = 0;
        int failed = 0;
        for (Seed seed : seeds) {
            ObjectNode l = layers.addObject().put("seed", seed.expr()).put("value", seed.value().toString());
            l.set("seeding", SeedingLayer.build(cases, seed, seeds));
            l.set("words", WordLayer.build(cases, seed, seeds));
            ObjectNode t = TransformLayer.build(cases, seed);
            l.set("transforms", t);
            l.set("distributions", DistributionLayer.build(cases, seed));
            checked += t.path("checked").asInt();
            failed += t.path("failed").asInt();
        }
        out.putObject("transform_verification").put("checked", checked).put("failed", failed)
                .put("verified", checked > 0 && failed == 0)
                .put("text", failed == 0 ? "each library's documented transform, applied in Java to the golden words,"
                        + " reproduces all " + checked + " golden values shown bit for bit"
                        : "TRANSFORM VERIFICATION FAILED for " + failed + " of " + checked + " values");
        out.set("findings", Findings.build(seeds, layers));
        out.set("pairings", Pairings.build(cases, seeds, layers));
        out.set("answer", Answer.build(seeds, layers, out.get("pairings")));
        ArrayNode claims = Claims.build(cases);
        out.set("claims", claims);
        ObjectNode tally = out.putObject("claims_summary");
        for (String v : List.of(Claims.CONFIRMED, Claims.REFUTED, Claims.NOT_CHECKABLE)) {
            tally.put(v, 0);
        }
        claims.forEach(c -> tally.put(c.path("verdict").asText(), tally.path(c.path("verdict").asText()).asInt() + 1));
        // The reasons some claims give, judged apart from their headlines (counted apart too).
        ObjectNode reasons = tally.putObject("reasons");
        for (String v : List.of(Claims.CONFIRMED, Claims.REFUTED, Claims.NOT_CHECKABLE)) {
            reasons.put(v, 0);
        }
        claims.forEach(c -> {
            if (c.has("reason")) {
                String v = c.path("reason").path("verdict").asText();
                reasons.put(v, reasons.path(v).asInt() + 1);
            }
        });
        out.set("charts", Charts.build(cases, seeds));
        out.set("engine", EngineEvidence.build(cases));
    }

    /** One self-contained {@code <section id="cross-library">…</section>} (inline SVG; styles scoped under #cross-library). */
    public static String html(JsonNode section) {
        return SectionHtml.render(section);
    }

    /**
     * The one-paragraph answer to "can NumPy and PyTorch share a seed?" for the top of the page,
     * with a link to the section; empty when the run holds no cross-library suite.
     */
    public static String answerHtml(JsonNode section) {
        return SectionHtml.answer(section);
    }

    /** A few Markdown lines (≤ ~15) for summary.md. */
    public static String markdown(JsonNode section) {
        return SectionMarkdown.render(section);
    }
}
