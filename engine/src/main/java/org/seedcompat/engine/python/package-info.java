/**
 * CPython's {@code random} module: {@link org.seedcompat.engine.python.PythonRandom}, MT19937 with
 * Python's seeding of an int ({@code init_by_array} over its 32-bit words; str, bytes and version 1
 * seeds are not in the engine yet) and its
 * methods on top of {@code random()} and {@code getrandbits}.
 */
package org.seedcompat.engine.python;
