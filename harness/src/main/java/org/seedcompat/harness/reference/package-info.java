/**
 * The Python reference over a {@code ProcessBuilder} bridge: {@code ReferenceProcess} speaks the
 * framed protocol ({@code Frames}: length-prefixed JSON) to {@code python -m seedcompat_ref}, with
 * timeouts and the stderr tail on failure, over any {@code ReferenceConnection}: the local
 * interpreter or an environment's Docker image ({@code ReferenceLaunch}, {@code docker run -i
 * --network none}; {@code Environments} reads {@code python-reference/environments.json}).
 * {@code PythonEnvironment} finds the local interpreter ({@code SEEDCOMPAT_PYTHON}, or the project's
 * venv, created on first use by {@code python-reference/setup.sh}); {@code ReferenceException}
 * carries the cause and the fix. A new transport (a socket into a container) implements
 * {@code ReferenceConnection} and is started with {@code ReferenceProcess.over}.
 */
package org.seedcompat.harness.reference;
