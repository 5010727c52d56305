package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        long verdicts = cross.findElements(By.xpath(".//td/b")).stream()
                .filter(b -> java.util.Set.of("confirmed", "refuted", "not checkable").contains(b.getText())).count();
        assertEquals(section.get("claims").size(), verdicts, "every background claim shows its verdict");
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
            crossLibrarySectionReads(report.get("cross_library"), width);
            fullPage("golden-" + width + ".png");
        }
    }
}
