/**
 * The seedcompat engine: NumPy's, PyTorch's and Python's random generators, bit for bit.
 *
 * <p>Exported are the front ends and the types they take and return. The kernels
 * ({@code numpy.distributions}, {@code numpy.legacy}, {@code torch.kernels}), the glibc ports
 * ({@code math.glibc}) and the shared Mersenne Twister core ({@code internal}) are not: they change
 * shape whenever a library does, and are reached through {@code Generator}, {@code RandomState},
 * {@code TorchRandom} and {@code Libm}.
 */
module org.seedcompat.engine {
    exports org.seedcompat.engine;
    exports org.seedcompat.engine.bridge;
    exports org.seedcompat.engine.math;
    exports org.seedcompat.engine.numpy;
    exports org.seedcompat.engine.numpy.bitgen;
    exports org.seedcompat.engine.python;
    exports org.seedcompat.engine.torch;
    exports org.seedcompat.engine.torch.core;
}
