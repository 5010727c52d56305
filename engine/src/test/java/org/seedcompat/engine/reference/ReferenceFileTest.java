package org.seedcompat.engine.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The reference-file parser and the rendering of engine values it compares against. */
class ReferenceFileTest {

    private static ReferenceFile parse(String text) throws IOException {
        return ReferenceFile.parse("t.txt", new BufferedReader(new StringReader(text)));
    }

    @Test
    void parsesHeaderCasesAndCalls() throws IOException {
        ReferenceFile f = parse("# libm: fma\n# a comment without key\ncase S(1)\ncall r.a(2)\nf64 3ff0000000000000 "
                + "4000000000000000\ncall r.b()\ni -3\ncase S(2)\ncall r.a(2)\nu 18446744073709551615\n");
        assertEquals("fma", f.header("libm"));
        assertEquals(2, f.cases.size());
        assertEquals("S(1) :: r.a(2); r.b()", f.cases.get(0).name());
        assertArrayEquals(new String[] {"3ff0000000000000", "4000000000000000"}, f.cases.get(0).calls().get(0).values());
        assertEquals("u", f.cases.get(1).calls().get(0).type());
        assertThrows(IllegalStateException.class, () -> f.header("capability"));
    }

    @Test
    void rejectsMalformedFiles() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("case S\ncall r.a()\ncase T\n"))
                .getMessage().contains("t.txt:3: call 'r.a()' has no result line"));
        assertThrows(IllegalArgumentException.class, () -> parse("case S\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("call r.a()\nf64 00\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("case S\nf64 00\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("case S\ncall r.a()\nf128 00\n"));
    }

    @Test
    void rendersEngineValuesAsTheFileWritesThem() {
        assertArrayEquals(new String[] {"3ff0000000000000"}, ReferenceCases.tokens("f64", new double[] {1.0}));
        assertArrayEquals(new String[] {"bf800000"}, ReferenceCases.tokens("f32", new float[] {-1.0f}));
        assertArrayEquals(new String[] {"bf800000"}, ReferenceCases.tokens("f32", new long[] {0xbf800000L}));
        assertArrayEquals(new String[] {"3c00"}, ReferenceCases.tokens("f16", new long[] {0x3c00}));
        assertArrayEquals(new String[] {"-1", "7"}, ReferenceCases.tokens("i", new long[] {-1, 7}));
        assertArrayEquals(new String[] {"18446744073709551615"}, ReferenceCases.tokens("u", new long[] {-1}));
        assertArrayEquals(new String[] {"4294967295"}, ReferenceCases.tokens("u", new int[] {-1}));
        assertArrayEquals(new String[] {"255"}, ReferenceCases.tokens("u", new byte[] {-1}));
        assertArrayEquals(new String[] {"1267650600228229401496703205376"},
                ReferenceCases.tokens("i", new BigInteger[] {BigInteger.ONE.shiftLeft(100)}));
        assertThrows(IllegalArgumentException.class, () -> ReferenceCases.tokens("f64", "text"));
    }
}
