package org.seedcompat.harness.diff;

/**
 * How two results of the same call compare. Only {@link #EXACT} means "checked and identical"; every
 * other verdict is a finding, and none of them is ever counted as exact.
 */
public enum Verdict {
    /** Identical: same type, dtype, shape and bit patterns, or the same library error type and message. */
    EXACT("exact"),
    /** Same structure; only float elements differ, by a few units in the last place. */
    ULP("ulp"),
    /** Anything else: integers or structure differ, floats far apart, only one side raised, or the errors differ. */
    DIVERGED("diverged"),
    /**
     * Differs, but after an earlier call of the same case left the two generators in different
     * states: a symptom of that call (named in the comparison), not a cause of its own.
     */
    AFTER_DESYNC("after-desync"),
    /**
     * Not checked: a side refused the call as outside the case language or the engine
     * ({@code Unsupported*}: an unknown method, argument form or size).
     */
    UNSUPPORTED("unsupported"),
    /** A side did not answer this call within its deadline (the reference was restarted). */
    HANG("hang"),
    /** A side died during this call (the reference was restarted). */
    CRASH("crash"),
    /** Not run: an earlier call of the same case hung or crashed, so this one has nothing to compare. */
    NOT_RUN("not-run");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    /** The word the CLI prints. */
    public String word() {
        return word;
    }

    /** A difference between two answers (rather than a call that could not be compared). */
    public boolean isDifference() {
        return this == ULP || this == DIVERGED || this == AFTER_DESYNC || this == HANG || this == CRASH;
    }
}
