/**
 * {@link org.seedcompat.engine.math.Libm}: the transcendental functions of one glibc build, bit for
 * bit. Every sampler takes a {@code Libm} rather than calling {@code java.lang.Math}, whose results
 * differ from glibc's in the last bit; {@code Libm.system()} picks the build glibc would pick on this
 * CPU, {@code Libm.of(variant)} a given one.
 *
 * <p>Notes for developers: a new function is a port in {@code math.glibc} (with its table generator
 * in {@code src/tools/java} if it has tables), one method here, one row in the harness's
 * {@code LibmTarget} table, and inputs in {@code LibmConformanceIT}.
 */
package org.seedcompat.engine.math;
