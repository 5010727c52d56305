package org.seedcompat.engine.torch;

import java.util.Objects;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.engine.torch.core.CoreDistributions;
import org.seedcompat.engine.torch.core.CpuGenerator;
import org.seedcompat.engine.torch.core.TorchErrors;
import org.seedcompat.engine.torch.kernels.Bernoullis;
import org.seedcompat.engine.torch.kernels.Casts;
import org.seedcompat.engine.torch.kernels.ContinuousTransforms;
import org.seedcompat.engine.torch.kernels.Multinomials;
import org.seedcompat.engine.torch.kernels.Normals;
import org.seedcompat.engine.torch.kernels.Permutations;
import org.seedcompat.engine.torch.kernels.RandomIntegers;
import org.seedcompat.engine.torch.kernels.Uniforms;

/**
 * PyTorch's CPU random functions over one {@link CpuGenerator}, for one {@link Capability}: what
 * {@code torch.rand(..., generator=g)}, {@code torch.empty(n).uniform_(..., generator=g)} and the
 * like compute. Sizes are element counts of a contiguous tensor (PyTorch fills in memory order, so
 * a shape only regroups the values).
 *
 * <p>Every sampler returns a {@link TorchTensor} (dtype, shape, values): read it with
 * {@link TorchTensor#floats()}, {@link TorchTensor#doubles()}, {@link TorchTensor#longs()} — or
 * {@link TorchTensor#bits()}, the raw DType-convention form. The shortcuts {@link #randFloats},
 * {@link #randnDoubles}, ... return the Java arrays of the common cases directly. Errors are
 * PyTorch's, as {@link org.seedcompat.engine.PythonError} with its exception type and message.
 *
 * <pre>{@code
 * TorchRandom torch = Torch.manualSeed(42);
 * float[] u = torch.randFloats(5);                           // torch.rand(5)
 * long[] k = torch.randint(0, 10, 5, DType.INT64).longs();   // torch.randint(0, 10, (5,))
 * }</pre>
 */
public final class TorchRandom {

    private final CpuGenerator generator;
    private final Capability capability;
    private final Libm libm;

    /** Kernels of {@code capability}, with this process's glibc build ({@link Libm#system()}). */
    public TorchRandom(CpuGenerator generator, Capability capability) {
        this(generator, capability, Libm.system());
    }

    /**
     * Kernels of {@code capability} on a machine whose glibc runs the build {@code libm}
     * reproduces (PyTorch's float64 samplers and its DEFAULT float32 normal call libm).
     */
    public TorchRandom(CpuGenerator generator, Capability capability, Libm libm) {
        this.generator = Objects.requireNonNull(generator);
        this.capability = Objects.requireNonNull(capability);
        this.libm = Objects.requireNonNull(libm);
    }

    /** The math library the samplers imitate. */
    public Libm libm() {
        return libm;
    }

    public CpuGenerator generator() {
        return generator;
    }

    public Capability capability() {
        return capability;
    }

    /** {@code manual_seed(seed)} (uint64 bit pattern). */
    public TorchRandom manualSeed(long seed) {
        generator.manualSeed(seed);
        return this;
    }

    public long initialSeed() {
        return generator.initialSeed();
    }

    /** {@code get_rng_state()}. */
    public byte[] getRngState() {
        return generator.getState();
    }

    /** {@code set_rng_state(state)}. */
    public void setRngState(byte[] state) {
        generator.setState(state);
    }

    /** {@code rand(n, dtype=dtype)}. */
    public TorchTensor rand(int n, DType dtype) {
        return uniform(n, dtype, 0.0, 1.0);
    }

    /** {@code empty(n, dtype=dtype).uniform_(from, to)}. */
    public TorchTensor uniform(int n, DType dtype, double from, double to) {
        return TorchTensor.wrap(dtype, Uniforms.fill(generator, capability, dtype, n, from, to));
    }

    /** {@code randn(n, dtype=dtype)}. */
    public TorchTensor randn(int n, DType dtype) {
        return normal(n, dtype, 0.0, 1.0);
    }

    /**
     * {@code empty(n, dtype=dtype).normal_(mean, std)}, also {@code normal(mean, std, size)}: the
     * vectorised path from 16 elements on, the scalar one (with its cache) below.
     */
    public TorchTensor normal(int n, DType dtype, double mean, double std) {
        if (!(std >= 0.0)) {
            throw TorchErrors.check("normal expects std >= 0.0, but found std " + TorchErrors.cpp(std));
        }
        if (!dtype.isFloat()) {
            throw TorchErrors.notImplemented("normal_kernel_cpu", dtype);
        }
        return TorchTensor.wrap(dtype, Normals.fill(generator, libm, capability, dtype, n, mean, std));
    }

    /**
     * The scalar-path normal, one element at a time in the order given (what non-contiguous tensors
     * get whatever their size). Checks nothing: callers check {@code std} as {@link #normal} does.
     */
    public TorchTensor normalScalarPath(int n, DType dtype, double mean, double std) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Casts.fromDouble(CoreDistributions.normal(generator, libm, mean, std, capability.avx2Kernels()), dtype);
        }
        return TorchTensor.wrap(dtype, out);
    }

    /** {@code randint(low, high, (n,), dtype=dtype)} = {@code random_(low, high)}. */
    public TorchTensor randint(long low, long high, int n, DType dtype) {
        return TorchTensor.wrap(dtype, RandomIntegers.fromTo(generator, dtype, n, low, high));
    }

    /** {@code random_(from, to)}; {@code to == null} means {@code random_(from, None)}. */
    public TorchTensor random(int n, DType dtype, long from, Long to) {
        return TorchTensor.wrap(dtype, RandomIntegers.fromTo(generator, dtype, n, from, to));
    }

    /** {@code random_()}. */
    public TorchTensor random(int n, DType dtype) {
        return TorchTensor.wrap(dtype, RandomIntegers.random(generator, dtype, n));
    }

    /** {@code randperm(n, dtype=dtype)}. */
    public TorchTensor randperm(long n, DType dtype) {
        return TorchTensor.wrap(dtype, Permutations.randperm(generator, n, dtype));
    }

    /** {@code empty(n, dtype=dtype).bernoulli_(p)} with a float p. */
    public TorchTensor bernoulli(int n, DType dtype, double p) {
        return TorchTensor.wrap(dtype, Bernoullis.scalar(generator, dtype, n, p));
    }

    /** {@code bernoulli(p)} for a probability tensor: 0/1 of {@code p}'s dtype and shape. */
    public TorchTensor bernoulli(TorchTensor p) {
        return bernoulli(p, p.dtype());
    }

    /**
     * {@code empty_like(p, dtype=outType).bernoulli_(p)}: one draw per element of the probability
     * tensor, 0/1 of {@code outType} in {@code p}'s shape.
     */
    public TorchTensor bernoulli(TorchTensor p, DType outType) {
        return TorchTensor.wrap(outType, p.shape(), Bernoullis.tensor(generator, outType, p.sharedBits(), p.dtype()));
    }

    /**
     * {@code multinomial(p, nSample, replacement)} for a 1-d ({@code categories}) or 2-d
     * ({@code rows × categories}) probability tensor: int64 indices of shape {@code (nSample,)} or
     * {@code (rows, nSample)}.
     */
    public TorchTensor multinomial(TorchTensor p, long nSample, boolean replacement) {
        int dims = p.dim();
        if (dims < 1 || dims > 2) {
            throw TorchErrors.check("prob_dist must be 1 or 2 dim");
        }
        int[] shape = p.shape();
        int rows = dims == 2 ? shape[0] : 1;
        int categories = shape[dims - 1];
        long[] out = Multinomials.sample(generator, libm, p.sharedBits(), p.dtype(), rows, categories, dims == 2, nSample,
                replacement);
        int k = (int) nSample; // Multinomials has checked nSample
        return TorchTensor.wrap(DType.INT64, dims == 2 ? new int[] {rows, k} : new int[] {k}, out);
    }

    /** {@code exponential_(lambd)}. */
    public TorchTensor exponential(int n, DType dtype, double lambda) {
        return TorchTensor.wrap(dtype, ContinuousTransforms.exponential(generator, libm, dtype, n, lambda));
    }

    /** {@code geometric_(p)}. */
    public TorchTensor geometric(int n, DType dtype, double p) {
        return TorchTensor.wrap(dtype, ContinuousTransforms.geometric(generator, libm, dtype, n, p));
    }

    /** {@code cauchy_(median, sigma)}. */
    public TorchTensor cauchy(int n, DType dtype, double median, double sigma) {
        return TorchTensor.wrap(dtype, ContinuousTransforms.cauchy(generator, libm, capability, dtype, n, median, sigma));
    }

    /** {@code log_normal_(mean, std)}. */
    public TorchTensor logNormal(int n, DType dtype, double mean, double std) {
        return TorchTensor.wrap(dtype, ContinuousTransforms.logNormal(generator, libm, capability, dtype, n, mean, std));
    }

    /** {@code rand(n)} as floats. */
    public float[] randFloats(int n) {
        return rand(n, DType.FLOAT32).floats();
    }

    /** {@code rand(n, dtype=torch.float64)} as doubles. */
    public double[] randDoubles(int n) {
        return rand(n, DType.FLOAT64).doubles();
    }

    /** {@code randn(n)} as floats. */
    public float[] randnFloats(int n) {
        return randn(n, DType.FLOAT32).floats();
    }

    /** {@code randn(n, dtype=torch.float64)} as doubles. */
    public double[] randnDoubles(int n) {
        return randn(n, DType.FLOAT64).doubles();
    }
}
