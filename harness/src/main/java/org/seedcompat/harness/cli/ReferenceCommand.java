package org.seedcompat.harness.cli;

import java.util.concurrent.Callable;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.ValueJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reference", mixinStandardHelpOptions = true,
        header = "Run calls through the real Python libraries; one JSON line per call.",
        description = "Run the calls through the real Python libraries; same output schema as sample.")
final class ReferenceCommand implements Callable<Integer> {

    @Mixin
    CaseArgs args;

    @Mixin
    CapabilityArgs capability;

    @Mixin
    ReferenceArgs reference;

    @Override
    public Integer call() {
        CaseResult r = reference.run(args.toCase(), capability);
        try (Output out = new Output()) {
            ValueJson.caseLines(r).forEach(out::line);
        }
        return Main.OK;
    }
}
