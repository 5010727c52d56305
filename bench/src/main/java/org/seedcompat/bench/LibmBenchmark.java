package org.seedcompat.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.seedcompat.engine.math.Libm;

/**
 * The exact glibc ports next to {@link Math}, over 10^6 sampler-style inputs per operation: the
 * cost of exactness (issue 5 asks the samplers to stay within 1.5x of their speed with Math.*).
 * Run with {@code bench/run.sh LibmBenchmark}; the ratios are exact/Math pairs of this class.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LibmBenchmark {

    private static final int N = 1_000_000;
    private final Libm libm = Libm.system();
    private final double[] unit = new double[N];
    private final double[] angle = new double[N];
    private final double[] halfTurn = new double[N];
    private final double[] expo = new double[N];
    private final float[] unitF = new float[N];

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < N; i++) {
            unit[i] = (r.nextLong() >>> 11) * 0x1p-53;
            angle[i] = 2 * Math.PI * unit[i];
            halfTurn[i] = Math.PI * (unit[i] - 0.5);
            expo[i] = -40 + 80 * unit[i];
            unitF[i] = (float) unit[i];
        }
    }

    @Benchmark
    public double logExact() {
        double s = 0;
        for (double x : unit) {
            s += libm.log(1 - x);
        }
        return s;
    }

    @Benchmark
    public double logMath() {
        double s = 0;
        for (double x : unit) {
            s += Math.log(1 - x);
        }
        return s;
    }

    @Benchmark
    public double sinExact() {
        double s = 0;
        for (double x : angle) {
            s += libm.sin(x);
        }
        return s;
    }

    /** {@code tan} on cauchy_'s arguments, {@code pi (u - 0.5)}. */
    @Benchmark
    public double tanExact() {
        double s = 0;
        for (double x : halfTurn) {
            s += libm.tan(x);
        }
        return s;
    }

    @Benchmark
    public double tanMath() {
        double s = 0;
        for (double x : halfTurn) {
            s += Math.tan(x);
        }
        return s;
    }

    @Benchmark
    public double sinMath() {
        double s = 0;
        for (double x : angle) {
            s += Math.sin(x);
        }
        return s;
    }

    @Benchmark
    public double expExact() {
        double s = 0;
        for (double x : expo) {
            s += libm.exp(x);
        }
        return s;
    }

    @Benchmark
    public double expMath() {
        double s = 0;
        for (double x : expo) {
            s += Math.exp(x);
        }
        return s;
    }

    @Benchmark
    public double log1pExact() {
        double s = 0;
        for (double x : unit) {
            s += libm.log1p(-x);
        }
        return s;
    }

    @Benchmark
    public double log1pMath() {
        double s = 0;
        for (double x : unit) {
            s += Math.log1p(-x);
        }
        return s;
    }

    @Benchmark
    public float logfExact() {
        float s = 0;
        for (float x : unitF) {
            s += libm.logf(1 - x);
        }
        return s;
    }

    @Benchmark
    public float logfMath() {
        float s = 0;
        for (float x : unitF) {
            s += (float) Math.log(1 - x);
        }
        return s;
    }

    /** The gamma samplers' {@code pow(U, 1/shape)}, shape in (0, 10]. */
    @Benchmark
    public double powExact() {
        double s = 0;
        for (int i = 0; i < N; i++) {
            s += libm.pow(unit[i], 1 / (10 * (1 - unit[N - 1 - i])));
        }
        return s;
    }

    @Benchmark
    public double powMath() {
        double s = 0;
        for (int i = 0; i < N; i++) {
            s += Math.pow(unit[i], 1 / (10 * (1 - unit[N - 1 - i])));
        }
        return s;
    }

    @Benchmark
    public float powfExact() {
        float s = 0;
        for (int i = 0; i < N; i++) {
            s += libm.powf(unitF[i], 1.0f / (10 * (1 - unitF[N - 1 - i])));
        }
        return s;
    }

    @Benchmark
    public float powfMath() {
        float s = 0;
        for (int i = 0; i < N; i++) {
            s += (float) Math.pow(unitF[i], 1.0f / (10 * (1 - unitF[N - 1 - i])));
        }
        return s;
    }
}
