package org.seedcompat.engine.reference;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.TorchTensor;
import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.engine.torch.core.CpuGenerator;

/**
 * PyTorch's CPU generator ({@code torch.manual_seed}) against the reference files, for each CPU
 * capability (whose kernels differ: the AVX2 float32 normal, fused multiply-adds) and libm build.
 */
class TorchReferenceTest {

    @TestFactory
    Stream<DynamicNode> referenceVectors() {
        Map<ReferenceFile, ReferenceCases<?>> files = new LinkedHashMap<>();
        for (String capability : new String[] {"default", "avx2"}) {
            for (String libm : new String[] {"fma", "nofma"}) {
                ReferenceFile file = ReferenceFile.load("torch-" + capability + "-" + libm + ".txt");
                files.put(file, cases(Capability.parse(file.header("capability")),
                        Libm.of(MathVariant.parse(file.header("libm")))));
            }
        }
        return ReferenceCases.tests(files);
    }

    static ReferenceCases<TorchRandom> cases(Capability capability, Libm libm) {
        return new ReferenceCases<TorchRandom>()
                .setup("torch.manual_seed(42)", () -> new TorchRandom(CpuGenerator.seeded(42), capability, libm))
                .setup("torch.manual_seed(2**40 + 5)",
                        () -> new TorchRandom(CpuGenerator.seeded((1L << 40) + 5), capability, libm))
                .call("torch.rand(24)", t -> t.rand(24, DType.FLOAT32))
                .call("torch.rand(3)", t -> t.rand(3, DType.FLOAT32))
                .call("torch.rand(24, dtype=torch.float64)", t -> t.rand(24, DType.FLOAT64))
                .call("torch.rand(24, dtype=torch.float16)", t -> t.rand(24, DType.FLOAT16))
                .call("torch.rand(24, dtype=torch.bfloat16)", t -> t.rand(24, DType.BFLOAT16))
                .call("torch.randn(7)", t -> t.randn(7, DType.FLOAT32))
                .call("torch.randn(7, dtype=torch.float64)", t -> t.randn(7, DType.FLOAT64))
                .call("torch.randn(3, dtype=torch.float64)", t -> t.randn(3, DType.FLOAT64))
                .call("torch.randn(24)", t -> t.randn(24, DType.FLOAT32))
                .call("torch.randn(24, dtype=torch.float64)", t -> t.randn(24, DType.FLOAT64))
                .call("torch.randn(40)", t -> t.randn(40, DType.FLOAT32))
                .call("torch.empty(24).normal_(2.0, 0.5)", t -> t.normal(24, DType.FLOAT32, 2.0, 0.5))
                .call("torch.empty(24, dtype=torch.float64).normal_(-1.0, 3.0)", t -> t.normal(24, DType.FLOAT64, -1.0, 3.0))
                .call("torch.empty(24).uniform_(-2.0, 3.0)", t -> t.uniform(24, DType.FLOAT32, -2.0, 3.0))
                .call("torch.empty(24, dtype=torch.float64).uniform_(-2.0, 3.0)",
                        t -> t.uniform(24, DType.FLOAT64, -2.0, 3.0))
                .call("torch.randint(0, 10, (24,))", t -> t.randint(0, 10, 24, DType.INT64))
                .call("torch.randint(-100, 100, (24,), dtype=torch.int32)", t -> t.randint(-100, 100, 24, DType.INT32))
                .call("torch.randint(0, 2**33, (24,))", t -> t.randint(0, 1L << 33, 24, DType.INT64))
                .call("torch.randperm(24)", t -> t.randperm(24, DType.INT64))
                .call("torch.bernoulli(torch.full((24,), 0.3))", t -> {
                    long[] p = new long[24];
                    Arrays.fill(p, Float.floatToRawIntBits(0.3f));
                    return t.bernoulli(TorchTensor.ofBits(DType.FLOAT32, new int[] {24}, p), DType.FLOAT32);
                })
                .call("torch.empty(24).bernoulli_(0.5)", t -> t.bernoulli(24, DType.FLOAT32, 0.5))
                .call("torch.empty(24).exponential_(2.0)", t -> t.exponential(24, DType.FLOAT32, 2.0))
                .call("torch.empty(24, dtype=torch.float64).exponential_(0.5)", t -> t.exponential(24, DType.FLOAT64, 0.5))
                .call("torch.empty(24).geometric_(0.3)", t -> t.geometric(24, DType.FLOAT32, 0.3))
                .call("torch.empty(24).cauchy_(0.0, 2.0)", t -> t.cauchy(24, DType.FLOAT32, 0.0, 2.0))
                .call("torch.empty(24, dtype=torch.float64).log_normal_(1.0, 0.5)",
                        t -> t.logNormal(24, DType.FLOAT64, 1.0, 0.5));
    }
}
