package org.seedcompat.harness.diff;

/** How two results of the same call compare. */
public enum Verdict {
    /** Identical: same type, dtype, shape and bit patterns, or the same error type and message. */
    EXACT("exact"),
    /** Same structure; only float elements differ, by {@code maxUlp} units in the last place at most. */
    ULP("ulp"),
    /** Anything else: integers or structure differ, or only one side raised, or the errors differ. */
    DIVERGED("diverged");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    /** The word the CLI prints. */
    public String word() {
        return word;
    }
}
