package org.seedcompat.harness.cli;

import java.util.concurrent.Callable;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.ValueJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sample", mixinStandardHelpOptions = true,
        header = "Run calls on the Java engine; one JSON line per call.",
        description = "Run the calls on the Java engine; print one JSON line per call.")
final class SampleCommand implements Callable<Integer> {

    @Mixin
    CaseArgs args;

    @Mixin
    CapabilityArgs capability;

    @Override
    public Integer call() {
        CaseResult r = new EngineSide(capability.engine()).run(args.toCase());
        try (Output out = new Output()) {
            ValueJson.caseLines(r).forEach(out::line);
        }
        return Main.OK;
    }
}
