package org.seedcompat.engine.numpy.bitgen;

/**
 * The state of a NumPy bit generator, as an immutable value: one record per generator
 * ({@link Mt19937.State}, {@link Pcg64.State}, {@link Pcg64Dxsm.State}, {@link Philox.State},
 * {@link Sfc64.State}), with components named and laid out as NumPy's {@code .state} dict.
 */
public interface BitGeneratorState {

    /** The dict's {@code 'bit_generator'} entry: {@code "PCG64"}, {@code "MT19937"}, ... */
    String bitGenerator();
}
