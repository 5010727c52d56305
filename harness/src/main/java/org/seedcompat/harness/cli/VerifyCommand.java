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
import org.seedcompat.harness.diff.Verdict;
import org.seedcompat.harness.report.KnownDivergence;
import org.seedcompat.harness.report.KnownDivergences;
import org.seedcompat.harness.side.CheckedVectors;
import org.seedcompat.harness.vectors.GoldenSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Check the Java engine against the committed golden vectors.",
        description = {"Check the Java engine against the committed golden vectors (no Python needed).",
    "Prints each non-exact call as a JSON line, then a summary line; exits 1 if any call is not",
    "bit-exact and not listed in the known-divergence list (a listed one is printed with its reason",
    "as \"expected\" and counted apart; an entry that matches no non-exact call any more is stale and",
    "fails the run), 4 if some call could not be checked, 3 if the vectors lack a suite or case of",
    "the catalog (or hold nothing to check)."})
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--vectors", paramLabel = "DIR", description = "Vector directory (default: vectors).")
    Path vectors;

    @Option(names = "--known", paramLabel = "FILE",
            description = "Known-divergence list (default: <vectors>/known-divergences.json; a missing file is an empty list).")
    Path known;

    @Override
    public Integer call() {
        Path dir = vectors != null ? vectors : Project.vectors();
        CheckedVectors checked = CheckedVectors.load(dir, dir.resolve("catalog"), java.util.Set.of());
        checked.warnings().forEach(w -> System.err.println("seedcompat: warning: " + w));
        List<GoldenSuite> suites = checked.suites();
        KnownDivergences knownList = KnownDivergences.load(known != null ? known : dir.resolve("known-divergences.json"));
        List<CaseVerdict> verdicts = new java.util.ArrayList<>();
        java.util.Set<KnownDivergence> used = new java.util.HashSet<>();
        int expected = 0;
        int unexpected = 0;
        try (Output out = new Output()) {
            for (GoldenSuite s : suites) {
                for (CaseVerdict v : Conformance.engineAgainstGolden(List.of(s))) {
                    verdicts.add(v);
                    for (CallComparison c : v.calls()) {
                        if (c.isExact()) {
                            continue;
                        }
                        ObjectNode line = ComparisonJson.line(c, "golden", "engine");
                        line.put("case", v.testCase().id());
                        line.put("suite", s.name());
                        // only a value difference can be expected: never a hang, crash or refusal
                        KnownDivergence k = c.verdict() == Verdict.ULP || c.verdict() == Verdict.DIVERGED
                                ? knownList.match(s.name(), v.testCase().id(), c.call()) : null;
                        if (k != null) {
                            used.add(k);
                            expected++;
                            line.put("expected", k.reason());
                        } else if (c.verdict().isDifference()) {
                            unexpected++;
                        }
                        out.line(line);
                    }
                }
            }
            Summary summary = Summary.of(verdicts);
            List<KnownDivergence> stale = knownList.entries().stream().filter(k -> !used.contains(k)).toList();
            for (KnownDivergence k : stale) {
                System.err.println("seedcompat: stale known-divergence entry " + k.describe()
                        + ": it matches no non-exact call; remove it from " + knownList.source());
            }
            boolean failed = unexpected > 0 || !stale.isEmpty();
            boolean ok = summary.calls() > 0 && summary.exact() + expected == summary.calls();
            out.text("verify: " + summary.line() + (expected > 0 ? " (" + expected + " of them expected: "
                    + knownList.source() + ")" : "") + (stale.isEmpty() ? "" : ", " + stale.size()
                    + " stale known-divergence entries") + (failed || !ok ? "  -- FAILED" : ""));
            if (summary.nothingChecked()) {
                System.err.println("seedcompat: verify checked nothing (" + summary.calls() + " calls compared): the vectors in "
                        + dir + " hold no checkable case; run `./seedcompat generate` or `git checkout vectors/`");
                return Main.BROKEN;
            }
            return failed ? Main.DIVERGED : ok ? Main.OK : Main.UNCHECKED;
        }
    }
}
