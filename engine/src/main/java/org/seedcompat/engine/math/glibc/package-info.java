/**
 * The glibc 2.36 x86-64 ports behind {@code Libm}: one class per function family
 * ({@code LogGlibc}, {@code PowGlibc}, ...), each with its FMA and generic builds, and their tables
 * ({@code *Data}), which are generated from their definitions by the generators in
 * {@code src/tools/java} and checked against them by the {@code *DataTest}s. Not exported.
 *
 * <p>Notes for developers: port the algorithm from glibc's source and machine code (the FMA build
 * contracts differently from the C expression; the class comment says where), never paste code or
 * comments; regenerate a table with its generator's {@code main} rather than editing it.
 */
package org.seedcompat.engine.math.glibc;
