/**
 * PyTorch's CPU random functions: {@link org.seedcompat.engine.torch.Torch} (entry points),
 * {@link org.seedcompat.engine.torch.TorchRandom} ({@code torch.rand}, {@code randn}, {@code randint},
 * {@code randperm}, {@code normal}, {@code bernoulli}, {@code multinomial}, the in-place
 * {@code uniform_} family) over one generator and one CPU capability, returning
 * {@link org.seedcompat.engine.torch.TorchTensor}s.
 *
 * <p>Notes for developers, adding a function: its kernel in {@code torch.kernels}, one method on
 * {@code TorchRandom} with PyTorch's argument checks, one row in the harness's {@code TorchTarget}
 * table, and catalog cases under both capabilities.
 */
package org.seedcompat.engine.torch;
