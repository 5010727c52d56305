/**
 * CPython's {@code random.Random} on the engine ({@code PythonRandomTarget.TABLE}); a new method is
 * a row there and the name in {@code python-reference/seedcompat_ref/targets/python_random.py}.
 */
package org.seedcompat.harness.target.python;
