/**
 * ATen's core: {@link org.seedcompat.engine.torch.core.CpuGenerator} (the MT19937 generator with
 * PyTorch's seeding and normal caches), {@link org.seedcompat.engine.torch.core.TorchState} (the 5056
 * bytes of {@code get_rng_state()}), {@link org.seedcompat.engine.torch.core.Capability} (which kernels
 * the CPU dispatches to), {@link org.seedcompat.engine.torch.core.CoreDistributions} (the per-value
 * draws of {@code DistributionsHelper.h}), {@code HalfFloats} and {@code TorchErrors}. The kernels
 * build on this package; it imports none of them.
 */
package org.seedcompat.engine.torch.core;
