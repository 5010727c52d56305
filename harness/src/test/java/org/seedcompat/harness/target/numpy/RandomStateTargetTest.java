package org.seedcompat.harness.target.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** RandomState call lines through the engine target, no Python (known answers from NumPy 2.4.6). */
class RandomStateTargetTest {

    private static EngineTarget randomState(long seed) {
        return RandomStateTarget.randomState(Parser.parseCall("numpy.random.RandomState(" + seed + ")"),
                new EngineOptions(Capability.DEFAULT, MathVariant.FMA));
    }

    @Test
    void valuesShapesAndDtypes() {
        EngineTarget rs = randomState(42);
        // rs = np.random.RandomState(42); rs.rand(3).view(np.int64)
        ArrayValue u = assertInstanceOf(ArrayValue.class, rs.call(CallLine.parse("rand(3)")));
        assertEquals(DType.FLOAT64, u.dtype());
        assertArrayEquals(new int[] {3}, u.shape());
        assertArrayEquals(new long[] {0x3fd7f8771e5f51ecL, 0x3fee6c4068bbd654L, 0x3fe76c7e8f1e6751L}, u.data());
        // then rs.randint(0, 10, size=(2, 3), dtype='int16')
        ArrayValue k = assertInstanceOf(ArrayValue.class, rs.call(CallLine.parse("randint(0, 10, size=(2, 3), dtype='int16')")));
        assertEquals(DType.INT16, k.dtype());
        assertArrayEquals(new int[] {2, 3}, k.shape());
        assertArrayEquals(new long[] {1, 4, 6, 0, 9, 2}, k.data());
        ArrayValue scalar = assertInstanceOf(ArrayValue.class, rs.call(CallLine.parse("random_sample()")));
        assertEquals(true, scalar.isScalar(), "size=None is a Python float");
    }

    @Test
    void bindingErrorsComeFromTheTablesSignature() {
        EngineTarget rs = randomState(1);
        // np.random.RandomState(1).normal(0, 1, 2, 3) -> TypeError: normal() takes at most 3 positional arguments (4 given)
        PythonError e = assertThrows(PythonError.class, () -> rs.call(CallLine.parse("normal(0, 1, 2, 3)")));
        assertEquals("TypeError", e.pythonType());
        assertEquals("normal() takes at most 3 positional arguments (4 given)", e.getMessage());
        // np.random.RandomState(1).normal(foo=1) -> TypeError: normal() got an unexpected keyword argument 'foo'
        assertEquals("normal() got an unexpected keyword argument 'foo'",
                assertThrows(PythonError.class, () -> rs.call(CallLine.parse("normal(foo=1)"))).getMessage());
        assertEquals("UnsupportedCall",
                assertThrows(PythonError.class, () -> rs.call(CallLine.parse("no_such_method()"))).pythonType());
    }
}
