package org.seedcompat.harness.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.diff.CallComparison;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.ComparisonJson;
import org.seedcompat.harness.diff.Diff;
import org.seedcompat.harness.diff.Summary;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.value.CaseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Run calls on the engine and the live reference and give a verdict per call.",
        description = {"Run the calls on both the engine and the reference and print a verdict per call:",
    "exact, or where they part (first index, both values and bit patterns, ULP distance, count).",
    "Exits 1 on any difference, even in the last bit of one value; 4 when some call could not",
    "be checked (a side refused it as unsupported) unless --allow-unsupported."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    CaseArgs args;

    @Mixin
    CapabilityArgs capability;

    @Mixin
    ReferenceArgs reference;

    @Option(names = "--allow-unsupported",
            description = "Exit 0 rather than 4 when a call is unsupported on a side (it is still printed as such).")
    boolean allowUnsupported;

    @Override
    public Integer call() {
        Case c = args.toCase();
        CaseResult expected = reference.run(c, capability);
        CaseResult actual = new EngineSide(capability.engine()).run(c);
        List<CallComparison> cmps = Diff.compare(expected, actual);
        try (Output out = new Output()) {
            for (CallComparison cmp : cmps) {
                out.line(ComparisonJson.line(cmp, "reference", "engine"));
            }
        }
        Summary s = Summary.of(List.of(new CaseVerdict(c, cmps)));
        System.err.println("check: " + s.line());
        if (s.differences() > 0) {
            return Main.DIVERGED;
        }
        return s.unchecked() > 0 && !allowUnsupported ? Main.UNCHECKED : Main.OK;
    }
}
