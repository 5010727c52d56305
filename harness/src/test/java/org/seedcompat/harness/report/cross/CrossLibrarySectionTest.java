package org.seedcompat.harness.report.cross;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.value.ValueJson;
import org.seedcompat.harness.vectors.GoldenSuite;
import org.seedcompat.harness.vectors.VectorStore;

/** The cross-library section built from the committed golden suites: the facts it must state. */
class CrossLibrarySectionTest {

    private static List<GoldenSuite> suites;
    private static ObjectNode section;

    @BeforeAll
    static void build() throws Exception {
        VectorStore store = new VectorStore(Project.vectors());
        suites = store.suiteNames().stream().filter(n -> n.startsWith(CrossLibrarySection.SUITE))
                .map(store::readSuite).toList();
        section = CrossLibrarySection.build(suites);
        // Left in target/ for a look at the rendered section.
        Path out = Path.of("target", "cross-library");
        Files.createDirectories(out);
        Files.writeString(out.resolve("section.json"), ValueJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(section));
        Files.writeString(out.resolve("section.html"), "<!doctype html><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width\">" + CrossLibrarySection.html(section));
        Files.writeString(out.resolve("section.md"), CrossLibrarySection.markdown(section));
    }

    private static JsonNode seed(String expr) {
        for (JsonNode s : section.get("seeds")) {
            if (s.get("seed").asText().equals(expr)) {
                return s;
            }
        }
        throw new AssertionError("no seed " + expr + " in the section");
    }

    private static JsonNode comparison(JsonNode comparisons, String a, String b) {
        JsonNode c = Findings.find(comparisons, a, b);
        assertFalse(c.isMissingNode(), "no comparison " + a + " vs " + b);
        return c;
    }

    @Test
    void theCommittedSuitesArePresent() {
        assertTrue(section.get("present").asBoolean());
        assertEquals(3, section.get("suites").size(), "cross-library plus its two capability variants");
        assertTrue(section.get("seeds").size() >= 3);
    }

    @Test
    void randomState42AndTorch42DrawIdenticalWordsFromIdenticalStates() {
        JsonNode s = seed("42");
        JsonNode words = comparison(s.at("/words/comparisons"), Pairings.RS, Pairings.TORCH);
        assertTrue(words.get("identical").asBoolean(), words.toString());
        assertEquals(32, words.get("compared").asInt());
        assertTrue(comparison(s.at("/seeding/comparisons"), Pairings.RS, Pairings.TORCH).get("identical").asBoolean());
        assertEquals("0x5fe1dc66", s.at("/words/libraries/0/words/0").asText(), "MT19937(42)'s first output, 1608637542");
    }

    @Test
    void seed0AgreesOnWordsToo() {
        assertTrue(comparison(seed("0").at("/words/comparisons"), Pairings.RS, Pairings.TORCH).get("identical").asBoolean());
    }

    @Test
    void twoTo32Plus42IsRefusedByNumpyAndReducedByTorch() {
        JsonNode s = seed("2**32 + 42");
        JsonNode rs = s.at("/seeding/libraries/0");
        assertEquals("ValueError", rs.at("/error/type").asText(), rs.toString());
        JsonNode direct = comparison(s.at("/words/comparisons"), Pairings.RS, Pairings.TORCH);
        assertFalse(direct.get("identical").asBoolean(false), "RandomState has no words for 2**32 + 42");
        JsonNode reduced = comparison(s.at("/words/comparisons"), "numpy.random.RandomState(42)", Pairings.TORCH);
        assertTrue(reduced.get("identical").asBoolean(), "torch.manual_seed(2**32 + 42) draws RandomState(42)'s words");
        assertEquals("4294967338", s.at("/seeding/libraries/1/initial_seed").asText());
    }

    @Test
    void pythonAndDefaultRngShareNoWordWithRandomState() {
        for (JsonNode s : section.get("seeds")) {
            if (s.at("/seeding/libraries/0").has("error")) {
                continue;
            }
            assertEquals(0, comparison(s.at("/words/comparisons"), Pairings.RS, Pairings.PY).get("first_difference").asInt());
            assertEquals(0, comparison(s.at("/words/comparisons"), Pairings.RS, Pairings.RNG).get("first_difference").asInt());
        }
    }

    @Test
    void everyTransformReproducesTheGoldenValuesFromTheGoldenWords() {
        JsonNode tv = section.get("transform_verification");
        assertEquals(0, tv.get("failed").asInt(), tv.toString());
        // 6 library calls x 4 rows for each seed, less RandomState's where it refuses the seed
        int refused = 0;
        for (JsonNode s : section.get("seeds")) {
            refused += s.at("/seeding/libraries/0").has("error") ? 1 : 0;
        }
        assertEquals(TransformLayer.ROWS * (6 * section.get("seeds").size() - refused), tv.get("checked").asInt());
        JsonNode row = seed("42").at("/transforms/libraries/0/rows/0");
        assertEquals("0x3fd7f8771e5f51ec", row.get("bits").asText(), "RandomState(42).rand()[0] = 0.3745401188473625");
        assertEquals(List.of("0x5fe1dc66", "0xcbea3db3"), List.of(row.at("/words/0").asText(), row.at("/words/1").asText()));
    }

    @Test
    void aTransformAppliedToTheWrongWordsFails() {
        long[] words = {0x5fe1dc66L, 0xcbea3db3L}; // MT19937(42)'s first two outputs
        String numpy = Transform.MT_DOUBLE_53.apply(words, 0).bits();
        String torch = Transform.TORCH_DOUBLE_53.apply(words, 0).bits();
        assertEquals("0x3fd7f8771e5f51ec", numpy);
        assertFalse(numpy.equals(torch), "the two 53-bit transforms keep different bits of the same pair");
    }

    @Test
    void integersAndPermutationsAreReDerivedFromTheWords() {
        for (JsonNode s : section.get("seeds")) {
            if (s.at("/seeding/libraries/0").has("error")) {
                continue;
            }
            for (String layer : List.of("integers", "permutations")) {
                for (int i = 0; i < 2; i++) {
                    JsonNode d = s.at("/distributions/" + layer + "/series/" + i + "/derived_from_words");
                    assertTrue(d.get("verified").isNull() || d.get("verified").asBoolean(), s.get("seed") + " " + layer + ": " + d);
                }
            }
            assertTrue(s.at("/distributions/permutations/series/1/derived_from_words/verified").asBoolean(),
                    "torch's randperm(10) needs only 9 words");
        }
    }

    @Test
    void theTorchGaussianIsShownUnderBothCapabilities() {
        JsonNode g = seed("42").at("/distributions/gaussian");
        assertTrue(g.has("capability_differences"), g.toString());
        assertTrue(g.get("capability_differences").asInt() > 0, "avx2 and default float32 kernels differ for seed 42");
    }

    @Test
    void everyRecipeIsProven() {
        int proven = 0;
        for (JsonNode p : section.get("pairings")) {
            if (p.get("proven").isBoolean()) {
                assertTrue(p.get("proven").asBoolean(), p.get("a") + " vs " + p.get("b") + ": " + p.get("proof"));
                proven++;
            }
        }
        assertEquals(3, proven, "RandomState-torch, RandomState-Python, torch-Python");
    }

    @Test
    void everyClaimHasAVerdictAndItsCasesExist() {
        Set<String> verdicts = Set.of(Claims.CONFIRMED, Claims.REFUTED, Claims.NOT_CHECKABLE);
        assertEquals(ClaimFile.load().get("claims").size(), section.get("claims").size());
        CrossCases cases = CrossCases.find(suites);
        assertNotNull(cases);
        for (JsonNode c : section.get("claims")) {
            assertTrue(verdicts.contains(c.get("verdict").asText()), c.toString());
            assertFalse(c.get("detail").asText().startsWith("the check itself failed"), c.toString());
            for (JsonNode id : c.get("cases")) {
                assertTrue(cases.has(id.asText()) || cases.capabilitySuites().stream()
                        .anyMatch(s -> s.cases().stream().anyMatch(g -> g.id().equals(id.asText()))), "missing case " + id);
            }
            if (!c.get("compare").asText().equals("not-checkable")) {
                assertFalse(c.get("verdict").asText().equals(Claims.NOT_CHECKABLE), "checkable but not checked: " + c);
            }
        }
    }

    @Test
    void keyClaimsGetTheirVerdicts() {
        assertEquals(Claims.REFUTED, claim("article-example2-partial-match").get("verdict").asText());
        assertEquals(Claims.CONFIRMED, claim("article-different-algorithms").get("verdict").asText(),
                "its headline holds: the same seed does not give the same numbers");
        assertEquals(Claims.CONFIRMED, claim("article-example1-distinct").get("verdict").asText());
        assertEquals(Claims.CONFIRMED, claim("tutorial-seed42-rand3").get("verdict").asText());
        assertEquals(Claims.REFUTED, claim("tutorial-reseed-99").get("verdict").asText());
    }

    @Test
    void aTrueHeadlineWithAWrongReasonGetsTwoVerdicts() {
        for (String id : new String[] {"article-different-algorithms", "article-state-sync"}) {
            JsonNode c = claim(id);
            assertEquals(Claims.CONFIRMED, c.get("verdict").asText(), id + ": " + c);
            assertTrue(c.get("detail").asText().startsWith("0 of "), id + ": no value agrees: " + c.get("detail"));
            assertEquals(Claims.REFUTED, c.get("reason").get("verdict").asText(), id + ": the states and words are the same");
            assertFalse(c.get("headline").asText().isEmpty());
            assertFalse(c.get("reason").get("text").asText().isEmpty());
        }
        JsonNode tally = section.get("claims_summary");
        assertEquals(2, tally.get("reasons").get(Claims.REFUTED).asInt());
        int claims = tally.get(Claims.CONFIRMED).asInt() + tally.get(Claims.REFUTED).asInt() + tally.get(Claims.NOT_CHECKABLE).asInt();
        assertEquals(section.get("claims").size(), claims, "one headline verdict per claim");
        String html = CrossLibrarySection.html(section);
        assertTrue(html.contains("stated reason ("), "the reason's verdict is shown apart");
        assertTrue(CrossLibrarySection.markdown(section).contains("of the reasons given, judged apart: 0 confirmed, 2 refuted"),
                CrossLibrarySection.markdown(section));
    }

    private static JsonNode claim(String id) {
        for (JsonNode c : section.get("claims")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no claim " + id);
    }

    @Test
    void printedDecimalsTellRoundingFromTruncation() {
        assertEquals("0.375", PrintedDecimals.rounded(0.3745401188473625, 3));
        assertEquals("0.374", PrintedDecimals.truncated(0.3745401188473625, 3));
        assertTrue(PrintedDecimals.same("0.000", PrintedDecimals.rounded(1.14374817e-4, 3)));
    }

    @Test
    void theEngineReproducesEveryCaseOfTheSection() {
        JsonNode e = section.get("engine");
        assertTrue(e.get("ran").asBoolean(), e.toString());
        assertEquals(e.get("cases").asInt(), e.get("exact").asInt(), e.toString());
        assertEquals("exact", e.at("/per_case/cross-library~1rs-words[42]").asText());
        assertEquals(e.get("cases").asInt(), e.get("per_case").size());
    }

    @Test
    void aValueTheTransformDoesNotExplainIsShownLoudly() {
        // An in-memory copy with one RandomState(42).rand value's last bit flipped: never written anywhere.
        List<GoldenSuite> tampered = new java.util.ArrayList<>();
        for (GoldenSuite s : suites) {
            if (!s.name().equals(CrossLibrarySection.SUITE)) {
                tampered.add(s);
                continue;
            }
            List<org.seedcompat.harness.vectors.GoldenCase> cases = new java.util.ArrayList<>();
            for (org.seedcompat.harness.vectors.GoldenCase c : s.cases()) {
                if (c.id().equals("rs-rand[42]")) {
                    ObjectNode line = c.outputs().get(0).deepCopy();
                    line.withArray("data").set(0, com.fasterxml.jackson.databind.node.TextNode.valueOf("0x3fd7f8771e5f51ed"));
                    c = new org.seedcompat.harness.vectors.GoldenCase(c.id(), c.setup(), c.calls(), null, List.of(line));
                }
                cases.add(c);
            }
            tampered.add(new GoldenSuite(s.name(), s.fingerprint(), cases));
        }
        ObjectNode bad = CrossLibrarySection.build(tampered);
        assertEquals(1, bad.at("/transform_verification/failed").asInt());
        assertFalse(bad.at("/transform_verification/verified").asBoolean());
        String html = CrossLibrarySection.html(bad);
        assertTrue(html.contains("TRANSFORM VERIFICATION FAILED"), "the summary says so");
        assertTrue(html.contains("<p class=\"fail\">Verification failed for 1 of"), "and the seed's table too");
        assertTrue(bad.at("/engine/diverged").size() > 0, "the engine disagrees with the tampered value");
        assertTrue(CrossLibrarySection.markdown(bad).contains("FAILED"));
    }

    @Test
    void anAbsentSuiteGivesAnObjectNotAnException() {
        ObjectNode empty = CrossLibrarySection.build(List.of());
        assertFalse(empty.get("present").asBoolean());
        String html = CrossLibrarySection.html(empty);
        assertTrue(html.startsWith("<section id=\"cross-library\">") && html.endsWith("</section>"));
        assertFalse(CrossLibrarySection.markdown(empty).isBlank());
    }

    @Test
    void htmlIsBalancedScopedSelfContainedAndEscaped() {
        String html = CrossLibrarySection.html(section);
        assertTrue(html.startsWith("<section id=\"cross-library\">") && html.endsWith("</section>"));
        assertBalanced(html);
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src=") || html.contains("@import")
                || html.contains("url("), "no external resources");
        String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
        for (String rule : style.split("}")) {
            rule = rule.replaceFirst("^\\s*@media[^{]*\\{", ""); // the rules inside a media query are scoped too
            if (!rule.isBlank()) {
                for (String selector : rule.substring(0, rule.indexOf('{')).split(",")) {
                    assertTrue(selector.trim().startsWith("#cross-library"), "unscoped selector " + selector);
                }
            }
        }
        assertTrue(html.contains("<svg"), "the sequences are drawn");
        // The quotes hold '#', '<'-free Python; the setups hold quotes: all escaped.
        assertTrue(html.contains("randint(0, 2**32, size=32, dtype=&#39;uint32&#39;)"));
        ObjectNode hostile = section.deepCopy();
        hostile.withArray("findings").add("<script>alert(1)</script> & \"x\"");
        String h2 = CrossLibrarySection.html(hostile);
        assertFalse(h2.contains("<script>"));
        assertTrue(h2.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
    private static final Set<String> VOID = Set.of("br", "meta", "hr", "img", "input", "col");

    private static void assertBalanced(String html) {
        String body = html.replaceAll("(?s)<style>.*?</style>", "");
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(body);
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            if (VOID.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertFalse(open.isEmpty(), "closing </" + name + "> with nothing open");
                assertEquals(open.pop(), name, "misnested </" + name + ">");
            }
        }
        assertTrue(open.isEmpty(), "unclosed: " + open);
    }

    @Test
    void markdownIsShort() {
        String md = CrossLibrarySection.markdown(section);
        long lines = md.lines().count();
        assertTrue(lines <= 16, md);
        assertTrue(md.contains("2**32 + 42"), md);
    }
}
