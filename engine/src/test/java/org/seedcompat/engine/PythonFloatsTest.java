package org.seedcompat.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PythonFloatsTest {

    /** Expected strings printed by CPython 3.11: {@code print(v.hex(), repr(v))}. */
    @Test
    void writesFloatsAsPythonsRepr() {
        String[][] cases = {
            {"0x1.4000000000000p+1", "2.5"}, {"0x1.7e43c8800759cp+996", "1e+300"},
            {"0x1.4f8b588e368f1p-17", "1e-05"}, {"0x1.a36e2eb1c432dp-14", "0.0001"},
            {"0x1.86a0000000000p+16", "100000.0"}, {"0x1.1c37937e08000p+53", "1e+16"},
            {"0x1.d6f3454800000p+26", "123456789.125"}, {"-0x0.0p+0", "-0.0"},
            {"0x0.0000000000001p-1022", "5e-324"}, {"0x1.3333333333334p-2", "0.30000000000000004"},
            {"0x1.0000000000000p+53", "9007199254740992.0"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], PythonFloats.repr(Double.parseDouble(c[0])), c[0]);
        }
        assertEquals("nan", PythonFloats.repr(Double.NaN));
        assertEquals("-inf", PythonFloats.repr(Double.NEGATIVE_INFINITY));
    }
}
