/**
 * The vocabulary every layer shares: {@link org.seedcompat.engine.BitGenerator} (what a source of
 * 32- and 64-bit words and doubles is, as NumPy's {@code bitgen_t}), {@link org.seedcompat.engine.DType},
 * {@link org.seedcompat.engine.MathVariant} (which of glibc's two x86-64 builds to imitate),
 * {@link org.seedcompat.engine.PythonError} (what the libraries raise: Python type and message) and
 * {@link org.seedcompat.engine.PythonFloats} (Python's float repr, for messages).
 *
 * <p>Notes for developers: the engine's packages follow NumPy's layers. Bit generators
 * ({@code numpy.bitgen}), distribution kernels ({@code numpy.distributions}), RandomState's frozen
 * kernels ({@code numpy.legacy}) and the front ends ({@code numpy}); PyTorch's core
 * ({@code torch.core}), CPU kernels ({@code torch.kernels}) and functions ({@code torch}); the
 * {@code Libm} API ({@code math}) over the glibc ports ({@code math.glibc}). Only the API packages
 * are exported ({@code module-info.java}); a layer imports the layers below it, never above
 * ({@code pkg_cycles.py} checks). Nothing here may depend on anything outside the JDK.
 */
package org.seedcompat.engine;
