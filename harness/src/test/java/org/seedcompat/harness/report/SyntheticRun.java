package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.Diff;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.side.GoldenSide;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.Compaction;
import org.seedcompat.harness.vectors.GoldenCase;
import org.seedcompat.harness.vectors.GoldenSuite;

/**
 * Synthetic report input for the report machinery's tests: the engine's own results stand in for
 * the reference, and a perturbing side (bits flipped on purpose) stands in for the engine, so every
 * kind of divergence can be fabricated. Nothing here is a golden value.
 */
final class SyntheticRun {

    /** A case and how the fake engine distorts each of its calls' results (null: unchanged). */
    record Spec(Case testCase, List<UnaryOperator<CallResult>> distortions) {
    }

    private final List<SuiteOutcome> outcomes = new ArrayList<>();

    /** A fingerprint as the reference records it (FMA glibc, PyTorch on avx2). */
    static ObjectNode fingerprint() {
        ObjectNode f = JsonNodeFactory.instance.objectNode();
        f.put("numpy", "2.4.6");
        f.put("torch", "2.13.0+cpu");
        f.put("python", "3.11.7");
        f.put("glibc", "glibc 2.36");
        f.put("machine", "x86_64");
        f.put("cpu_model", "synthetic <CPU> & co");
        f.put("torch_cpu_capability", "AVX2");
        ObjectNode flags = f.putObject("cpu_flags");
        flags.put("avx2", true);
        flags.put("fma", true);
        flags.put("avx512f", false);
        ObjectNode env = f.putObject("env");
        env.putNull("GLIBC_TUNABLES");
        env.put("ATEN_CPU_CAPABILITY", "avx2");
        return f;
    }

    SyntheticRun suite(String name, Spec... specs) {
        return suite(name, fingerprint(), specs);
    }

    /** A suite recorded under fingerprint {@code fp}. */
    SyntheticRun suite(String name, ObjectNode fp, Spec... specs) {
        EngineSide engine = new EngineSide(EngineOptions.of(fp));
        List<GoldenCase> cases = new ArrayList<>();
        List<CaseVerdict> verdicts = new ArrayList<>();
        Map<String, SuiteOutcome.ResultPair> pairs = new LinkedHashMap<>();
        for (Spec s : specs) {
            // Distorted before compaction, so long arrays are digested after the change, as the engine's are.
            CaseResult truth = engine.run(s.testCase());
            GoldenCase g = GoldenSide.toGolden(s.testCase(), truth);
            CaseResult expected = GoldenSide.toResult(g);
            List<CallResult> distorted = new ArrayList<>();
            for (int i = 0; i < truth.calls().size(); i++) {
                UnaryOperator<CallResult> d = i < s.distortions().size() ? s.distortions().get(i) : null;
                distorted.add(d == null ? truth.calls().get(i) : d.apply(truth.calls().get(i)));
            }
            CaseResult actual = Compaction.compact(
                    truth.setupError() != null ? truth : new CaseResult(truth.setup(), null, distorted));
            CaseVerdict v = new CaseVerdict(s.testCase(), Diff.compare(expected, actual));
            cases.add(g);
            verdicts.add(v);
            if (!v.exact()) {
                pairs.put(g.id(), new SuiteOutcome.ResultPair(expected, actual));
            }
        }
        outcomes.add(new SuiteOutcome(new GoldenSuite(name, fp, cases), verdicts, pairs));
        return this;
    }

    List<SuiteOutcome> outcomes() {
        return outcomes;
    }

    ObjectNode report(KnownDivergences known) {
        ObjectNode source = JsonNodeFactory.instance.objectNode();
        source.put("mode", "golden");
        source.put("vectors", "synthetic");
        return ReportModel.build(outcomes, known, source, Instant.parse("2026-01-02T03:04:05Z"));
    }

    static Spec spec(String id, String setup, List<String> calls, List<UnaryOperator<CallResult>> distortions) {
        return new Spec(new Case(id, setup, calls), distortions);
    }

    /** Adds {@code ulps} to the bit pattern of float64 element {@code index} (an ULP step for positive values). */
    static UnaryOperator<CallResult> bump(int index, long ulps) {
        return r -> {
            ArrayValue a = (ArrayValue) r.value();
            long[] data = a.data().clone();
            data[index] += ulps;
            return CallResult.ok(r.call(), new ArrayValue(a.dtype(), a.shape(), data));
        };
    }

    /** The call raises {@code type: message} instead (an error, a refusal or a fault, by its type). */
    static UnaryOperator<CallResult> raise(String type, String message) {
        return r -> CallResult.failed(r.call(), new org.seedcompat.harness.value.ErrorInfo(type, message));
    }

    /** Puts {@code value} in place of float64 element {@code index} (a different stream, not a last-bit change). */
    static UnaryOperator<CallResult> replace(int index, double value) {
        return r -> {
            ArrayValue a = (ArrayValue) r.value();
            long[] data = a.data().clone();
            data[index] = Double.doubleToRawLongBits(value);
            return CallResult.ok(r.call(), new ArrayValue(a.dtype(), a.shape(), data));
        };
    }

    /**
     * One case per verdict that is not a plain float difference: far-apart floats, an error only the
     * engine raises, a refusal, a hang with the call after it not run, and an after-desync symptom.
     */
    static SyntheticRun faults() {
        return new SyntheticRun()
                .suite("numpy-legacy",
                        spec("far[3]", "numpy.random.RandomState(3)", List.of("random_sample(4)"), List.of(replace(2, 0.999))),
                        spec("raises[4]", "numpy.random.RandomState(4)", List.of("rand(2)"),
                                List.of(raise("ValueError", "synthetic: only the engine raises"))),
                        spec("refused[5]", "numpy.random.RandomState(5)", List.of("rand(2)"),
                                List.of(raise("UnsupportedCall", "synthetic: the engine refuses it"))),
                        spec("hang[6]", "numpy.random.RandomState(6)", List.of("rand(2)", "rand(3)"),
                                List.of(raise(org.seedcompat.harness.value.ErrorInfo.HANG, "synthetic: no answer within 5 s"),
                                        raise(org.seedcompat.harness.value.ErrorInfo.NOT_RUN, "synthetic: after the hang"))),
                        spec("desync[8]", "numpy.random.RandomState(8)", List.of("rand(3)", "rand(3)"),
                                List.of(bump(0, 1), bump(1, 1))));
    }

    /** The standard synthetic run: one case of each outcome over three targets. */
    static SyntheticRun standard() {
        return new SyntheticRun()
                .suite("numpy-legacy",
                        spec("floats[42]", "numpy.random.RandomState(42)", List.of("rand(200)", "permutation(10)"),
                                Arrays.asList(r -> bump(60, 3).apply(bump(50, 1).apply(r)), null)),
                        spec("ints[7]", "numpy.random.RandomState(7)", List.of("randint(0, 10, size=20)", "randn(-1)"),
                                Arrays.asList(bump(3, 1), null)),
                        spec("clean[1]", "numpy.random.RandomState(1)", List.of("rand(3)"), List.of()),
                        spec("global[1]", "numpy.random.seed(1)", List.of("bytes(3)"), List.of()))
                .suite("torch-cpu-avx2",
                        spec("rand[1]", "torch.manual_seed(1)", List.of("rand(5)", "randn(3, dtype=torch.float64)"),
                                List.of()));
    }
}
