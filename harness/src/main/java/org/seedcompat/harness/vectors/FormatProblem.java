package org.seedcompat.harness.vectors;

/**
 * A content problem found while decoding JSON (manifest or case entry). It carries only the
 * "what is wrong" part; the caller knows the file and entry and turns it into a
 * {@link VectorStoreException}. Checked so that no caller can forget to add that context.
 */
final class FormatProblem extends Exception {

    private static final long serialVersionUID = 1L;

    FormatProblem(String problem) {
        super(problem);
    }

    FormatProblem(String problem, Throwable cause) {
        super(problem, cause);
    }
}
