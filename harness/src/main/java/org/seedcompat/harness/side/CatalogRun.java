package org.seedcompat.harness.side;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.cases.Catalog;
import org.seedcompat.harness.reference.ReferenceOptions;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.vectors.GoldenCase;
import org.seedcompat.harness.vectors.GoldenSuite;

/**
 * Runs the case catalog through the live reference, one golden suite per catalog variant (each in
 * its own environment: PyTorch capability, glibc build), in memory. {@code generate} stores the
 * result; {@code report --reference local} compares the engine with it directly.
 */
public final class CatalogRun {

    private CatalogRun() {
    }

    /** How many cases a run of these suites makes (every case once per variant). */
    public static int size(List<Catalog.Suite> suites) {
        return suites.stream().mapToInt(s -> s.cases().size() * s.variants().size()).sum();
    }

    /**
     * @param options  how to run the reference (the variant's environment is added to them)
     * @param progress told {@code "<suite>/<case id>"} after each case
     */
    public static List<GoldenSuite> run(List<Catalog.Suite> suites, ReferenceOptions options, Consumer<String> progress) {
        return run(suites, options, progress, false);
    }

    /**
     * @param answersOnly refuse a call the reference could not answer (hang, crash) with a
     *                    {@link org.seedcompat.harness.reference.ReferenceException}, as committed
     *                    vectors must; otherwise keep it in the result, as the report shows it
     */
    public static List<GoldenSuite> run(List<Catalog.Suite> suites, ReferenceOptions options, Consumer<String> progress,
            boolean answersOnly) {
        List<GoldenSuite> golden = new ArrayList<>();
        try (ReferenceSide plain = new ReferenceSide(options)) {
            for (Catalog.Suite suite : suites) {
                for (Catalog.Variant variant : suite.variants()) {
                    if (variant.environment().isEmpty()) {
                        golden.add(run(variant.goldenName(), suite, plain, progress, answersOnly));
                        continue;
                    }
                    ReferenceOptions pinnedOptions = options;
                    for (Map.Entry<String, String> e : variant.environment().entrySet()) {
                        pinnedOptions = pinnedOptions.withEnv(e.getKey(), e.getValue());
                    }
                    try (ReferenceSide pinned = new ReferenceSide(pinnedOptions)) {
                        golden.add(run(variant.goldenName(), suite, pinned, progress, answersOnly));
                    }
                }
            }
        }
        return golden;
    }

    private static GoldenSuite run(String name, Catalog.Suite suite, ReferenceSide side, Consumer<String> progress,
            boolean answersOnly) {
        ObjectNode fingerprint = (ObjectNode) side.process().fingerprint();
        List<GoldenCase> cases = new ArrayList<>();
        for (Case c : suite.cases()) {
            CaseResult result = side.run(c);
            cases.add(answersOnly ? GoldenSide.toStored(c, result) : GoldenSide.toGolden(c, result));
            progress.accept(name + "/" + c.id());
        }
        return new GoldenSuite(name, fingerprint, cases);
    }
}
