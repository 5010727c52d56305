package org.seedcompat.harness.value;

import java.util.Objects;

/** What one call produced: a value, or the error it raised. Exactly one of the two is set. */
public record CallResult(String call, Value value, ErrorInfo error) {

    public CallResult {
        Objects.requireNonNull(call, "call");
        if ((value == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of value and error must be set");
        }
    }

    public static CallResult ok(String call, Value value) {
        return new CallResult(call, value, null);
    }

    public static CallResult failed(String call, ErrorInfo error) {
        return new CallResult(call, null, error);
    }

    public boolean isError() {
        return error != null;
    }
}
