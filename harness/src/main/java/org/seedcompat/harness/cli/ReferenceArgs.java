package org.seedcompat.harness.cli;

import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.side.ReferenceSide;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.reference.ReferenceOptions;
import picocli.CommandLine.Option;

/** Options for commands that run the Python reference. */
final class ReferenceArgs {

    @Option(names = "--python", paramLabel = "PATH",
            description = "Python interpreter with the pinned libraries (default: $SEEDCOMPAT_PYTHON, else "
                    + "python-reference/.venv, created on first use).")
    String python;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Longest wait for one answer from the reference (default: $SEEDCOMPAT_REFERENCE_TIMEOUT or 120).")
    String timeoutSeconds;

    @Option(names = "--env", paramLabel = "NAME",
            description = "Run the reference in this environment's Docker image (python-reference/environments.json; "
                    + "built by scripts/build-reference-images.sh) instead of the local interpreter.")
    String environment;

    /** Runs one case through a fresh reference process, which is reaped afterwards. */
    CaseResult run(Case c, CapabilityArgs capability) {
        try (ReferenceSide side = new ReferenceSide(capability.apply(options()))) {
            return side.run(c);
        }
    }

    ReferenceOptions options() {
        ReferenceOptions o = ReferenceOptions.defaults();
        if (python != null) {
            o = o.withPython(python);
        }
        if (environment != null) {
            o = o.inEnvironment(environment.trim());
        }
        if (timeoutSeconds != null) {
            o = o.withTimeout(ReferenceOptions.seconds(timeoutSeconds.trim(), "--timeout " + timeoutSeconds));
        }
        return o;
    }
}
