package org.seedcompat.harness.value;

import java.util.Arrays;

/** A Python bytes object. */
public record BytesValue(byte[] bytes) implements Value {
    public BytesValue {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BytesValue b && Arrays.equals(b.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BytesValue[" + bytes.length + "]";
    }
}
