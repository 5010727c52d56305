package org.seedcompat.engine.numpy;

/**
 * One step of NumPy's untyped shuffle path (a Python list or dict): exchange the items at
 * {@code i} and {@code j}. It may throw (a dict without key {@code j} raises KeyError), and the
 * draws made before it stay made, as in NumPy.
 */
@FunctionalInterface
public interface IndexSwap {
    void swap(int i, int j);
}
