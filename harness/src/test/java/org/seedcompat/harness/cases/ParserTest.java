package org.seedcompat.harness.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;

class ParserTest {

    private static Object eval(String src) {
        return Evaluator.eval(Parser.parse(src));
    }

    @Test
    void parsesSetupAndCallsAsPythonWritesThem() {
        Expr.Call setup = Parser.parseCall("np.random.RandomState([1, 2, 3])");
        assertEquals("numpy.random.RandomState", setup.function().dotted());
        Expr.Call call = Parser.parseCall("randint(0, 10, size=5, dtype='int16')");
        assertEquals("randint", call.simpleName());
        assertEquals(2, call.args().size());
        assertEquals(List.of("size", "dtype"), List.copyOf(call.kwargs().keySet()));
    }

    @Test
    void followsPythonPrecedenceAndIntegerArithmetic() {
        assertEquals(BigInteger.valueOf(4294967295L), eval("2**32-1"));
        assertEquals(BigInteger.valueOf(-4), eval("-2**2"));
        assertEquals(BigInteger.valueOf(512), eval("2**3**2"));
        assertEquals(BigInteger.ONE.shiftLeft(100).add(BigInteger.valueOf(7)), eval("2**100 + 7"));
        assertEquals(BigInteger.valueOf(-4), eval("-7 // 2"));
        assertEquals(BigInteger.valueOf(1), eval("-7 % 2"));
        assertEquals(3.5, eval("7 / 2"));
        assertEquals(0.25, eval("2**-2"));
        assertEquals(BigInteger.valueOf(0xdeadbeafL), eval("0xdeadbeaf"));
        assertEquals(BigInteger.valueOf(1_000_000), eval("1_000_000"));
        assertEquals(-1e-3, eval("-1e-3"));
    }

    @Test
    void evaluatesContainersArraysAndDtypes() {
        assertInstanceOf(Py.PyTuple.class, eval("(3, 4)"));
        assertInstanceOf(Py.PyTuple.class, eval("(3,)"));
        assertEquals(BigInteger.valueOf(3), eval("(3)"));
        assertInstanceOf(Py.PyDict.class, eval("{'a': 1, 'b': [2]}"));
        assertEquals(DType.UINT8, eval("numpy.uint8"));
        assertEquals(DType.BOOL, eval("bool"));
        org.seedcompat.harness.value.ArrayValue a = (org.seedcompat.harness.value.ArrayValue) eval("arange(5)");
        assertEquals(DType.INT64, a.dtype());
        assertEquals(5, a.size());
        a = (org.seedcompat.harness.value.ArrayValue) eval("np.array([[1.5, 2], [3, 4]])");
        assertEquals(DType.FLOAT64, a.dtype());
        assertEquals(2, a.shape().length);
        assertEquals(Py.NONE, eval("None"));
        assertEquals(Boolean.TRUE, eval("True"));
    }

    @Test
    void methodChainsParseIntoLinksAndPlainTargetsRefuseThem() {
        Expr e = Parser.parse("empty(4, 8, dtype=torch.float64).t().normal_(0.5, 2)");
        Expr.Chain chain = assertInstanceOf(Expr.Chain.class, e);
        assertEquals(3, chain.links().size());
        assertEquals("empty", chain.links().get(0).function().dotted());
        assertEquals("normal_", chain.links().get(2).function().dotted());
        CallLine line = CallLine.of(e);
        assertTrue(line.isChain());
        assertEquals("normal_", line.dotted());
        PythonError plain = assertThrows(PythonError.class, line::requirePlain);
        assertEquals("expected a call such as rand(3) or an attribute such as bit_generator.state, got call to 'empty' "
                + "at column 1", plain.getMessage());
        CallLine attribute = CallLine.parse("bit_generator.jumped().state");
        assertEquals("expected a call such as rand(3) or an attribute such as bit_generator.state, got call to "
                + "'bit_generator.jumped' at column 1", assertThrows(PythonError.class, attribute::requirePlain).getMessage());
        assertEquals("attribute 'state' of a call result is not supported at column 1",
                assertThrows(PythonError.class, attribute::requireChainCalled).getMessage());
        assertEquals("call to 'attribute 'manual_seed'' is not supported at column 2",
                assertThrows(PythonError.class, () -> eval("[torch.Generator().manual_seed(1)]")).getMessage());
    }

    @Test
    void syntaxErrorsNameTheColumn() {
        CaseSyntaxException e = assertThrows(CaseSyntaxException.class, () -> Parser.parse("rand(3,, 4)"));
        assertEquals(8, e.column());
        assertTrue(e.getMessage().contains("column 8"), e.getMessage());
        e = assertThrows(CaseSyntaxException.class, () -> Parser.parse("rand(3"));
        assertEquals(7, e.column());
        e = assertThrows(CaseSyntaxException.class, () -> Parser.parse("rand(3) $"));
        assertEquals(9, e.column());
        e = assertThrows(CaseSyntaxException.class, () -> Parser.parse("choice('abc)"));
        assertEquals(8, e.column());
        e = assertThrows(CaseSyntaxException.class, () -> Parser.parseCall("42"));
        assertEquals(1, e.column());
    }

    @Test
    void unknownNamesAreUnsupportedNotEvaluated() {
        PythonError e = assertThrows(PythonError.class, () -> eval("os.system('true')"));
        assertEquals("UnsupportedExpression", e.pythonType());
        assertEquals("call to 'os.system' is not supported at column 1", e.getMessage());
        e = assertThrows(PythonError.class, () -> eval("[1, x]"));
        assertEquals("name 'x' is not supported at column 5", e.getMessage());
    }
}
