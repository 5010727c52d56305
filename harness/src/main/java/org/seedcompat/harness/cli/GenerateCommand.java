package org.seedcompat.harness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.cases.Catalog;
import org.seedcompat.harness.side.CatalogRun;
import org.seedcompat.harness.vectors.GoldenSuite;
import org.seedcompat.harness.vectors.VectorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Regenerate the golden vectors from the catalog through the real libraries.",
        description = {"Regenerate the golden vectors from the case catalog through the real Python",
    "libraries, recording the environment fingerprint. Replaces vectors/ atomically."})
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    ReferenceArgs reference;

    @Option(names = "--catalog", paramLabel = "DIR", description = "Case catalog (default: vectors/catalog).")
    Path catalog;

    @Option(names = "--vectors", paramLabel = "DIR", description = "Where to write the vectors (default: vectors).")
    Path vectors;

    @Option(names = "--suite", paramLabel = "NAME", description = {"Regenerate only this catalog suite (repeatable);",
        "the other suites keep their committed vectors unchanged."})
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() {
        Path vectorDir = vectors != null ? vectors : Project.vectors();
        List<Catalog.Suite> suites = Catalog.load(catalog != null ? catalog : vectorDir.resolve("catalog"));
        KeptSuites kept = KeptSuites.unlessRegenerated(only, suites, vectorDir);
        List<Catalog.Suite> fresh = suites.stream().filter(s -> !kept.keeps(s)).toList();
        int total = CatalogRun.size(fresh);
        Progress progress = new Progress("generate", total);
        Iterator<GoldenSuite> generated = CatalogRun.run(fresh, reference.options(), progress::step, true).iterator();
        List<GoldenSuite> golden = new ArrayList<>();
        for (Catalog.Suite suite : suites) {
            for (Catalog.Variant variant : suite.variants()) {
                golden.add(kept.keeps(suite) ? kept.committed(variant.goldenName()) : generated.next());
            }
        }
        new VectorStore(vectorDir).writeAll(golden);
        progress.done();
        System.err.println("generate: wrote " + total + " cases in " + golden.size() + " suite(s) to " + vectorDir);
        return Main.OK;
    }
}
