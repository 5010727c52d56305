/**
 * The sides a case runs on: the engine ({@code EngineSide}, through the registry
 * {@code EngineTargets}), the live reference ({@code ReferenceSide}) and the committed golden
 * vectors ({@code GoldenSide}). The diff compares results without knowing which side made them; a
 * new side implements {@code Side}.
 */
package org.seedcompat.harness.side;
