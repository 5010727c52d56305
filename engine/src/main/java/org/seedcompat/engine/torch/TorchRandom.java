package org.seedcompat.engine.torch;

import java.util.Objects;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.DType;

/**
 * PyTorch's CPU random functions over one {@link CpuGenerator}, for one {@link Capability}: what
 * {@code torch.rand(..., generator=g)}, {@code torch.empty(n).uniform_(..., generator=g)} and the
 * like compute. Sizes are element counts of a contiguous tensor (PyTorch fills in memory order, so
 * a shape only regroups the values).
 *
 * <p>Results come in the engine's DType convention ({@code long[]}: integers sign- or
 * zero-extended, floats as IEEE bit patterns, float16/bfloat16 in the low 16 bits); the typed
 * methods ({@link #randFloats}, {@link #randnDoubles}, ...) return Java arrays directly.
 *
 * <pre>{@code
 * TorchRandom torch = Torch.manualSeed(42);
 * float[] u = torch.randFloats(5);      // torch.rand(5)
 * long[] k = torch.randint(0, 10, 5, DType.INT64);
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
    public long[] rand(int n, DType dtype) {
        return uniform(n, dtype, 0.0, 1.0);
    }

    /** {@code empty(n, dtype=dtype).uniform_(from, to)}. */
    public long[] uniform(int n, DType dtype, double from, double to) {
        return TorchUniform.fill(generator, capability, dtype, n, from, to);
    }

    /** {@code randn(n, dtype=dtype)}. */
    public long[] randn(int n, DType dtype) {
        return normal(n, dtype, 0.0, 1.0);
    }

    /**
     * {@code empty(n, dtype=dtype).normal_(mean, std)}, also {@code normal(mean, std, size)}: the
     * vectorised path from 16 elements on, the scalar one (with its cache) below.
     */
    public long[] normal(int n, DType dtype, double mean, double std) {
        if (!(std >= 0.0)) {
            throw TorchErrors.check("normal expects std >= 0.0, but found std " + TorchErrors.cpp(std));
        }
        if (!dtype.isFloat()) {
            throw TorchErrors.notImplemented("normal_kernel_cpu", dtype);
        }
        return TorchNormal.fill(generator, libm, capability, dtype, n, mean, std);
    }

    /**
     * The scalar-path normal, one element at a time in the order given (what non-contiguous tensors
     * get whatever their size).
     */
    public long[] normalScalarPath(int n, DType dtype, double mean, double std) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = TorchCasts.fromDouble(TorchNormal.scalar(generator, libm, mean, std, capability.avx2Kernels()), dtype);
        }
        return out;
    }

    /** {@code randint(low, high, (n,), dtype=dtype)} = {@code random_(low, high)}. */
    public long[] randint(long low, long high, int n, DType dtype) {
        return TorchIntegers.fromTo(generator, dtype, n, low, high);
    }

    /** {@code random_(from, to)}; {@code to == null} means {@code random_(from, None)}. */
    public long[] random(int n, DType dtype, long from, Long to) {
        return TorchIntegers.fromTo(generator, dtype, n, from, to);
    }

    /** {@code random_()}. */
    public long[] random(int n, DType dtype) {
        return TorchIntegers.random(generator, dtype, n);
    }

    /** {@code randperm(n, dtype=dtype)}. */
    public long[] randperm(long n, DType dtype) {
        return TorchRandperm.randperm(generator, n, dtype);
    }

    /** {@code empty(n, dtype=dtype).bernoulli_(p)} with a float p. */
    public long[] bernoulli(int n, DType dtype, double p) {
        return TorchBernoulli.scalar(generator, dtype, n, p);
    }

    /** {@code bernoulli(p)} for a probability tensor (bits of {@code pType}); the result has {@code outType}. */
    public long[] bernoulli(long[] p, DType pType, DType outType) {
        return TorchBernoulli.tensor(generator, outType, p, pType);
    }

    /**
     * {@code multinomial(p, nSample, replacement)} for a {@code rows × categories} probability tensor
     * (bits of {@code pType}, C order; {@code twoDim} false for a 1-d input).
     */
    public long[] multinomial(long[] p, DType pType, int rows, int categories, boolean twoDim, long nSample,
            boolean replacement) {
        return TorchMultinomial.sample(generator, libm, p, pType, rows, categories, twoDim, nSample, replacement);
    }

    /** {@code exponential_(lambd)}. */
    public long[] exponential(int n, DType dtype, double lambda) {
        return TorchContinuous.exponential(generator, libm, dtype, n, lambda);
    }

    /** {@code geometric_(p)}. */
    public long[] geometric(int n, DType dtype, double p) {
        return TorchContinuous.geometric(generator, libm, dtype, n, p);
    }

    /** {@code cauchy_(median, sigma)}. */
    public long[] cauchy(int n, DType dtype, double median, double sigma) {
        return TorchContinuous.cauchy(generator, libm, capability, dtype, n, median, sigma);
    }

    /** {@code log_normal_(mean, std)}. */
    public long[] logNormal(int n, DType dtype, double mean, double std) {
        return TorchContinuous.logNormal(generator, libm, capability, dtype, n, mean, std);
    }

    /** {@code rand(n)} as floats. */
    public float[] randFloats(int n) {
        return floats(rand(n, DType.FLOAT32));
    }

    /** {@code rand(n, dtype=torch.float64)} as doubles. */
    public double[] randDoubles(int n) {
        return doubles(rand(n, DType.FLOAT64));
    }

    /** {@code randn(n)} as floats. */
    public float[] randnFloats(int n) {
        return floats(randn(n, DType.FLOAT32));
    }

    /** {@code randn(n, dtype=torch.float64)} as doubles. */
    public double[] randnDoubles(int n) {
        return doubles(randn(n, DType.FLOAT64));
    }

    private static float[] floats(long[] bits) {
        float[] out = new float[bits.length];
        for (int i = 0; i < bits.length; i++) {
            out[i] = Float.intBitsToFloat((int) bits[i]);
        }
        return out;
    }

    private static double[] doubles(long[] bits) {
        double[] out = new double[bits.length];
        for (int i = 0; i < bits.length; i++) {
            out[i] = Double.longBitsToDouble(bits[i]);
        }
        return out;
    }
}
