/**
 * RandomState's frozen kernels, NumPy's {@code legacy-distributions.c}: {@code LegacyGauss} (the
 * polar Box–Muller with its one-value cache, part of RandomState's state), {@code LegacyGammas},
 * {@code LegacyBetas}, named as the kernels are with the {@code Legacy} prefix. They may use
 * {@code numpy.distributions} where NumPy's legacy code calls the current kernels. Not exported.
 */
package org.seedcompat.engine.numpy.legacy;
