package org.seedcompat.harness.cli;

import java.nio.file.Path;
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

@Command(name = "generate", description = {"Regenerate the golden vectors from the case catalog through the real Python",
    "libraries, recording the environment fingerprint. Replaces vectors/ atomically."})
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    ReferenceArgs reference;

    @Option(names = "--catalog", paramLabel = "DIR", description = "Case catalog (default: vectors/catalog).")
    Path catalog;

    @Option(names = "--vectors", paramLabel = "DIR", description = "Where to write the vectors (default: vectors).")
    Path vectors;

    @Override
    public Integer call() {
        Path vectorDir = vectors != null ? vectors : Project.vectors();
        List<Catalog.Suite> suites = Catalog.load(catalog != null ? catalog : vectorDir.resolve("catalog"));
        int total = CatalogRun.size(suites);
        Progress progress = new Progress("generate", total);
        List<GoldenSuite> golden = CatalogRun.run(suites, reference.options(), progress::step);
        new VectorStore(vectorDir).writeAll(golden);
        progress.done();
        System.err.println("generate: wrote " + total + " cases in " + golden.size() + " suite(s) to " + vectorDir);
        return Main.OK;
    }
}
