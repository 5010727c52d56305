package org.seedcompat.harness.cases;

import org.seedcompat.engine.PythonError;

/**
 * A construct outside the case language's whitelist (a name or function it does not know).
 * Reported as error type {@code UnsupportedExpression}, the same on both sides.
 */
public class UnsupportedExpressionException extends PythonError {
    private static final long serialVersionUID = 1L;

    public UnsupportedExpressionException(String problem, int column) {
        super("UnsupportedExpression", problem + " is not supported at column " + column);
    }
}
