/**
 * NumPy's bit generators and seeding ({@code bit_generator.pyx}, {@code _mt19937.pyx},
 * {@code _pcg64.pyx}, {@code _philox.pyx}, {@code _sfc64.pyx}): {@code SeedSequence}, {@code Mt19937},
 * {@code Pcg64}, {@code Pcg64Dxsm}, {@code Philox}, {@code Sfc64}, their states, jumps and spawns;
 * {@code BitGenerators} names them; {@code PythonSeeds} turns Python seed values into typed ones with
 * NumPy's errors.
 *
 * <p>Notes for developers, adding a bit generator: one class implementing {@code NumpyBitGenerator}
 * (extend {@code LongBitGenerator} when the natural output is 64 bits), its state record in
 * {@code BitGeneratorState}, one entry in {@code BitGenerators}, a reference sequence in
 * {@code engine/src/test/resources/.../reference} (regenerated, never typed), and its setups in the
 * harness's catalog. Nothing here imports the front ends.
 */
package org.seedcompat.engine.numpy.bitgen;
