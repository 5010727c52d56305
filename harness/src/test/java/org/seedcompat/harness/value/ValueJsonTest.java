package org.seedcompat.harness.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;

class ValueJsonTest {

    private static String line(CallResult r) {
        return ValueJson.line(ValueJson.callLine(r));
    }

    @Test
    void rendersTheDocumentedLineFormat() {
        CallResult r = CallResult.ok("rand(2)", ArrayValue.ofDoubles(new int[] {2}, new double[] {0.5, 1e-300}));
        assertEquals("{\"call\":\"rand(2)\",\"dtype\":\"float64\",\"shape\":[2],"
                + "\"data\":[\"0x3fe0000000000000\",\"0x01a56e1fc2f8f359\"]}", line(r));
        CallResult f32 = CallResult.ok("x", new ArrayValue(DType.FLOAT32, new int[0], new long[] {Float.floatToRawIntBits(1.0f)}));
        assertEquals("{\"call\":\"x\",\"dtype\":\"float32\",\"shape\":[],\"data\":[\"0x3f800000\"]}", line(f32));
        CallResult f16 = CallResult.ok("x", new ArrayValue(DType.FLOAT16, new int[] {1}, new long[] {0x3c00}));
        assertEquals("{\"call\":\"x\",\"dtype\":\"float16\",\"shape\":[1],\"data\":[\"0x3c00\"]}", line(f16));
        CallResult u64 = CallResult.ok("x", new ArrayValue(DType.UINT64, new int[] {2}, new long[] {-1L, 5}));
        assertEquals("{\"call\":\"x\",\"dtype\":\"uint64\",\"shape\":[2],\"data\":[18446744073709551615,5]}", line(u64));
        CallResult b = CallResult.ok("x", new ArrayValue(DType.BOOL, new int[] {2}, new long[] {1, 0}));
        assertEquals("{\"call\":\"x\",\"dtype\":\"bool\",\"shape\":[2],\"data\":[true,false]}", line(b));
        CallResult err = CallResult.failed("rand(-1)", new ErrorInfo("ValueError", "negative dimensions are not allowed"));
        assertEquals("{\"call\":\"rand(-1)\",\"error\":{\"type\":\"ValueError\",\"message\":\"negative dimensions are not allowed\"}}",
                line(err));
        CallResult bytes = CallResult.ok("bytes(2)", new BytesValue(new byte[] {(byte) 0xab, 1}));
        assertEquals("{\"call\":\"bytes(2)\",\"type\":\"bytes\",\"hex\":\"ab01\"}", line(bytes));
    }

    @Test
    void everyValueRoundTrips() {
        Value v = new SeqValue(true, List.of(new StrValue("MT19937"),
                new ArrayValue(DType.UINT32, new int[] {2}, new long[] {0xffffffffL, 0}),
                ArrayValue.scalarLong(DType.INT64, -3), NoneValue.INSTANCE,
                new BigIntValue(BigInteger.ONE.shiftLeft(100)), new BytesValue(new byte[] {1, 2}),
                new ArrayValue(DType.INT8, new int[] {1}, new long[] {-128}),
                ArrayDigest.of(ArrayValue.ofDoubles(new int[] {3}, new double[] {1, 2, 3}), 2),
                new ObjectValue("PCG64", java.util.Map.of("state", new DictValue(java.util.Map.of("inc",
                        new BigIntValue(BigInteger.ONE.shiftLeft(127))))))));
        assertEquals(v, ValueJson.fromJson(ValueJson.toJson(v)));
    }
}
