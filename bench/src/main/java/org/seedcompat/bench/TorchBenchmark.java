package org.seedcompat.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.Torch;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.TorchTensor;
import org.seedcompat.engine.torch.core.Capability;

/**
 * PyTorch CPU calls on the engine (avx2 kernels), one million values per operation, matching the
 * torch calls timed by bench/numpy_bench.py (names prefixed {@code torch}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TorchBenchmark {

    @Param("1000000")
    public int n;

    private TorchRandom torch;

    @Setup
    public void setUp() {
        torch = Torch.manualSeed(42, Capability.AVX2);
    }

    @Benchmark
    public TorchTensor torchRand() {
        return torch.rand(n, DType.FLOAT32);
    }

    @Benchmark
    public TorchTensor torchRandn() {
        return torch.randn(n, DType.FLOAT32);
    }

    @Benchmark
    public TorchTensor torchRandnDouble() {
        return torch.randn(n, DType.FLOAT64);
    }

    @Benchmark
    public TorchTensor torchRandint() {
        return torch.randint(0, 1000, n, DType.INT64);
    }

    @Benchmark
    public TorchTensor torchRandperm() {
        return torch.randperm(n, DType.INT64);
    }
}
