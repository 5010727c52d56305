package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import org.seedcompat.engine.PythonError;

/** Asserts that code raises the Python exception NumPy raises, with NumPy's message. */
public final class PythonErrorAssert {
    private PythonErrorAssert() {
    }

    public static PythonError assertRaises(String pythonType, String message, Executable code) {
        PythonError error = assertThrows(PythonError.class, code);
        assertEquals(pythonType, error.pythonType(), () -> "type of: " + error);
        assertEquals(message, error.getMessage());
        return error;
    }

    public static PythonError assertValueError(String message, Executable code) {
        return assertRaises("ValueError", message, code);
    }
}
