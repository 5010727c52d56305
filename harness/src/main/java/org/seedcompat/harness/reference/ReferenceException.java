package org.seedcompat.harness.reference;

/**
 * The Python reference could not answer. The message always names the cause and the fix, and
 * includes the tail of the reference's stderr when there is one. A broken reference is never
 * reported as a mismatch.
 */
public class ReferenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the reference failed. */
    public enum Cause {
        PYTHON_MISSING("Python interpreter not found"),
        MODULE_MISSING("a Python module is missing"),
        PROVISIONING_FAILED("could not create the reference's Python environment"),
        ENVIRONMENT_MISSING("the reference environment's container cannot start"),
        CRASHED("the reference process exited unexpectedly"),
        TIMEOUT("the reference did not answer in time"),
        MALFORMED("the reference wrote malformed output"),
        INTERNAL("the reference failed internally");

        private final String summary;

        Cause(String summary) {
            this.summary = summary;
        }

        public String summary() {
            return summary;
        }
    }

    private final Cause cause;

    public ReferenceException(Cause cause, String detail, String fix, String stderrTail) {
        super(format(cause, detail, fix, stderrTail));
        this.cause = cause;
    }

    private static String format(Cause cause, String detail, String fix, String stderrTail) {
        StringBuilder sb = new StringBuilder("Python reference: ").append(cause.summary()).append(": ").append(detail);
        if (fix != null) {
            sb.append("\n  fix: ").append(fix);
        }
        if (stderrTail != null && !stderrTail.isBlank()) {
            sb.append("\n  reference stderr (last lines):\n");
            for (String line : stderrTail.strip().split("\n")) {
                sb.append("    | ").append(line).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }

    public Cause reason() {
        return cause;
    }

    /** True when the reference cannot run on this machine at all (as opposed to breaking mid-run). */
    public boolean isUnavailable() {
        return cause == Cause.PYTHON_MISSING || cause == Cause.MODULE_MISSING || cause == Cause.PROVISIONING_FAILED
                || cause == Cause.ENVIRONMENT_MISSING;
    }
}
