/**
 * NumPy's random API on the engine: {@code RandomStateTarget} (RandomState and the module functions,
 * one table), {@code GeneratorTarget} (Generator, the bit generators, SeedSequence, attribute paths
 * through {@code Members}), {@code GeneratorCalls.TABLE} (Generator's methods) and
 * {@code DistributionCalls} (the samplers with array-valued parameters, both APIs). A binding
 * applies NumPy's Python-level coercions, calls the engine, and shapes the result as NumPy returns
 * it; a new distribution is a row in {@code GeneratorCalls.TABLE} and one in
 * {@code RandomStateTarget.TABLE}.
 */
package org.seedcompat.harness.target.numpy;
