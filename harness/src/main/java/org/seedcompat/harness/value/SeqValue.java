package org.seedcompat.harness.value;

import java.util.List;

/** A Python tuple ({@code tuple == true}) or list. */
public record SeqValue(boolean tuple, List<Value> items) implements Value {
    public SeqValue {
        items = List.copyOf(items);
    }
}
