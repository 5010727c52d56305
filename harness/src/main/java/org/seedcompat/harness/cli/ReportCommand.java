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
import org.seedcompat.harness.side.CheckedVectors;
import org.seedcompat.harness.vectors.GoldenSuite;
import org.seedcompat.harness.vectors.VectorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Write the compatibility report from the golden vectors or a live run.",
        description = {"Write the compatibility report (index.html, report.json,",
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

    @Option(names = "--suite", paramLabel = "NAME",
            description = "Report only this golden suite (repeatable; e.g. numpy-legacy, torch-cpu-avx2; a catalog suite name "
                    + "selects all its variants). The others are skipped, with a line saying so.")
    List<String> onlySuites = new ArrayList<>();

    @Option(names = "--known", paramLabel = "FILE",
            description = "Known-divergence list (default: <vectors>/known-divergences.json; a missing file is an empty list).")
    Path known;

    /** The catalog suites --suite names (a catalog name, or one of its golden variants' names); all without --suite. */
    private List<Catalog.Suite> selectCatalog(List<Catalog.Suite> all) {
        if (onlySuites.isEmpty()) {
            return all;
        }
        List<Catalog.Suite> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String name : onlySuites) {
            if (all.stream().noneMatch(s -> s.name().equals(name) || s.variants().stream().anyMatch(v -> v.goldenName().equals(name)))) {
                throw new IllegalArgumentException("--suite " + name + ": no such suite in the catalog (it has "
                        + String.join(", ", all.stream().map(Catalog.Suite::name).toList()) + ")");
            }
        }
        for (Catalog.Suite s : all) {
            List<Catalog.Variant> variants = s.variants().stream()
                    .filter(v -> onlySuites.contains(s.name()) || onlySuites.contains(v.goldenName())).toList();
            s.variants().stream().filter(v -> !variants.contains(v)).forEach(v -> skipped.add(v.goldenName()));
            if (!variants.isEmpty()) {
                out.add(new Catalog.Suite(s.name(), s.description(), s.cases(), variants));
            }
        }
        if (!skipped.isEmpty()) {
            System.err.println("report: skipped suites " + String.join(", ", skipped) + " (not asked for with --suite)");
        }
        return out;
    }

    @Override
    public Integer call() {
        if (reference != null && !reference.equals("local")) {
            throw new IllegalArgumentException("--reference " + reference + " is not supported: use --reference local");
        }
        long start = System.nanoTime();
        Path vectorDir = vectors != null ? vectors : Project.vectors();
        Path outDir = out != null ? out : Project.home().resolve("reports");
        new ReportWriter(outDir).checkTarget(); // refuse a bad --out before the run, not after it
        KnownDivergences knownList = KnownDivergences.load(known != null ? known : vectorDir.resolve("known-divergences.json"));
        ObjectNode source = JsonNodeFactory.instance.objectNode();
        List<GoldenSuite> suites;
        if (reference == null) {
            source.put("mode", "golden");
            source.put("vectors", vectorDir.toString());
            Path catalogDir = catalog != null ? catalog : vectorDir.resolve("catalog");
            java.util.Set<String> selected = new java.util.LinkedHashSet<>();
            if (!onlySuites.isEmpty()) {
                List<String> known = new VectorStore(vectorDir).suiteNames();
                for (String name : onlySuites) {
                    List<String> hits = known.stream().filter(k -> k.equals(name) || k.startsWith(name + "-")).toList();
                    if (hits.isEmpty()) {
                        throw new IllegalArgumentException("--suite " + name + ": no such suite in " + vectorDir
                                + " (it has " + String.join(", ", known) + ")");
                    }
                    selected.addAll(hits);
                }
                List<String> skipped = known.stream().filter(k -> !selected.contains(k)).toList();
                if (!skipped.isEmpty()) {
                    System.err.println("report: skipped suites " + String.join(", ", skipped) + " (not asked for with --suite)");
                }
            }
            CheckedVectors checked = CheckedVectors.load(vectorDir, catalogDir, selected);
            checked.warnings().forEach(w -> System.err.println("seedcompat: warning: " + w));
            suites = checked.suites();
        } else {
            Path catalogDir = catalog != null ? catalog : vectorDir.resolve("catalog");
            source.put("mode", "live");
            source.put("catalog", catalogDir.toString());
            List<Catalog.Suite> catalogSuites = selectCatalog(Catalog.load(catalogDir));
            if (CatalogRun.size(catalogSuites) == 0) {
                System.err.println("seedcompat: the catalog " + catalogDir + " holds no case" + (onlySuites.isEmpty() ? "" : " in "
                        + onlySuites) + ", so a report would check nothing: add cases, or name suites it has");
                return Main.BROKEN;
            }
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
        if (report.get("summary").get("calls").asLong() == 0) {
            System.err.println("seedcompat: the run compared no call, so it proves nothing; no report was written "
                    + "(regenerate the vectors with `./seedcompat generate`)");
            return Main.BROKEN;
        }
        try {
            new ReportWriter(outDir).write(ReportFiles.render(report, outDir));
        } catch (java.io.UncheckedIOException | ReportWriter.Busy e) {
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
