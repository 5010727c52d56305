package org.seedcompat.harness.cases;

import java.util.List;

/**
 * A case: a setup expression (what a Python user writes to get a generator) and the calls made on
 * it, in order, all in the case language.
 *
 * @param id    stable name, used for test names and vector entries
 * @param setup e.g. {@code numpy.random.RandomState(42)}
 * @param calls e.g. {@code rand(5)}, {@code randint(0, 10, size=5, dtype='int16')}
 */
public record Case(String id, String setup, List<String> calls) {

    public Case {
        calls = List.copyOf(calls);
    }

    /** An ad-hoc case, named after its setup (used by the CLI). */
    public static Case adHoc(String setup, List<String> calls) {
        return new Case(setup, setup, calls);
    }

    /**
     * Checks the syntax of the setup and every call, failing on the first error (with its column).
     * Lines that parse but are not calls are left to the sides, which answer them as errors.
     */
    public void checkSyntax() {
        Parser.parse(setup);
        for (String call : calls) {
            Parser.parse(call);
        }
    }
}
