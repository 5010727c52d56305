package org.seedcompat.harness.side;

import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.value.CaseResult;

/**
 * Something that can run a case and say what each call produced: the Java engine, the live Python
 * reference, or the committed golden vectors. Sides are interchangeable; the diff compares any two.
 */
public interface Side extends AutoCloseable {

    /** Short name for reports: {@code engine}, {@code reference}, {@code golden}. */
    String name();

    CaseResult run(Case c);

    @Override
    default void close() {
    }
}
