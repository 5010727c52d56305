package org.seedcompat.harness.value;

/**
 * A raised Python exception: its class name and message. A few type names are the harness's own
 * and never Python's: the {@code Unsupported*} refusals (outside the case language or the engine),
 * {@code JavaException} (an engine bug), and the faults of a side that could not answer at all
 * ({@link #HANG}, {@link #CRASH}, {@link #NOT_RUN}).
 */
public record ErrorInfo(String type, String message) {

    /** The side gave no answer to this call within its deadline. */
    public static final String HANG = "Hang";
    /** The side died while running this call. */
    public static final String CRASH = "Crash";
    /** The call was not run because an earlier call of the case hung or crashed. */
    public static final String NOT_RUN = "NotRun";

    /** A refusal of the call itself ({@code UnsupportedCall}, {@code UnsupportedArgument}, ...): nothing was checked. */
    public boolean isUnsupported() {
        return type.startsWith("Unsupported");
    }

    /** A side that could not answer: hang, crash, or not run after one. */
    public boolean isFault() {
        return type.equals(HANG) || type.equals(CRASH) || type.equals(NOT_RUN);
    }
}
