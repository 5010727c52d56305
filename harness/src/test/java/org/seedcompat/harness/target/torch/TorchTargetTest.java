package org.seedcompat.harness.target.torch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.cases.Parser;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.target.EngineTarget;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.BigIntValue;
import org.seedcompat.harness.value.Value;

/**
 * Torch call lines through the engine target, no Python: values, shapes and dtypes as the real
 * library gives them (known answers printed by PyTorch 2.13.0+cpu, the call beside each).
 */
class TorchTargetTest {

    private static final EngineOptions AVX2 = new EngineOptions(Capability.AVX2, MathVariant.FMA);

    private static EngineTarget seeded(long seed) {
        return TorchTarget.manualSeed(Parser.parseCall("torch.manual_seed(" + seed + ")"), AVX2);
    }

    private static ArrayValue array(EngineTarget t, String line) {
        return assertInstanceOf(ArrayValue.class, t.call(CallLine.parse(line)));
    }

    @Test
    void randGivesTorchsFloat32Tensor() {
        // torch.manual_seed(42); torch.rand(5).view(torch.int32)
        ArrayValue v = array(seeded(42), "rand(5)");
        assertEquals(DType.FLOAT32, v.dtype());
        assertArrayEquals(new int[] {5}, v.shape());
        assertArrayEquals(new long[] {0x3f61dc66L, 0x3f6a3db3L, 0x3ec406b8L, 0x3f75950eL, 0x3ec7e8d4L}, v.data());
        assertArrayEquals(new int[] {2, 3}, array(seeded(1), "randn(2, 3, dtype=torch.float64)").shape());
    }

    @Test
    void chainsFillAFreshTensor() {
        // torch.manual_seed(42); torch.empty(4, dtype=torch.float64).exponential_(2.0).view(torch.int64)
        ArrayValue v = array(seeded(42), "empty(4, dtype=torch.float64).exponential_(2.0)");
        assertEquals(DType.FLOAT64, v.dtype());
        assertArrayEquals(new long[] {0x3f9ead0cc3ed94d3L, 0x3fa0a2468c3032b6L, 0x3fb0e2a627e9a350L, 0x3f9ba795eb00bed9L},
                v.data());
        ArrayValue t = array(seeded(1), "empty(2, 3).t().uniform_()");
        assertArrayEquals(new int[] {3, 2}, t.shape(), "t() flips the shape the values are read in");
    }

    @Test
    void tensorArgumentsReachTheEngine() {
        // torch.manual_seed(42); torch.multinomial(torch.tensor([[1.0, 2.0, 3.0], [3.0, 0.0, 1.0]]), 2)
        ArrayValue m = array(seeded(42), "multinomial(torch.tensor([[1.0, 2.0, 3.0], [3.0, 0.0, 1.0]]), 2)");
        assertEquals(DType.INT64, m.dtype());
        assertArrayEquals(new int[] {2, 2}, m.shape());
        assertArrayEquals(new long[] {1, 2, 0, 2}, m.data());
        // torch.manual_seed(42); torch.bernoulli(torch.tensor([0.1, 0.5, 0.9, 0.5, 0.2, 0.8]))
        ArrayValue b = array(seeded(42), "bernoulli(torch.tensor([0.1, 0.5, 0.9, 0.5, 0.2, 0.8]))");
        assertEquals(DType.FLOAT32, b.dtype());
        assertArrayEquals(new long[] {0, 0, 0x3f800000L, 0, 0, 0x3f800000L}, b.data());
    }

    @Test
    void randpermAndRandintShapes() {
        // torch.manual_seed(42); torch.randperm(10)
        ArrayValue p = array(seeded(42), "randperm(10)");
        assertEquals(DType.INT64, p.dtype());
        assertArrayEquals(new long[] {2, 6, 1, 8, 4, 5, 0, 9, 3, 7}, p.data());
        ArrayValue r = array(seeded(42), "randint(0, 10, (2, 4), dtype=torch.int16)");
        assertEquals(DType.INT16, r.dtype());
        assertArrayEquals(new int[] {2, 4}, r.shape());
        // torch.manual_seed(42); torch.randint(0, 10, (8,)): the dtype changes only the cast
        assertArrayEquals(new long[] {2, 7, 6, 4, 6, 5, 0, 4}, r.data());
    }

    @Test
    void errorsAreTorchsAndRefusalsNameTheCall() {
        EngineTarget t = seeded(0);
        PythonError e = assertThrows(PythonError.class, () -> t.call(CallLine.parse("multinomial(torch.full((2, 2, 2), 1.0), 1)")));
        assertEquals("RuntimeError", e.pythonType());
        assertEquals("prob_dist must be 1 or 2 dim", e.getMessage());
        PythonError unknown = assertThrows(PythonError.class, () -> t.call(CallLine.parse("poisson(torch.ones(2))")));
        assertEquals("UnsupportedCall", unknown.pythonType());
        PythonError method = assertThrows(PythonError.class, () -> t.call(CallLine.parse("empty(3).sigmoid_()")));
        assertEquals("'sigmoid_' is not a supported tensor method for torch (CPU generator)", method.getMessage());
        PythonError arity = assertThrows(PythonError.class, () -> t.call(CallLine.parse("empty(3).geometric_(0.5, 1, 2)")));
        assertEquals("TypeError", arity.pythonType());
    }

    @Test
    void membersListEveryTable() {
        Set<String> members = new TorchProvider().members().get("torch.manual_seed");
        assertTrue(members.contains("rand()"));
        assertTrue(members.contains("empty()."));
        assertTrue(members.contains(".uniform_()"));
        Value seed = seeded(-1).call(CallLine.parse("initial_seed()"));
        assertEquals(new BigIntValue(new BigInteger("18446744073709551615")), seed, "manual_seed(-1) is 2**64 - 1");
    }
}
