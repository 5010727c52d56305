package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.seedcompat.harness.value.CallResult;

/** summary.md stays short enough for a pull-request comment, however many divergences there are. */
class MarkdownSummaryTest {

    @Test
    void summaryNamesTheCountsAndTheFirstReproduction() {
        String md = MarkdownSummary.render(SyntheticRun.standard().report(KnownDivergences.none()));
        assertTrue(md.startsWith("### seedcompat report: FAIL"), md);
        assertTrue(md.contains("| 5 | 3 | 0 | 2 | 0 |"), md);
        assertTrue(md.contains("`./seedcompat check --libm fma 'numpy.random.RandomState(42)' 'rand(200)'`"), md);
    }

    @Test
    void manyDivergencesStayWithinAFewLines() {
        SyntheticRun run = new SyntheticRun();
        List<SyntheticRun.Spec> specs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<UnaryOperator<CallResult>> d = List.of(SyntheticRun.bump(i % 5, 1));
            specs.add(SyntheticRun.spec("many[" + i + "]", "numpy.random.RandomState(" + i + ")", List.of("rand(5)"), d));
        }
        JsonNode report = run.suite("numpy-legacy", specs.toArray(SyntheticRun.Spec[]::new)).report(KnownDivergences.none());
        String md = MarkdownSummary.render(report);
        long lines = md.lines().count();
        assertTrue(md.length() < 4000 && lines <= 25, lines + " lines, " + md.length() + " chars:\n" + md);
        assertTrue(md.contains("and 50 more"), md);
        assertTrue(!md.contains("reports/index.html"), "no --out given here, so no made-up directory: " + md);
        String elsewhere = ReportFiles.render(report, java.nio.file.Path.of("/tmp/elsewhere")).get(ReportFiles.MARKDOWN);
        assertTrue(elsewhere.contains("and 50 more in /tmp/elsewhere/index.html"), elsewhere);
        String inside = ReportFiles.render(report, org.seedcompat.harness.Project.home().resolve("out/r1"))
                .get(ReportFiles.MARKDOWN);
        assertTrue(inside.contains("and 50 more in out/r1/index.html"), inside);
    }
}
