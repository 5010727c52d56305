/**
 * The conformance harness: cases are data ({@code cases}), the engine and the reference are
 * interchangeable sides ({@code side}: {@code EngineSide}, {@code ReferenceSide}, {@code GoldenSide}), the
 * diff knows nothing about where values came from ({@code diff}), and reports ({@code report}) and the
 * CLI ({@code cli}) sit on top. {@link org.seedcompat.harness.Project} finds the project's folders.
 *
 * <p>Notes for developers: a method is declared once, in its target's method table
 * ({@code target.*}); the reference's {@code describe} answer is tested against those tables
 * ({@code MethodTablesIT}). Lower packages never import higher ones ({@code pkg_cycles.py}).
 */
package org.seedcompat.harness;
