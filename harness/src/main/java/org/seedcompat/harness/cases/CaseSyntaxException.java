package org.seedcompat.harness.cases;

/** A case expression that does not parse; the message names the column. */
public class CaseSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int column;

    public CaseSyntaxException(String source, int column, String problem) {
        super(problem + " at column " + column + " in: " + source);
        this.source = source;
        this.column = column;
    }

    public String source() {
        return source;
    }

    /** 1-based column of the problem. */
    public int column() {
        return column;
    }
}
