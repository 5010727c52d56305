/**
 * ATen's CPU kernels, one class per operation, named the plural of what it draws: {@code Uniforms}
 * ({@code uniform_}), {@code Normals} ({@code normal_}: the scalar path and the vectorised
 * {@code normal_fill}, with {@code Avx2NormalFill16} for the AVX2 build), {@code RandomIntegers}
 * ({@code random_}), {@code Bernoullis}, {@code Multinomials}, {@code Permutations} ({@code randperm})
 * and {@code ContinuousTransforms} (exponential, geometric, Cauchy, log-normal: one uniform or normal
 * per value). {@code Casts} is the C++ conversion of a drawn double or int64 to each dtype. Not
 * exported.
 */
package org.seedcompat.engine.torch.kernels;
