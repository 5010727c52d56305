/**
 * The Python reference over a {@code ProcessBuilder} bridge: {@code ReferenceProcess} speaks the
 * framed protocol ({@code Frames}: length-prefixed JSON) to {@code python -m seedcompat_ref}, with
 * timeouts and the stderr tail on failure; {@code PythonEnvironment} finds the interpreter
 * ({@code SEEDCOMPAT_PYTHON}, or the project's venv, created on first use by
 * {@code python-reference/setup.sh}); {@code ReferenceException} carries the cause and the fix.
 */
package org.seedcompat.harness.reference;
