package org.seedcompat.harness.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.cases.Catalog;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.Conformance;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.side.GoldenSide;
import org.seedcompat.harness.side.ReferenceSide;
import org.seedcompat.harness.vectors.GoldenSuite;
import org.seedcompat.harness.vectors.VectorStore;

/**
 * The engine against the live Python reference, element by element over full-length streams:
 * every catalog case, arbitrary new cases (random seeds, sizes to 10^5 and parameters), and the
 * committed vectors against what the reference says today (so a changed environment shows).
 */
class LiveConformanceIT {

    private static ReferenceSide reference;
    private static final EngineSide ENGINE = new EngineSide();

    @BeforeAll
    static void start() {
        reference = LiveReference.start();
    }

    @AfterAll
    static void stop() {
        if (reference != null) {
            reference.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> catalogCasesMatchTheLiveReference() {
        return Catalog.load(Project.vectors().resolve("catalog")).stream().map(s -> dynamicContainer(s.name(),
                s.cases().stream().map(c -> dynamicTest(c.id(), () -> check(c)))));
    }

    @TestFactory
    Stream<DynamicNode> arbitraryCasesMatchTheLiveReference() {
        long seed = RandomCases.seedFromEnvironment();
        String n = System.getenv("SEEDCOMPAT_FUZZ_CASES");
        int count = n == null || n.isBlank() ? 60 : Integer.parseInt(n.trim());
        RandomCases random = new RandomCases(seed);
        List<Case> cases = new java.util.ArrayList<>(random.legacy(count));
        cases.addAll(random.modern(count));
        return Stream.of(dynamicContainer("SEEDCOMPAT_FUZZ_SEED=" + seed,
                cases.stream().map(c -> dynamicTest(c.id() + " " + c.setup() + " " + c.calls(), () -> check(c)))));
    }

    @TestFactory
    Stream<DynamicNode> committedVectorsStillMatchTheLiveReference() {
        List<GoldenSuite> suites = new VectorStore(Project.vectors()).readAll();
        GoldenSide golden = new GoldenSide(suites);
        return suites.stream().map(s -> dynamicContainer(s.name(), s.cases().stream().map(g -> dynamicTest(g.id(), () -> {
            Case c = GoldenSide.toCase(g);
            CaseVerdict v = new CaseVerdict(c, org.seedcompat.harness.diff.Diff.compare(golden.run(c),
                    org.seedcompat.harness.value.Compaction.compact(reference.run(c))));
            assertTrue(v.exact(), () -> "the live reference no longer reproduces the committed vectors "
                    + "(environment or library changed? compare fingerprints, then ./seedcompat generate):\n"
                    + Explain.of(v, "golden").replace("engine", "reference"));
        }))));
    }

    private static void check(Case c) {
        CaseVerdict v = Conformance.compare(c, reference, ENGINE);
        assertTrue(v.exact(), () -> Explain.of(v, "reference"));
    }
}
