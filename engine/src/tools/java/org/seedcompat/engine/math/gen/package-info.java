/**
 * The generators of the glibc ports' tables ({@code math.glibc.*Data}): each recomputes its table from
 * glibc's definition (exact or high-precision arithmetic, {@code HighPrecision},
 * {@code ExactArithmetic}) and prints the Java source; {@code main} rewrites the committed file, and
 * the {@code *DataTest}s fail when the two differ. Build tools: compiled with the tests, not in the jar.
 */
package org.seedcompat.engine.math.gen;
