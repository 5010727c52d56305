package org.seedcompat.harness.cli;

import java.util.ArrayList;
import java.util.List;
import org.seedcompat.harness.cases.Case;
import picocli.CommandLine.Parameters;

/** The SETUP CALL... arguments shared by sample, reference and check. */
final class CaseArgs {

    @Parameters(index = "0", paramLabel = "SETUP",
            description = "Setup expression, e.g. 'numpy.random.RandomState(42)' or 'numpy.random.seed(42)'.")
    String setup;

    @Parameters(index = "1..*", paramLabel = "CALL", arity = "0..*",
            description = "Calls on the object the setup made, e.g. 'rand(3)' 'randint(0, 10, size=5)'.")
    List<String> calls = new ArrayList<>();

    /** The case, syntax-checked (a syntax error names its column). */
    Case toCase() {
        Case c = Case.adHoc(setup, calls);
        c.checkSyntax();
        return c;
    }
}
