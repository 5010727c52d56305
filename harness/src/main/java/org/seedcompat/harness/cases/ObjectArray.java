package org.seedcompat.harness.cases;

import java.util.List;

/**
 * {@code numpy.array(x)} of Python ints beyond int64 and uint64, which NumPy makes an object array:
 * kept as its nested items (C order, {@code shape}) for the few calls that read such arrays
 * ({@code integers}' bounds); anything else refuses it as an unsupported expression.
 */
public record ObjectArray(int[] shape, List<Object> items) {
}
