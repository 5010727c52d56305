package org.seedcompat.harness.report.cross;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.seedcompat.harness.vectors.GoldenSuite;

/** STUB (replaced at merge by the cross-library section): the report's section 2. */
public final class CrossLibrarySection {

    /** The golden suite it reads. */
    public static final String SUITE = "cross-library";

    private CrossLibrarySection() {
    }

    /** The "cross_library" object of report.json, from every suite of the run (golden or live). */
    public static ObjectNode build(List<GoldenSuite> suites) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("status", "not built");
        return n;
    }

    /** One self-contained <section id="cross-library">…</section> (inline SVG; styles scoped under #cross-library). */
    public static String html(JsonNode section) {
        return "<section id=\"cross-library\"><h2>2. Cross-library</h2><p>Not built yet.</p></section>\n";
    }

    /** A few Markdown lines for summary.md. */
    public static String markdown(JsonNode section) {
        return "";
    }
}
