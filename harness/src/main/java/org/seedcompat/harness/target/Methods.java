package org.seedcompat.harness.target;

import java.util.Set;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.CallLine;

/** The checks every target makes on a call line before evaluating anything. */
public final class Methods {

    private Methods() {
    }

    /**
     * The path must name one of the target's methods, called; the reference words the refusals the
     * same way.
     */
    public static String methodName(CallLine line, Set<String> methods, String targetName) {
        String path = line.dotted();
        if (line.path().size() != 1 || !methods.contains(path)) {
            throw new PythonError("UnsupportedCall", "'" + path + "' is not a supported call for " + targetName);
        }
        if (!line.called()) {
            throw new PythonError("UnsupportedCall", "'" + path + "' is a method: call it as " + path + "(...)");
        }
        return path;
    }
}
