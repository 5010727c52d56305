/**
 * Cores that several libraries share and none exposes: the MT19937 key, twist and tempering that
 * NumPy's legacy generator, NumPy's {@code MT19937}, PyTorch's CPU generator and Python's
 * {@code random} all run. Not exported.
 */
package org.seedcompat.engine.internal;
