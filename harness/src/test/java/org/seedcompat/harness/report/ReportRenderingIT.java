package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.cli.Main;

/**
 * The report as a person sees it: rendered by headless Chromium at a phone width and a wide one,
 * asserting on the laid-out page (visibility, colours, sizes, overflow, links), not on the HTML text.
 * Screenshots land in harness/target/report-it/ for a look.
 */
class ReportRenderingIT {

    private static final Path OUT = Project.home().resolve("harness").resolve("target").resolve("report-it");
    private static ChromeDriver browser;
    private static Path profile;
    private static Path synthetic;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(OUT);
        profile = Files.createTempDirectory("seedcompat-chromium-");
        browser = HeadlessChromium.start(profile);
        // One exact, one expected and one unexpected case at least (synthetic sides, see SyntheticRun).
        KnownDivergences known = new KnownDivergences(Path.of("known.json"), List.of(
                new KnownDivergence("numpy-legacy", "floats[42]", "rand(200)", "synthetic: bumped on purpose")));
        synthetic = OUT.resolve("synthetic");
        new ReportWriter(synthetic).write(ReportFiles.render(SyntheticRun.standard().report(known)));
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void open(Path dir, int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        browser.get(dir.resolve(ReportFiles.HTML).toUri().toString());
    }

    private static long count(String cls) {
        WebElement b = browser.findElement(By.cssSelector("#summary .count." + cls + " b"));
        assertTrue(b.isDisplayed(), cls + " count visible");
        return Long.parseLong(b.getText().replace(",", ""));
    }

    private static String background(String selector) {
        return browser.findElement(By.cssSelector(selector)).getCssValue("background-color");
    }

    /** What must hold at any width. */
    private static void readable(String name) throws Exception {
        WebElement summary = browser.findElement(By.id("summary"));
        assertTrue(summary.isDisplayed() && summary.getRect().getHeight() > 20, "summary bar shown");
        assertEquals(3, count("exact"));
        assertEquals(1, count("expected"));
        assertEquals(1, count("unexpected"));

        List<WebElement> tables = browser.findElements(By.cssSelector("table.matrix"));
        assertEquals(2, tables.size(), "one matrix per family");
        String exact = background("td.cell.v-exact");
        String diverged = background("td.cell.v-diverged");
        String expected = background("td.cell.expected");
        String notCovered = background("td.cell.v-not-covered");
        for (String c : List.of(exact, diverged, expected, notCovered)) {
            assertNotEquals("rgba(0, 0, 0, 0)", c, "verdict cells are coloured");
        }
        assertEquals(4, List.of(exact, diverged, expected, notCovered).stream().distinct().count(),
                "each verdict its own colour: " + List.of(exact, diverged, expected, notCovered));

        for (String plot : List.of("svg.plot.histogram", "svg.plot.stream")) {
            WebElement svg = browser.findElement(By.cssSelector(plot));
            assertTrue(svg.getRect().getWidth() > 100 && svg.getRect().getHeight() > 50, plot + " has a size: " + svg.getRect());
        }
        WebElement marker = browser.findElement(By.cssSelector("svg.plot.stream line.first-divergence"));
        assertTrue(marker.getRect().getHeight() > 50, "first divergence marked");

        long innerWidth = (Long) js("return window.innerWidth;");
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth <= innerWidth, "the page does not scroll sideways: " + scrollWidth + " > " + innerWidth);

        screenshot(name + "-top.png");
        // A divergent cell leads to its detail.
        WebElement link = browser.findElement(By.cssSelector("td.cell.v-diverged a"));
        String target = link.getAttribute("href").replaceAll(".*#", "");
        link.click();
        assertTrue(browser.getCurrentUrl().endsWith("#" + target), browser.getCurrentUrl());
        WebElement detail = browser.findElement(By.id(target));
        double top = ((Number) js("return arguments[0].getBoundingClientRect().top;", detail)).doubleValue();
        long height = (Long) js("return window.innerHeight;");
        assertTrue(detail.isDisplayed() && top > -2 && top < height / 2.0, "detail scrolled to the top of the view: " + top);
        assertTrue(detail.getText().contains("./seedcompat check --libm fma 'numpy.random.RandomState(7)' 'randint(0, 10, size=20)'"),
                detail.getText());
        screenshot(name + "-detail.png");
        fullPage(name + "-full.png");
    }

    private static void screenshot(String file) throws Exception {
        Files.write(OUT.resolve(file), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page in one image, through the DevTools protocol (WebDriver shoots the viewport only). */
    private static void fullPage(String file) throws Exception {
        long w = (Long) js("return document.documentElement.scrollWidth;");
        long h = (Long) js("return document.documentElement.scrollHeight;");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of(
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", w, "height", Math.min(h, 12000), "scale", 1)));
        Files.write(OUT.resolve(file), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** The cross-library section as a reader sees it: its findings per seed, both charts, coloured agreement, the claims. */
    private static void crossLibrarySectionReads(JsonNode section, int width) {
        WebElement cross = browser.findElement(By.id("cross-library"));
        assertTrue(cross.isDisplayed(), "cross-library section shown at " + width);
        String text = cross.getText();
        for (String seed : new String[] {"seed 0", "seed 42", "seed 2**32 + 42"}) {
            assertTrue(text.contains(seed), "a finding for " + seed + " at " + width);
        }
        List<WebElement> charts = cross.findElements(By.cssSelector("svg.chart"));
        assertEquals(section.get("charts").size(), charts.size(), "one chart per charted stream");
        for (WebElement chart : charts) {
            assertTrue(chart.getSize().getWidth() > 100 && chart.getSize().getHeight() > 50,
                    "chart drawn at a readable size at " + width + ": " + chart.getSize());
        }
        String agree = cross.findElement(By.cssSelector("td.agree")).getCssValue("background-color");
        String part = cross.findElement(By.cssSelector("td.part")).getCssValue("background-color");
        assertNotEquals(agree, part, "agreement and parting are told apart by colour");
        long verdicts = cross.findElements(By.cssSelector("table.claims b.claim-verdict")).stream()
                .filter(b -> java.util.Set.of("confirmed", "refuted", "not checkable").contains(b.getText())).count();
        assertEquals(section.get("claims").size(), verdicts, "every background claim shows its verdict");
        // A true headline with a wrong reason: two verdicts, the headline's first, never a lone "refuted".
        for (String id : new String[] {"article-different-algorithms", "article-state-sync"}) {
            WebElement row = cross.findElement(By.id("claim-" + id));
            assertEquals("confirmed", row.findElement(By.cssSelector("b.claim-verdict")).getText(), id);
            WebElement reason = row.findElement(By.cssSelector(".reason b.reason-verdict"));
            assertTrue(reason.isDisplayed(), id + ": the reason's verdict is shown");
            assertEquals("refuted", reason.getText(), id);
            String headlineColour = row.findElement(By.cssSelector("td.verdict")).getCssValue("background-color");
            assertNotEquals(headlineColour, row.findElement(By.cssSelector(".reason")).getCssValue("background-color"),
                    id + ": the two verdicts are coloured apart");
        }
        noClippedCells(width);
    }

    /** The answer to the page's question is on the first screen. */
    private static void answerOnTheFirstScreen(int width) {
        WebElement answer = browser.findElement(By.cssSelector("#answer .answer-text"));
        assertTrue(answer.isDisplayed(), "answer shown at " + width);
        double top = ((Number) js("return arguments[0].getBoundingClientRect().top + window.scrollY;", answer)).doubleValue();
        long height = (Long) js("return window.innerHeight;");
        assertTrue(top < height, "the answer starts on the first screen at " + width + ": top " + top + " >= " + height);
        String text = answer.getText();
        for (String s : new String[] {"same MT19937 state", "no value agrees", "mod 2**32", "RandomState([words of s])", "./seedcompat bridge"}) {
            assertTrue(text.contains(s), "'" + s + "' in the answer at " + width + ": " + text);
        }
        List<WebElement> toc = browser.findElements(By.cssSelector("nav.toc a"));
        assertEquals(List.of("1.", "2.", "3."), toc.stream().map(a -> a.getText().substring(0, 2)).toList(), "numbered contents");
        List<String> headings = browser.findElements(By.cssSelector("main > section > h2")).stream().map(WebElement::getText).toList();
        assertEquals(3, headings.size(), headings.toString());
        for (int i = 0; i < 3; i++) {
            assertTrue(headings.get(i).startsWith((i + 1) + ". "), "section " + (i + 1) + " numbered: " + headings);
        }
    }

    /** The cross-library tables: every cell shows its content whole, no row grows into a strip. */
    private static void noClippedCells(int width) {
        for (String table : new String[] {"table.pairings", "table.claims"}) {
            List<WebElement> cells = browser.findElements(By.cssSelector("#cross-library " + table + " td"));
            assertFalse(cells.isEmpty(), table);
            for (WebElement td : cells) {
                long sw = ((Number) js("return arguments[0].scrollWidth;", td)).longValue();
                long cw = ((Number) js("return arguments[0].clientWidth;", td)).longValue();
                assertTrue(sw <= cw + 1, table + " cell clipped at " + width + ": scrollWidth " + sw + " > " + cw + ": "
                        + td.getText().substring(0, Math.min(60, td.getText().length())));
                // On a phone each value gets the row's width (stacked); on a wide screen a column still gets room.
                long least = width < 700 ? width / 2 : 80;
                assertTrue(cw >= least, table + " cell squeezed into a strip at " + width + ": " + cw + " px");
            }
            long tableWidth = ((Number) js("return document.querySelector(arguments[0]).getBoundingClientRect().width;",
                    "#cross-library " + table)).longValue();
            assertTrue(tableWidth <= (Long) js("return window.innerWidth;"), table + " fits the screen at " + width);
            for (WebElement tr : browser.findElements(By.cssSelector("#cross-library " + table + " tbody tr"))) {
                assertTrue(tr.getSize().getHeight() < 2600, table + " row " + tr.getSize().getHeight() + " px tall at " + width);
            }
        }
    }

    @Test
    void readsWellOnAPhone() throws Exception {
        open(synthetic, 390, 844);
        assertTrue((Long) js("return window.innerWidth;") <= 400, "phone-sized viewport");
        readable("phone");
        // On a phone the wide matrix scrolls inside its own box.
        WebElement box = browser.findElement(By.cssSelector("table.matrix")).findElement(By.xpath(".."));
        assertEquals("auto", box.getCssValue("overflow-x"));
    }

    @Test
    void farApartValuesAreDivergedNotWithinNUlp() throws Exception {
        Path faults = OUT.resolve("faults");
        JsonNode report = SyntheticRun.faults().report(KnownDivergences.none());
        new ReportWriter(faults).write(ReportFiles.render(report));
        String far = null;
        for (JsonNode d : report.get("conformance").get("divergences")) {
            if (d.get("case").asText().equals("far[3]")) {
                far = d.get("id").asText();
            }
        }
        for (int width : new int[] {390, 1400}) {
            open(faults, width, 900);
            WebElement cell = browser.findElement(By.cssSelector("td.cell a[href='#" + far + "']")).findElement(By.xpath(".."));
            assertTrue(cell.getAttribute("class").contains("v-diverged"), "far-apart floats: " + cell.getAttribute("class"));
            assertFalse(cell.getText().contains("ULP"), cell.getText());
            assertEquals(background("td.cell.v-diverged"), cell.getCssValue("background-color"));
            assertTrue(browser.findElements(By.cssSelector("td.cell.v-ulp")).stream().noneMatch(c -> c.getText().contains("within 2")
                    && c.getText().matches("(?s).*within \\d{7,} ULP.*")), "no cell calls millions of ULP a last-bit finding");
            for (String c : new String[] {"causes", "after-desync", "unsupported", "hang"}) {
                assertTrue(browser.findElement(By.cssSelector("#summary .count." + c)).isDisplayed(), c + " counted at " + width);
            }
            String page = browser.findElement(By.tagName("main")).getText();
            assertFalse(page.matches("(?s).*\\b\\d+ of 0 values.*"), "no '1 of 0 values'");
            screenshot("faults-" + width + ".png");
        }
    }

    @Test
    void readsWellOnAWideScreen() throws Exception {
        open(synthetic, 1400, 1000);
        assertTrue((Long) js("return window.innerWidth;") >= 1300, "wide viewport");
        readable("wide");
    }

    @Test
    void theReportOfTheCommittedVectorsRendersItsCounts() throws Exception {
        Path golden = OUT.resolve("golden");
        int exit = Main.run("report", "--out", golden.toString());
        JsonNode report = new ObjectMapper().readTree(golden.resolve(ReportFiles.JSON).toFile());
        JsonNode s = report.get("summary");
        assertEquals(s.get("ok").asBoolean() ? Main.OK : Main.DIVERGED, exit);
        for (int width : new int[] {390, 1400}) {
            open(golden, width, 900);
            assertEquals(s.get("exact").asLong(), count("exact"));
            assertEquals(s.get("expected").asLong(), count("expected"));
            assertEquals(s.get("unexpected").asLong(), count("unexpected"));
            int rows = 0;
            for (JsonNode f : report.get("conformance").get("families")) {
                rows += f.get("targets").size();
            }
            assertEquals(rows, browser.findElements(By.cssSelector("table.matrix tbody tr")).size());
            assertTrue((Long) js("return document.documentElement.scrollWidth;") <= (Long) js("return window.innerWidth;"),
                    "no sideways scrolling at " + width);
            answerOnTheFirstScreen(width);
            crossLibrarySectionReads(report.get("cross_library"), width);
            fullPage("golden-" + width + ".png");
        }
    }
}
