package org.seedcompat.harness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The report's files, every one rendered from the same report.json model. */
public final class ReportFiles {

    public static final String JSON = "report.json";
    public static final String HTML = "index.html";
    public static final String MARKDOWN = "summary.md";
    public static final String JUNIT = "junit.xml";

    private ReportFiles() {
    }

    /** File name to content, for a report whose directory is not known (summary.md then points at "index.html"). */
    public static Map<String, String> render(JsonNode report) {
        return render(report, null);
    }

    /** File name to content, for a report written to {@code outDir} (summary.md names it). */
    public static Map<String, String> render(JsonNode report, java.nio.file.Path outDir) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            files.put(JSON, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report.json cannot be serialised", e);
        }
        files.put(HTML, HtmlReport.render(report));
        files.put(MARKDOWN, MarkdownSummary.render(report, outDir == null ? HTML
                : ReportPaths.shown(outDir.resolve(HTML).toString())));
        files.put(JUNIT, JunitXml.render(report));
        return files;
    }
}
