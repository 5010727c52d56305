package org.seedcompat.harness.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.diff.CallComparison;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.ComparisonJson;
import org.seedcompat.harness.diff.Conformance;
import org.seedcompat.harness.diff.Summary;
import org.seedcompat.harness.side.CheckedVectors;
import org.seedcompat.harness.vectors.GoldenSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Check the Java engine against the committed golden vectors.",
        description = {"Check the Java engine against the committed golden vectors (no Python needed).",
    "Prints each non-exact call as a JSON line, then a summary line; exits 1 if any call is not",
    "bit-exact, 4 if some call could not be checked, 3 if the vectors lack a suite or case of the",
    "catalog (or hold nothing to check)."})
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--vectors", paramLabel = "DIR", description = "Vector directory (default: vectors).")
    Path vectors;

    @Override
    public Integer call() {
        Path dir = vectors != null ? vectors : Project.vectors();
        CheckedVectors checked = CheckedVectors.load(dir, dir.resolve("catalog"), java.util.Set.of());
        checked.warnings().forEach(w -> System.err.println("seedcompat: warning: " + w));
        List<GoldenSuite> suites = checked.suites();
        List<CaseVerdict> verdicts = Conformance.engineAgainstGolden(suites);
        Summary summary = Summary.of(verdicts);
        try (Output out = new Output()) {
            for (CaseVerdict v : verdicts) {
                for (CallComparison c : v.calls()) {
                    if (!c.isExact()) {
                        ObjectNode line = ComparisonJson.line(c, "golden", "engine");
                        line.put("case", v.testCase().id());
                        out.line(line);
                    }
                }
            }
            boolean ok = summary.ok();
            out.text("verify: " + summary.line() + (ok ? "" : "  -- FAILED"));
            if (summary.nothingChecked()) {
                System.err.println("seedcompat: verify checked nothing (" + summary.calls() + " calls compared): the vectors in "
                        + dir + " hold no checkable case; run `./seedcompat generate` or `git checkout vectors/`");
                return Main.BROKEN;
            }
            return summary.differences() > 0 ? Main.DIVERGED : ok ? Main.OK : Main.UNCHECKED;
        }
    }
}
