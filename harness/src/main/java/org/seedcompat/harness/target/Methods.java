package org.seedcompat.harness.target;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.value.Value;

/** The checks every target makes on a call line before evaluating anything, and the order of its errors. */
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

    /**
     * Evaluates {@code call}; when it fails on its {@code size} argument ({@link Py.SizeError}), NumPy
     * would have checked the other arguments first, so the call is repeated with every size read as
     * None to raise their error if they have one, on a state saved before and restored after (the
     * repeat must not draw). Without such an error the size error stands.
     *
     * @param save    the generator's state now, or {@code null} when it cannot be saved (then the
     *                repeat is skipped: the size error stands)
     * @param restore puts a saved state back
     */
    public static <S> Value sizeErrorLast(Supplier<Value> call, Supplier<S> save, Consumer<S> restore) {
        try {
            return call.get();
        } catch (Py.SizeError e) {
            S saved = save.get();
            if (saved != null) {
                try {
                    Py.withSizesAsNone(call::get);
                } finally {
                    restore.accept(saved);
                }
            }
            throw e;
        }
    }
}
