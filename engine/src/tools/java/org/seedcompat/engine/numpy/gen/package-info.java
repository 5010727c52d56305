/**
 * The generators of NumPy's ziggurat tables ({@code numpy.distributions.ZigguratTables}) and of
 * its {@code logfactorial} table ({@code numpy.distributions.LogFactorialTable}) from their
 * definitions; {@code ZigguratTablesTest} and {@code LogFactorialTableTest} fail when a committed
 * source differs from its generator's output.
 * A build tool: compiled with the tests, not in the jar.
 */
package org.seedcompat.engine.numpy.gen;
