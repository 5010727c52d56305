package org.seedcompat.harness.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.Conformance;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.side.GoldenSide;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.Compaction;
import org.seedcompat.harness.vectors.GoldenCase;
import org.seedcompat.harness.vectors.GoldenSuite;

/**
 * The engine compared with one suite of reference results (golden or live): a verdict per case,
 * in the suite's order, and both sides' results for the cases that were not exact (for plots).
 *
 * @param suite    the reference results and the fingerprint of the run that made them
 * @param verdicts one per case of the suite, same order
 * @param nonExact both sides' results, by case id, for every case whose verdict is not exact
 */
public record SuiteOutcome(GoldenSuite suite, List<CaseVerdict> verdicts, Map<String, ResultPair> nonExact) {

    /** Both sides' results of one case: the reference's (expected) and the engine's. */
    public record ResultPair(CaseResult expected, CaseResult engine) {
    }

    public SuiteOutcome {
        verdicts = List.copyOf(verdicts);
        nonExact = Map.copyOf(nonExact);
        if (verdicts.size() != suite.cases().size()) {
            throw new IllegalArgumentException(suite.name() + ": " + verdicts.size() + " verdicts for "
                    + suite.cases().size() + " cases");
        }
    }

    /**
     * The engine against one suite, through {@link Conformance} (so the report judges exactly as
     * verify does). The few non-exact cases are run once more to keep their values: verdicts alone
     * hold only the first divergence.
     */
    public static SuiteOutcome engineAgainst(GoldenSuite suite) {
        List<CaseVerdict> verdicts = Conformance.engineAgainstGolden(List.of(suite));
        Map<String, ResultPair> pairs = new LinkedHashMap<>();
        EngineSide engine = null;
        for (int i = 0; i < verdicts.size(); i++) {
            if (!verdicts.get(i).exact()) {
                engine = engine != null ? engine : new EngineSide(EngineOptions.of(suite.fingerprint()));
                GoldenCase g = suite.cases().get(i);
                pairs.put(g.id(), new ResultPair(GoldenSide.toResult(g),
                        Compaction.compact(engine.run(GoldenSide.toCase(g)))));
            }
        }
        return new SuiteOutcome(suite, verdicts, pairs);
    }
}
