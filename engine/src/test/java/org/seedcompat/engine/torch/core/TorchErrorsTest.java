package org.seedcompat.engine.torch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;

/**
 * The C++ number formatting and type names in PyTorch's messages (the messages themselves, as
 * PyTorch 2.13 words them, are checked with each kernel's test).
 */
class TorchErrorsTest {

    @Test
    void cppFormatsWithSixSignificantDigits() {
        // the std values of: torch.empty(3).normal_(0, -1e-5) -> "-1e-05", normal_(0, -1.5e10) -> "-1.5e+10"
        assertEquals("-1e-05", TorchErrors.cpp(-1e-5));
        assertEquals("-1.5e+10", TorchErrors.cpp(-1.5e10));
        // uniform_(-3e38, 3e38) -> "3e+38"; bernoulli_(1.5) -> "1.5"; exponential_(0) -> "0"
        assertEquals("3e+38", TorchErrors.cpp(3e38));
        assertEquals("1.5", TorchErrors.cpp(1.5));
        assertEquals("0", TorchErrors.cpp(0));
        assertEquals("-0", TorchErrors.cpp(-0.0));
        assertEquals("0.1", TorchErrors.cpp(0.1));
        assertEquals("123457", TorchErrors.cpp(123456.7));
        assertEquals("1.23457e+06", TorchErrors.cpp(1234567));
        assertEquals("0.0001", TorchErrors.cpp(1e-4));
        assertEquals("nan", TorchErrors.cpp(Double.NaN));
        assertEquals("-inf", TorchErrors.cpp(Double.NEGATIVE_INFINITY));
        assertEquals("1e+100", TorchErrors.cpp(1e100));
    }

    @Test
    void typeNames() {
        // "... not implemented for 'Long'" and "out of bounds for signed char" / "c10::Half" in PyTorch's messages
        assertEquals("Long", TorchErrors.scalarTypeName(DType.INT64));
        assertEquals("Half", TorchErrors.scalarTypeName(DType.FLOAT16));
        assertEquals("UInt16", TorchErrors.scalarTypeName(DType.UINT16));
        assertEquals("signed char", TorchErrors.typeMetaName(DType.INT8));
        assertEquals("c10::Half", TorchErrors.typeMetaName(DType.FLOAT16));
        assertEquals("long int", TorchErrors.typeMetaName(DType.INT64));
        for (DType d : DType.values()) {
            assertEquals(false, TorchErrors.scalarTypeName(d).isEmpty());
            assertEquals(false, TorchErrors.typeMetaName(d).isEmpty());
        }
    }

    @Test
    void errorTypes() {
        assertEquals("RuntimeError", TorchErrors.check("x").pythonType());
        assertEquals("NotImplementedError", TorchErrors.notImplemented("k", DType.BOOL).pythonType());
        assertEquals("\"k\" not implemented for 'Bool'", TorchErrors.notImplemented("k", DType.BOOL).getMessage());
    }
}
