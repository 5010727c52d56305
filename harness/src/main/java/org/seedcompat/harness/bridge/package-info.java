/**
 * State values for the engine's {@code StateBridge}: a state rendered as the libraries render it
 * ({@code get_state()}, {@code bit_generator.state}, {@code torch.get_rng_state()},
 * {@code random.getstate()}) to and from the engine's typed states, for the {@code bridge} command and
 * the cross-library section.
 */
package org.seedcompat.harness.bridge;
