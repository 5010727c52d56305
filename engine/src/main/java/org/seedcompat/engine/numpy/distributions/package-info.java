/**
 * Generator's kernels, NumPy's {@code distributions.c}: one class per distribution, named the plural of
 * what it draws ({@code Gammas}, {@code Binomials}, {@code Laplaces}), prefixed by the algorithm where
 * a distribution has several ({@code ZigguratNormals}, {@code LemireIntegers}, {@code MaskedIntegers}).
 * Kernels take a {@code BitGenerator} and a {@code Libm} and check nothing: the front ends validate
 * parameters first, as NumPy does. Not exported.
 *
 * <p>Notes for developers: keep NumPy's draw order and its C arithmetic (evaluation order, float vs
 * double, the integer conversions in {@code CInts}); every transcendental call goes through
 * {@code Libm}.
 */
package org.seedcompat.engine.numpy.distributions;
