package org.seedcompat.harness.report;

import org.seedcompat.harness.report.html.Html;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** index.html is self-contained and escapes what it shows (its rendering is checked in ReportRenderingIT). */
class HtmlReportTest {

    private static final String HTML = HtmlReport.render(SyntheticRun.standard().report(KnownDivergences.none()));

    @Test
    void fetchesNothingAndRunsNoScript() {
        for (String s : List.of("<script", "src=", "href=\"http", "href=\"//", "url(", "@import", "<link", "<img", "<iframe")) {
            assertFalse(HTML.toLowerCase().contains(s), s);
        }
    }

    @Test
    void textFromTheDataIsEscaped() {
        assertFalse(HTML.contains("synthetic <CPU> & co"));
        assertTrue(HTML.contains("synthetic &lt;CPU&gt; &amp; co"));
        assertEquals("a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;", Html.esc("a<b>&\"c\"'d'"));
    }

    @Test
    void everyCellLinkLeadsToAnElementOfThePage() {
        Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(HTML);
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(HTML.contains("id=\"" + m.group(1) + "\""), m.group(1));
        }
        assertEquals(2 + HtmlReport.SECTIONS.length, links, "one link per non-exact cell, one per section in the contents");
        for (String[] section : HtmlReport.SECTIONS) {
            assertTrue(HTML.contains("<h2>" + section[1]) || section[0].equals("cross-library"), section[1]);
        }
        // The sections are numbered 1, 2, 3 in the headings too (no "–" for the unnumbered one).
        String cross = HtmlReport.render(org.seedcompat.harness.report.SyntheticRun.standard().report(KnownDivergences.none()));
        assertTrue(cross.contains("<h2>2. Can two libraries share a seed?"), "the cross-library heading is numbered");
    }

    @Test
    void theSummaryBarCountsCausesApartFromSymptomsAndUncheckedCalls() {
        String html = HtmlReport.render(SyntheticRun.faults().report(KnownDivergences.none()));
        String bar = html.substring(html.indexOf("<div class=\"summary\""), html.indexOf("</div>\n", html.indexOf("<div class=\"summary\"")));
        // far[3] diverged, raises[4] diverged, hang[6] hang: three causes; desync[8] one ulp cause and one symptom
        for (String[] c : new String[][] {{"causes", "4"}, {"after-desync", "1"}, {"unsupported", "1"}, {"hang", "1"}}) {
            assertTrue(bar.contains("class=\"count " + c[0] + "\" data-count=\"" + c[1] + "\""), c[0] + " in " + bar);
        }
        assertFalse(bar.contains("count crash"), "a verdict no call has shows no box: " + bar);
        assertFalse(HTML.contains("count after-desync"), "nor in a run without symptoms");
    }
}
