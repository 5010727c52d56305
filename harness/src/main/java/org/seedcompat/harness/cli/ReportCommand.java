package org.seedcompat.harness.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.cases.Catalog;
import org.seedcompat.harness.report.KnownDivergences;
import org.seedcompat.harness.report.ReportFiles;
import org.seedcompat.harness.report.ReportModel;
import org.seedcompat.harness.report.ReportWriter;
import org.seedcompat.harness.report.SuiteOutcome;
import org.seedcompat.harness.side.CatalogRun;
import org.seedcompat.harness.vectors.GoldenSuite;
import org.seedcompat.harness.vectors.VectorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", description = {"Write the compatibility report (index.html, report.json,",
    "summary.md, junit.xml; reports/ is replaced as a whole) from the committed",
    "golden vectors, or from a live run of the catalog through the reference",
    "(--reference local). Exits 1 on an unexpected divergence or on a",
    "known-divergence entry that no longer diverges."})
final class ReportCommand implements Callable<Integer> {

    @Mixin
    ReferenceArgs referenceArgs;

    @Option(names = "--vectors", paramLabel = "DIR", description = "Golden vectors (default: vectors).")
    Path vectors;

    @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default: reports).")
    Path out;

    @Option(names = "--reference", paramLabel = "WHERE",
            description = "Run the catalog through the reference instead of reading the vectors: 'local' (this machine's Python).")
    String reference;

    @Option(names = "--catalog", paramLabel = "DIR", description = "Case catalog for --reference (default: <vectors>/catalog).")
    Path catalog;

    @Option(names = "--known", paramLabel = "FILE",
            description = "Known-divergence list (default: <vectors>/known-divergences.json; a missing file is an empty list).")
    Path known;

    @Override
    public Integer call() {
        if (reference != null && !reference.equals("local")) {
            throw new IllegalArgumentException("--reference " + reference + " is not supported: use --reference local");
        }
        long start = System.nanoTime();
        Path vectorDir = vectors != null ? vectors : Project.vectors();
        Path outDir = out != null ? out : Project.home().resolve("reports");
        KnownDivergences knownList = KnownDivergences.load(known != null ? known : vectorDir.resolve("known-divergences.json"));
        ObjectNode source = JsonNodeFactory.instance.objectNode();
        List<GoldenSuite> suites;
        if (reference == null) {
            source.put("mode", "golden");
            source.put("vectors", vectorDir.toString());
            suites = new VectorStore(vectorDir).readAll();
        } else {
            Path catalogDir = catalog != null ? catalog : vectorDir.resolve("catalog");
            source.put("mode", "live");
            source.put("catalog", catalogDir.toString());
            List<Catalog.Suite> catalogSuites = Catalog.load(catalogDir);
            Progress live = new Progress("report: reference", CatalogRun.size(catalogSuites));
            suites = CatalogRun.run(catalogSuites, referenceArgs.options(), live::step);
            live.done();
        }
        Progress progress = new Progress("report: engine", suites.stream().mapToInt(s -> s.cases().size()).sum());
        List<SuiteOutcome> outcomes = new ArrayList<>();
        for (GoldenSuite s : suites) {
            outcomes.add(SuiteOutcome.engineAgainst(s));
            s.cases().forEach(c -> progress.step(s.name() + "/" + c.id()));
        }
        progress.done();
        ObjectNode report = ReportModel.build(outcomes, knownList, source, Instant.now());
        try {
            new ReportWriter(outDir).write(ReportFiles.render(report));
        } catch (java.io.UncheckedIOException e) {
            System.err.println("seedcompat: " + e.getMessage());
            return Main.BROKEN;
        }
        try (Output o = new Output()) {
            o.text("report: " + ReportModel.line(report) + " -> " + outDir.resolve(ReportFiles.HTML)
                    + String.format(" (%.1fs)", (System.nanoTime() - start) / 1e9)
                    + (ReportModel.ok(report) ? "" : "  -- FAILED"));
        }
        return ReportModel.ok(report) ? Main.OK : Main.DIVERGED;
    }
}
