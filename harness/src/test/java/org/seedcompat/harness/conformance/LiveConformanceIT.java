package org.seedcompat.harness.conformance;

import org.seedcompat.harness.fuzz.RandomCases;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.cases.Catalog;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.Conformance;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.side.GoldenSide;
import org.seedcompat.harness.side.ReferenceSide;
import org.seedcompat.harness.target.EngineMath;
import org.seedcompat.harness.target.EngineOptions;
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
        LiveReference.closePinned();
    }

    @TestFactory
    Stream<DynamicNode> catalogCasesMatchTheLiveReference() {
        return Catalog.load(Project.vectors().resolve("catalog")).stream().flatMap(s -> s.variants().stream()
                .flatMap(variant -> Stream.concat(
                        Stream.of(dynamicContainer(variant.goldenName(), s.cases().stream().map(c -> dynamicTest(c.id(),
                                () -> check(variant.goldenName(), c, variant.environment()))))),
                        variant.environment().containsKey("GLIBC_TUNABLES") ? Stream.empty()
                                : Stream.of(dynamicContainer(variant.goldenName() + " [glibc nofma]", s.cases().stream()
                                        .map(c -> dynamicTest(c.id(), () -> check(variant.goldenName(), c,
                                                withGenericLibm(variant.environment())))))))));
    }

    /**
     * {@code environment} with glibc's FMA builds masked: every catalog case runs live under the
     * generic libm too (only the libm hard cases are stored for that build, to keep vectors small).
     */
    private static Map<String, String> withGenericLibm(Map<String, String> environment) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.putAll(EngineMath.referenceEnvironment(MathVariant.NO_FMA));
        return env;
    }

    @TestFactory
    Stream<DynamicNode> arbitraryCasesMatchTheLiveReference() {
        long seed = RandomCases.seedFromEnvironment();
        String n = System.getenv("SEEDCOMPAT_FUZZ_CASES");
        int count = n == null || n.isBlank() ? 60 : Integer.parseInt(n.trim());
        RandomCases random = new RandomCases(seed);
        List<Case> cases = new java.util.ArrayList<>(random.legacy(count));
        cases.addAll(random.modern(count));
        List<Case> torch = random.torch(count);
        cases.addAll(random.python(count)); // drawn last: the other targets' cases replay as before
        Map<String, String> generic = withGenericLibm(Map.of());
        return Stream.of(dynamicContainer("SEEDCOMPAT_FUZZ_SEED=" + seed, Stream.of(
                cases.stream().map(c -> dynamicTest(c.id() + " " + c.setup() + " " + c.calls(), () -> check(c, Map.of()))),
                cases.stream().map(c -> dynamicTest(c.id() + " [glibc nofma] " + c.setup() + " " + c.calls(),
                        () -> check(c, generic))),
                Stream.of("avx2", "default").flatMap(cap -> torch.stream().map(c -> dynamicTest(
                        c.id() + " [" + cap + "] " + c.setup() + " " + c.calls(),
                        () -> check(c, Map.of("ATEN_CPU_CAPABILITY", cap))))),
                torch.stream().map(c -> dynamicTest(c.id() + " [avx2, glibc nofma] " + c.setup() + " " + c.calls(),
                        () -> check(c, withGenericLibm(Map.of("ATEN_CPU_CAPABILITY", "avx2"))))))
                .flatMap(t -> t)));
    }

    /**
     * randperm on both sides of PyTorch's large-n switch (forward Fisher-Yates with one word per
     * step below 214748364, inside-out with random64 from there): 2^28-element streams, compared
     * by digest, once (the algorithm does not depend on the capability).
     */
    @org.junit.jupiter.api.Test
    void randpermOnBothSidesOfTheLargeNThreshold() {
        check(new Case("randperm-threshold", "torch.manual_seed(3)",
                List.of("randperm(214748363, dtype=torch.int32)", "randperm(214748364, dtype=torch.int32)", "rand(3)")), Map.of());
    }

    @TestFactory
    Stream<DynamicNode> committedVectorsStillMatchTheLiveReference() {
        List<GoldenSuite> suites = new VectorStore(Project.vectors()).readAll();
        return suites.stream().map(s -> {
            GoldenSide golden = new GoldenSide(List.of(s));
            Map<String, String> pinned = new java.util.HashMap<>();
            s.fingerprint().path("env").fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    pinned.put(e.getKey(), e.getValue().asText());
                }
            });
            return dynamicContainer(s.name(), s.cases().stream().map(g -> dynamicTest(g.id(), () -> {
            ReferenceSide live = pinned.isEmpty() ? reference : LiveReference.pinned(pinned);
            Case c = GoldenSide.toCase(g);
            CaseVerdict v = new CaseVerdict(c, org.seedcompat.harness.diff.Diff.compare(golden.run(c),
                    org.seedcompat.harness.value.Compaction.compact(live.run(c))));
            assertTrue(v.exact(), () -> "the live reference no longer reproduces the committed vectors "
                    + "(environment or library changed? compare fingerprints, then ./seedcompat generate):\n"
                    + Explain.of(v, "golden").replace("engine", "reference"));
        })));
        });
    }

    /** An arbitrary case: every call must be exact (no known divergence covers it). */
    private static void check(Case c, Map<String, String> environment) {
        check(null, c, environment);
    }

    /**
     * One case on the reference run with {@code environment} (empty: this machine's own) and on the
     * engine imitating what that reference reported (its capability and glibc build). A catalog case
     * of {@code suite} may also differ where {@code vectors/known-divergences.json} lists the call.
     */
    private static void check(String suite, Case c, Map<String, String> environment) {
        CaseVerdict v;
        if (environment.isEmpty()) {
            v = Conformance.compare(c, reference, ENGINE);
        } else {
            ReferenceSide pinned = LiveReference.pinned(environment);
            v = Conformance.compare(c, pinned, new EngineSide(EngineOptions.of(pinned.process().fingerprint())));
        }
        if (suite == null) {
            assertTrue(v.exact(), () -> Explain.of(v, "reference"));
        } else {
            KnownDivergenceCheck.assertExactOrKnown(suite, v, () -> Explain.of(v, "reference"));
        }
    }
}
