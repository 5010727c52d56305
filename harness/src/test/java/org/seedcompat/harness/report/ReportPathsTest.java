package org.seedcompat.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seedcompat.harness.Project;

/** The page shows where its data came from without a machine's absolute paths inside the project. */
class ReportPathsTest {

    @Test
    void insideTheProjectRelativeElseAsGiven() {
        Path home = Path.of("/work/x");
        assertEquals("vectors", ReportPaths.shown(Path.of("/work/x/vectors"), home));
        assertEquals("vectors/catalog", ReportPaths.shown(Path.of("/work/x/vectors/../vectors/catalog"), home));
        assertEquals(".", ReportPaths.shown(Path.of("/work/x"), home));
        assertEquals("/work/xy/vectors", ReportPaths.shown(Path.of("/work/xy/vectors"), home));
        assertEquals("/tmp/v", ReportPaths.shown(Path.of("/tmp/v"), home));
    }

    @Test
    void theHeaderShowsTheVectorsRelativeToTheProject() {
        ObjectNode r = SyntheticRun.standard().report(KnownDivergences.none());
        ((ObjectNode) r.get("source")).put("vectors", Project.home().resolve("vectors").toString());
        String html = HtmlReport.render(r);
        assertTrue(html.contains("the golden vectors in vectors "), html.substring(0, 2000));
        assertFalse(html.contains(Project.home().resolve("vectors").toString()));
        ((ObjectNode) r.get("source")).put("vectors", "/elsewhere/v");
        assertTrue(HtmlReport.render(r).contains("the golden vectors in /elsewhere/v "));
    }
}
