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

    private UnsupportedExpressionException(String message) {
        super("UnsupportedExpression", message);
    }

    /** A call line that is neither a call nor an attribute path. */
    static final class Shape extends UnsupportedExpressionException {
        private static final long serialVersionUID = 1L;

        Shape(String got, int column) {
            super("expected a call such as rand(3) or an attribute such as bit_generator.state, got " + got
                    + " at column " + column);
        }
    }
}
