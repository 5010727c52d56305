package org.seedcompat.harness.diff;

import java.util.ArrayList;
import java.util.List;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.side.GoldenSide;
import org.seedcompat.harness.side.Side;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.Compaction;
import org.seedcompat.harness.vectors.GoldenCase;
import org.seedcompat.harness.vectors.GoldenSuite;

/** Runs cases on two sides and compares them: the conformance loop behind verify and the tests. */
public final class Conformance {

    private Conformance() {
    }

    /** One case on two live sides, every element compared. */
    public static CaseVerdict compare(Case c, Side expected, Side actual) {
        return new CaseVerdict(c, Diff.compare(expected.run(c), actual.run(c), expected.name(), actual.name()));
    }

    /** The engine against one stored golden case. */
    public static CaseVerdict engineAgainstGolden(GoldenCase g, EngineSide engine) {
        Case c = GoldenSide.toCase(g);
        CaseResult actual = Compaction.compact(engine.run(c));
        return new CaseVerdict(c, Diff.compare(GoldenSide.toResult(g), actual, "golden", "engine"));
    }

    /**
     * The engine against stored suites, imitating the libm variant and the PyTorch capability each
     * suite was generated under.
     */
    public static List<CaseVerdict> engineAgainstGolden(List<GoldenSuite> suites) {
        List<CaseVerdict> out = new ArrayList<>();
        for (GoldenSuite s : suites) {
            EngineSide engine = new EngineSide(EngineOptions.of(s.fingerprint()));
            for (GoldenCase g : s.cases()) {
                out.add(engineAgainstGolden(g, engine));
            }
        }
        return out;
    }
}
