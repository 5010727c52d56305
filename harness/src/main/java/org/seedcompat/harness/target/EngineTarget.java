package org.seedcompat.harness.target;

import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.value.Value;

/**
 * The object a setup expression made, on the engine side, answering call expressions the way the
 * Python object would. Throws {@link org.seedcompat.engine.PythonError} where Python raises.
 */
public interface EngineTarget {

    Value call(CallLine line);

    /** Whether call lines may be chains such as {@code empty(5).uniform_()} (torch targets). */
    default boolean acceptsChains() {
        return false;
    }
}
