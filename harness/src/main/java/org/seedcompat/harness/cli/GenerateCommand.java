package org.seedcompat.harness.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.cases.Catalog;
import org.seedcompat.harness.side.GoldenSide;
import org.seedcompat.harness.reference.ReferenceOptions;
import org.seedcompat.harness.side.ReferenceSide;
import org.seedcompat.harness.vectors.GoldenCase;
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

    @Option(names = "--suite", paramLabel = "NAME", description = {"Regenerate only this catalog suite (repeatable);",
        "the other suites keep their committed vectors unchanged."})
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() {
        Path vectorDir = vectors != null ? vectors : Project.vectors();
        List<Catalog.Suite> suites = Catalog.load(catalog != null ? catalog : vectorDir.resolve("catalog"));
        KeptSuites kept = KeptSuites.unlessRegenerated(only, suites, vectorDir);
        int total = suites.stream().filter(s -> !kept.keeps(s))
                .mapToInt(s -> s.cases().size() * s.variants().size()).sum();
        Progress progress = new Progress("generate", total);
        List<GoldenSuite> golden = new ArrayList<>();
        try (ReferenceSide side = new ReferenceSide(reference.options())) {
            for (Catalog.Suite suite : suites) {
                for (Catalog.Variant variant : suite.variants()) {
                    if (kept.keeps(suite)) {
                        golden.add(kept.committed(variant.goldenName()));
                    } else if (variant.environment().isEmpty()) {
                        golden.add(generate(variant.goldenName(), suite, side, progress));
                    } else {
                        ReferenceOptions options = reference.options();
                        for (java.util.Map.Entry<String, String> e : variant.environment().entrySet()) {
                            options = options.withEnv(e.getKey(), e.getValue());
                        }
                        try (ReferenceSide pinned = new ReferenceSide(options)) {
                            golden.add(generate(variant.goldenName(), suite, pinned, progress));
                        }
                    }
                }
            }
        }
        new VectorStore(vectorDir).writeAll(golden);
        progress.done();
        System.err.println("generate: wrote " + total + " cases in " + golden.size() + " suite(s) to " + vectorDir);
        return Main.OK;
    }

    private static GoldenSuite generate(String name, Catalog.Suite suite, ReferenceSide side, Progress progress) {
        ObjectNode fingerprint = (ObjectNode) side.process().fingerprint();
        List<GoldenCase> cases = new ArrayList<>();
        for (Case c : suite.cases()) {
            cases.add(GoldenSide.toGolden(c, side.run(c)));
            progress.step(name + "/" + c.id());
        }
        return new GoldenSuite(name, fingerprint, cases);
    }
}
