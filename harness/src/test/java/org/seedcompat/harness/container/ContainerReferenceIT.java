package org.seedcompat.harness.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.Diff;
import org.seedcompat.harness.reference.Environments;
import org.seedcompat.harness.reference.Environments.Environment;
import org.seedcompat.harness.reference.ReferenceProcess;
import org.seedcompat.harness.side.GoldenSide;
import org.seedcompat.harness.side.StateProbe;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.Compaction;
import org.seedcompat.harness.vectors.GoldenSuite;
import org.seedcompat.harness.vectors.VectorStore;
import org.testcontainers.DockerClientFactory;

/**
 * The pinned environment's Docker image, driven by Testcontainers (network none, never pulled):
 * it reproduces every committed golden vector (the image is the venv's environment, so the same
 * answers through another transport), a hang in an older image is a Hang result and the next case
 * gets a fresh container, and a missing image fails at once with the fix. Without Docker the tests
 * are skipped, unless {@code SEEDCOMPAT_REQUIRE_REFERENCE=1} (CI), which makes that a failure.
 */
class ContainerReferenceIT {

    private static final Environments ENVIRONMENTS = Environments.load(Project.home());
    private static final Map<Map<String, String>, ReferenceProcess> BY_VARIABLES = new HashMap<>();

    @BeforeAll
    static void docker() {
        boolean up;
        try {
            up = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            up = false;
        }
        if (!up) {
            String why = "no Docker engine (run scripts/ensure-docker.sh, or set DOCKER_HOST)";
            if ("1".equals(System.getenv("SEEDCOMPAT_REQUIRE_REFERENCE"))) {
                fail("SEEDCOMPAT_REQUIRE_REFERENCE=1 but the container tests cannot run: " + why);
            }
            Assumptions.abort(why);
        }
    }

    @AfterAll
    static void stop() {
        BY_VARIABLES.values().forEach(ReferenceProcess::close);
        BY_VARIABLES.clear();
    }

    private static ReferenceProcess pinned(Map<String, String> variables) {
        return BY_VARIABLES.computeIfAbsent(variables, v -> start(ENVIRONMENTS.pinned(), v, Duration.ofSeconds(120)));
    }

    private static ReferenceProcess start(Environment env, Map<String, String> variables, Duration timeout) {
        try {
            return ReferenceProcess.over(ContainerConnection.start(env, Project.home(), variables), timeout);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static CaseResult run(ReferenceProcess p, Case c) {
        return Compaction.compact(p.run(c, StateProbe.forSetup(c.setup())));
    }

    @TestFactory
    Stream<DynamicNode> thePinnedImageReproducesTheCommittedVectors() {
        List<GoldenSuite> suites = new VectorStore(Project.vectors()).readAll();
        return suites.stream().map(s -> {
            GoldenSide golden = new GoldenSide(List.of(s));
            Map<String, String> variables = new HashMap<>();
            s.fingerprint().path("env").fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    variables.put(e.getKey(), e.getValue().asText());
                }
            });
            return dynamicContainer(s.name(), s.cases().stream().map(g -> dynamicTest(g.id(), () -> {
                Case c = GoldenSide.toCase(g);
                CaseVerdict v = new CaseVerdict(c, Diff.compare(golden.run(c), run(pinned(variables), c)));
                assertTrue(v.exact(), () -> "the pinned image does not reproduce " + s.name() + "/" + g.id() + ": " + v);
            })));
        });
    }

    @Test
    void theImageIsThePinnedEnvironment() {
        ReferenceProcess p = pinned(Map.of());
        Environment env = ENVIRONMENTS.pinned();
        assertEquals(env.numpy(), p.hello().path("numpy").asText());
        assertEquals(env.torch(), p.fingerprint().path("torch").asText());
        // Round trips through the socket: a tiny call, many times.
        Case tiny = Case.adHoc("numpy.random.default_rng(1)", List.of("random()"));
        long[] ns = new long[200];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            p.run(tiny);
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("ContainerReferenceIT: one-call case round trip over the socket, median %.3f ms%n", ns[100] / 1e6);
    }

    @Test
    void aHangInAnOlderImageIsAResultAndTheNextCaseRunsInAFreshContainer() {
        Environment old = ENVIRONMENTS.all().stream().filter(e -> e.numpy().equals("1.24.4")).findFirst().orElseThrow();
        List<ReferenceProcess> started = new ArrayList<>();
        try {
            ReferenceProcess p = start(old, Map.of(), Duration.ofSeconds(5));
            started.add(p);
            long t0 = System.nanoTime();
            CaseResult r = p.run(Case.adHoc("numpy.random.default_rng(5)", List.of("beta(1e-110, 1e-110)", "random()")));
            System.out.printf("ContainerReferenceIT: the hang answered after %.1f s%n", (System.nanoTime() - t0) / 1e9);
            assertEquals("Hang", r.calls().get(0).error().type());
            assertEquals("NotRun", r.calls().get(1).error().type());
            assertTrue(p.isBroken());
            System.out.printf("ContainerReferenceIT: killed after %.1f s%n", (System.nanoTime() - t0) / 1e9);
            ReferenceProcess next = start(old, Map.of(), Duration.ofSeconds(30));
            started.add(next);
            System.out.printf("ContainerReferenceIT: restarted after %.1f s%n", (System.nanoTime() - t0) / 1e9);
            CaseResult ok = next.run(Case.adHoc("numpy.random.default_rng(5)", List.of("geometric(1e-20)")));
            // 1.24.4 had no clamp: INT64_MIN, where 2.4.6 gives INT64_MAX (the version change the matrix reports).
            assertEquals("1.24.4", next.hello().path("numpy").asText());
            assertTrue(ok.calls().get(0).error() == null, () -> ok.toString());
        } finally {
            started.forEach(ReferenceProcess::close);
        }
    }

    @Test
    void aMissingImageFailsAtOnceWithTheFix() {
        Environment missing = new Environment("no-such-environment", "0", null, "3.11", false, "");
        long t = System.nanoTime();
        RuntimeException e = assertThrows(RuntimeException.class, () -> start(missing, Map.of(), Duration.ofSeconds(10)));
        long seconds = (System.nanoTime() - t) / 1_000_000_000L;
        assertTrue(seconds < 30, "a missing image took " + seconds + " s to fail (a pull attempt?)");
        assertTrue(String.valueOf(e.getMessage()).contains("no-such-environment"), e::toString);
    }
}
