package org.seedcompat.harness.value;

import java.util.Objects;

/**
 * What one call produced: a value, or the error it raised (exactly one of the two is set), and
 * optionally a digest of the generator's state after the call ({@code null} when the side did not
 * say), which lets the diff tell a call that split the two streams from the calls that merely
 * follow it.
 */
public record CallResult(String call, Value value, ErrorInfo error, String state) {

    public CallResult {
        Objects.requireNonNull(call, "call");
        if ((value == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of value and error must be set");
        }
    }

    public CallResult(String call, Value value, ErrorInfo error) {
        this(call, value, error, null);
    }

    public static CallResult ok(String call, Value value) {
        return new CallResult(call, value, null, null);
    }

    public static CallResult failed(String call, ErrorInfo error) {
        return new CallResult(call, null, error, null);
    }

    /** The same result with the state digest after the call. */
    public CallResult withState(String stateDigest) {
        return new CallResult(call, value, error, stateDigest);
    }

    public boolean isError() {
        return error != null;
    }
}
