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
import org.seedcompat.engine.numpy.RandomState;

/**
 * The legacy RandomState calls, one million values per operation, matching the NumPy calls timed by
 * bench/numpy_bench.py (bench/run.sh runs both and prints ns per value and the ratios).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LegacyBenchmark {

    @Param("1000000")
    public int n;

    private RandomState rs;
    private int[] size;

    @Setup
    public void setUp() {
        rs = new RandomState(42);
        size = new int[] {n};
    }

    @Benchmark
    public double[] randomSample() {
        return rs.randomSample(size);
    }

    @Benchmark
    public long[] randintInt64Small() {
        return rs.randint(java.math.BigInteger.ZERO, java.math.BigInteger.valueOf(1000), size, DType.INT64);
    }

    @Benchmark
    public long[] randintUint8() {
        return rs.randint(java.math.BigInteger.ZERO, java.math.BigInteger.valueOf(200), size, DType.UINT8);
    }

    @Benchmark
    public double[] randn() {
        return rs.standardNormal(size);
    }

    @Benchmark
    public long[] permutation() {
        return rs.permutation(n);
    }

    @Benchmark
    public byte[] bytes() {
        return rs.bytes(8 * n);
    }
}
