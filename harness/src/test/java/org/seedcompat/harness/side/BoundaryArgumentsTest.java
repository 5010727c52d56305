package org.seedcompat.harness.side;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.CaseResult;

/** No boundary integer in any argument position makes a Java exception reach the user. */
class BoundaryArgumentsTest {

    @Test
    void noJavaExceptionLeaksFromAnyCall() {
        List<String> leaks = new ArrayList<>();
        EngineSide engine = new EngineSide();
        int calls = 0;
        for (Case c : BoundaryArgumentsSweep.cases()) {
            CaseResult r;
            try {
                r = engine.run(c);
            } catch (RuntimeException | Error e) { // e.g. a call that tried to allocate what it should refuse
                leaks.add(c.setup() + ": escaped " + e);
                continue;
            }
            if (r.setupError() != null && r.setupError().type().equals("JavaException")) {
                leaks.add(c.setup() + ": " + r.setupError().message());
            }
            for (CallResult call : r.calls()) {
                calls++;
                if (call.isError() && call.error().type().equals("JavaException")) {
                    leaks.add(c.setup() + " " + call.call() + ": " + call.error().message());
                }
            }
        }
        assertTrue(calls > 1000, "the sweep ran " + calls + " calls");
        assertTrue(leaks.isEmpty(), leaks.size() + " Java exceptions:\n" + String.join("\n", leaks));
    }
}
