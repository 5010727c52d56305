package org.seedcompat.harness.report;

import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.diff.CallComparison;

/** The matrix column of a call: the function or attribute it ends in ({@code uniform_} for {@code empty(5).uniform_(2, 3)}). */
public final class Method {

    /** The column of a setup that raised (on either side) before any call ran. */
    public static final String SETUP = "(setup)";

    private Method() {
    }

    public static String of(CallComparison c) {
        if ("setup-error".equals(c.kind())) {
            return SETUP;
        }
        try {
            return CallLine.parse(c.call()).dotted();
        } catch (RuntimeException e) {
            return "(unparsed)";
        }
    }
}
