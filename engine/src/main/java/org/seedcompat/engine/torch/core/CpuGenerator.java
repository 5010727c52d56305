package org.seedcompat.engine.torch.core;

import java.util.Arrays;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.internal.MersenneTwister;
import org.seedcompat.engine.math.Libm;

/**
 * PyTorch's CPU generator ({@code CPUGeneratorImpl} over its own {@code mt19937} engine), bit for
 * bit: the same MT19937 word stream as NumPy's {@code RandomState(seed & 0xffffffff)}, kept with
 * PyTorch's bookkeeping ({@code left}/{@code next} instead of NumPy's {@code pos}) and PyTorch's two
 * normal-sample caches, so that {@link #getState()} is byte-identical to {@code get_rng_state()}.
 *
 * <p>As a {@link BitGenerator}: {@code nextUint32} is {@code random()}, {@code nextUint64} is
 * {@code random64()} (first word high) and {@code nextDouble} is PyTorch's
 * {@code uniform_real_distribution<double>(0, 1)}: the <em>low</em> 53 bits of {@code random64()}
 * times 2^-53 (NumPy instead takes 27 + 26 high bits of two words).
 *
 * <p><b>As a {@link java.util.random.RandomGenerator}</b>, the methods with a PyTorch counterpart
 * follow PyTorch 2.13's CPU kernels on this generator (their glibc calls as this process's glibc
 * computes them, {@code Libm.system()}):
 * <ul>
 *   <li>{@link #nextGaussian()}: {@code torch.randn((), dtype=torch.float64, generator=g)}, the
 *       scalar normal path with its cached second sample (shared with {@link org.seedcompat.engine.torch.TorchRandom}'s small
 *       normals); {@link #nextGaussian(double, double)}: {@code torch.normal(mean, stddev, (),
 *       dtype=torch.float64)} of the DEFAULT build ({@code val * std + mean}; the AVX2 build fuses
 *       it, which only a {@link org.seedcompat.engine.torch.TorchRandom} of that capability reproduces);</li>
 *   <li>{@link #nextExponential()}: {@code empty((), dtype=torch.float64).exponential_(1)};</li>
 *   <li>{@link #nextInt(int)}, {@link #nextInt(int, int)}: {@code torch.randint(origin, bound, (),
 *       dtype=torch.int32)}; {@link #nextLong(long)}, {@link #nextLong(long, long)}: the same with
 *       int64 — PyTorch's plain modulo, <em>biased</em> for ranges that do not divide 2^32 (or 2^64
 *       from 2^28 on); Java's argument checks and IllegalArgumentException;</li>
 *   <li>{@link #nextFloat()}: {@code uniform_real_distribution<float>} (the <em>low</em> 24 bits of
 *       a word, where the JDK takes the high ones); {@code nextInt()}, {@code nextLong()},
 *       {@code nextDouble()}: {@code random()}, {@code random64()}, as above.</li>
 * </ul>
 * The other methods are the JDK's defaults, not PyTorch's: {@code nextBoolean()},
 * {@code nextBytes}, the bounded {@code nextFloat}/{@code nextDouble} (not {@code uniform_}) and
 * the streams.
 *
 * <p>Not thread-safe (PyTorch locks a mutex per kernel; a Java caller shares one generator only
 * under its own lock).
 */
public final class CpuGenerator implements BitGenerator {

    /** The seed of a {@code torch.Generator()} nobody seeded ({@code default_rng_seed_val}). */
    public static final long DEFAULT_SEED = 67280421310721L;

    private static final int N = MersenneTwister.N;

    private final int[] state = new int[N];
    private long seed;
    private int left;
    private int next;
    private double nextDoubleNormal;
    private boolean doubleNormalValid;
    private float nextFloatNormal;
    private boolean floatNormalValid;

    /** {@code torch.Generator()}: seeded with {@link #DEFAULT_SEED}. */
    public CpuGenerator() {
        manualSeed(DEFAULT_SEED);
    }

    /** {@code torch.Generator().manual_seed(seed)}; {@code seed} is read as uint64. */
    public static CpuGenerator seeded(long seed) {
        CpuGenerator g = new CpuGenerator();
        g.manualSeed(seed);
        return g;
    }

    /**
     * {@code manual_seed(seed)}: all 64 bits are kept for {@link #initialSeed()}, but only the low 32
     * reach the MT19937 key (so seeds 42 and 2^32 + 42 give the same stream). Clears both normal
     * caches, as {@code set_current_seed} does.
     */
    public void manualSeed(long seed) {
        this.seed = seed;
        MersenneTwister.initGenrand(state, (int) seed);
        left = 1;
        next = 0;
        doubleNormalValid = false;
        floatNormalValid = false;
        nextDoubleNormal = 0;
        nextFloatNormal = 0;
    }

    /** {@code initial_seed()}, as a uint64 bit pattern ({@link Long#toUnsignedString} to print it). */
    public long initialSeed() {
        return seed;
    }

    /** {@code random()}: one tempered MT19937 word. */
    public int random() {
        if (--left == 0) {
            MersenneTwister.twist(state);
            left = N;
            next = 0;
        }
        return MersenneTwister.temper(state[next++]);
    }

    /** {@code random64()}: two words, the first drawn in the high half. */
    public long random64() {
        long high = random() & 0xFFFFFFFFL;
        long low = random() & 0xFFFFFFFFL;
        return high << 32 | low;
    }

    @Override
    public int nextUint32() {
        return random();
    }

    @Override
    public long nextUint64() {
        return random64();
    }

    /** {@code uniform_real_distribution<double>(0, 1)}: low 53 bits of {@code random64()}, times 2^-53. */
    @Override
    public double nextDouble() {
        return (random64() & ((1L << 53) - 1)) * 0x1p-53;
    }

    /** {@code uniform_real_distribution<float>(0, 1)}: low 24 bits of {@code random()}, times 2^-24. */
    public float nextFloat() {
        return (random() & ((1 << 24) - 1)) * 0x1p-24f;
    }

    /**
     * {@code torch.randn((), dtype=torch.float64)}: the scalar path; with mean 0 and std 1 the
     * DEFAULT and AVX2 builds agree ({@code fma(v, 1, 0) == v * 1 + 0}).
     */
    @Override
    public double nextGaussian() {
        return CoreDistributions.normal(this, Libm.system(), 0.0, 1.0, false);
    }

    /**
     * {@code torch.normal(mean, stddev, (), dtype=torch.float64)} as the DEFAULT build computes it,
     * with Java's check of {@code stddev} (the JDK's default would draw the JDK's own ziggurat).
     */
    @Override
    public double nextGaussian(double mean, double stddev) {
        if (stddev < 0.0) {
            throw new IllegalArgumentException("standard deviation must be non-negative");
        }
        return CoreDistributions.normal(this, Libm.system(), mean, stddev, false);
    }

    /** {@code exponential_(1)} on a float64 element: {@code -1.0 * log1p(-u)}. */
    @Override
    public double nextExponential() {
        return -1.0 * Libm.system().log1p(-nextDouble());
    }

    /** {@code torch.randint(bound, (), dtype=torch.int32)}. */
    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) CoreDistributions.uniformIntFromTo(this, 0, bound);
    }

    /** {@code torch.randint(origin, bound, (), dtype=torch.int32)}. */
    @Override
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return (int) CoreDistributions.uniformIntFromTo(this, origin, (long) bound - origin);
    }

    /** {@code torch.randint(bound, (), dtype=torch.int64)}. */
    @Override
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return CoreDistributions.uniformIntFromTo(this, 0, bound);
    }

    /** {@code torch.randint(origin, bound, (), dtype=torch.int64)}; the range may pass 2^63 (unsigned). */
    @Override
    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        return CoreDistributions.uniformIntFromTo(this, origin, bound - origin);
    }

    /** The cached second Box–Muller value of the scalar normal path, if any. */
    boolean hasDoubleNormal() {
        return doubleNormalValid;
    }

    /** Returns and clears the cached double normal sample. */
    double takeDoubleNormal() {
        doubleNormalValid = false;
        return nextDoubleNormal;
    }

    void putDoubleNormal(double v) {
        nextDoubleNormal = v;
        doubleNormalValid = true;
    }

    /** {@code get_rng_state()}: the 5056 bytes of {@code CPUGeneratorImplState}. */
    public byte[] getState() {
        return snapshot().toBytes();
    }

    /** The state as its fields (what {@link #getState()} serialises). */
    public TorchState snapshot() {
        return new TorchState(seed, left, true, next, Arrays.copyOf(state, N),
                doubleNormalValid ? nextDoubleNormal : 0.0, doubleNormalValid,
                floatNormalValid ? nextFloatNormal : 0.0f, floatNormalValid);
    }

    /**
     * {@code set_rng_state(bytes)}: PyTorch's size and consistency checks, with its messages
     * (RuntimeError). Key words are read as their low 32 bits, as PyTorch truncates them.
     */
    public void setState(byte[] bytes) {
        restore(TorchState.fromBytes(bytes));
    }

    /** Restores a decoded state after PyTorch's validity check. */
    public void restore(TorchState s) {
        s.requireValid();
        System.arraycopy(s.key(), 0, state, 0, N);
        seed = s.seed();
        left = s.left();
        next = (int) s.next(); // PyTorch keeps the low 32 bits
        doubleNormalValid = s.doubleNormalValid();
        nextDoubleNormal = s.doubleNormalValid() ? s.doubleNormal() : 0.0;
        floatNormalValid = s.floatNormalValid();
        nextFloatNormal = s.floatNormalValid() ? s.floatNormal() : 0.0f;
    }
}
