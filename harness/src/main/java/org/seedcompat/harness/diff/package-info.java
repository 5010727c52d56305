/**
 * Comparing two sides' results, value by value, by IEEE-754 bit pattern: {@code Diff} produces
 * {@code Difference}s and a {@code Verdict} per call (exact, value mismatch, error mismatch,
 * unsupported, ...), {@code CaseVerdict}/{@code Summary} aggregate them, {@code Ulp} measures how far
 * apart two floats are (reported, never tolerated), and {@code Conformance} runs the loop over a
 * suite. Nothing here knows which side a value came from.
 *
 * <p>Notes for developers: a new verdict is added, an old one keeps its meaning (scripts read them).
 */
package org.seedcompat.harness.diff;
