/**
 * The generator of NumPy's ziggurat tables ({@code numpy.distributions.ZigguratTables}) from their
 * definition; {@code ZigguratTablesTest} fails when the committed source differs from its output.
 * A build tool: compiled with the tests, not in the jar.
 */
package org.seedcompat.engine.numpy.gen;
