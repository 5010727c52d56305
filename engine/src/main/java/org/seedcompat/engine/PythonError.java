package org.seedcompat.engine;

/**
 * An error the emulated Python library would raise, carrying its Python exception type
 * ({@code "ValueError"}, {@code "TypeError"}, ...) and the library's exact message, so that
 * callers can compare error behaviour as well as values.
 */
public class PythonError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public PythonError(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    public static PythonError valueError(String message) {
        return new PythonError("ValueError", message);
    }

    public static PythonError typeError(String message) {
        return new PythonError("TypeError", message);
    }

    public static PythonError overflowError(String message) {
        return new PythonError("OverflowError", message);
    }

    /** The Python exception class name, e.g. {@code ValueError}. */
    public String pythonType() {
        return pythonType;
    }

    @Override
    public String toString() {
        return pythonType + ": " + getMessage();
    }
}
