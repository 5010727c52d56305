package org.seedcompat.harness.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.Parser;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.Value;

/** The table every target declares its methods in: dispatch, refusals and argument binding. */
class MethodTableTest {

    /** A toy table over a StringBuilder that records which binding ran with which arguments. */
    private static final MethodTable<StringBuilder> TABLE = MethodTable.<StringBuilder>builder()
            .method("normal(loc=0.0, scale=1.0, size=None)", (log, b) -> {
                log.append("normal ").append(b.get("loc")).append(' ').append(b.get("scale"));
                return ArrayValue.scalarDouble(0);
            })
            .raw("rand(*size)", (log, call) -> {
                log.append("rand ").append(call.args().size());
                return ArrayValue.scalarDouble(0);
            })
            .method("seed(seed=None)", (log, b) -> {
                log.append("seed ").append(b.get("seed"));
                return ArrayValue.scalarDouble(0);
            })
            .build();

    private static String run(String line) {
        StringBuilder log = new StringBuilder();
        var call = Parser.parseCall(line);
        Value v = TABLE.call(log, call.function().dotted(), call, "toy");
        assertEquals(ArrayValue.scalarDouble(0), v);
        return log.toString();
    }

    private static PythonError refused(String line) {
        return assertThrows(PythonError.class, () -> run(line));
    }

    @Test
    void dispatchesByNameToTheDeclaredBinding() {
        assertEquals("normal 2 3.5", run("normal(2, scale=3.5)"));
        assertEquals("normal 0.0 1.0", run("normal()"));
        assertEquals("rand 3", run("rand(2, 3, 4)"));
        assertEquals("seed " + BigInteger.valueOf(7), run("seed(7)"));
    }

    @Test
    void anUnknownNameIsUnsupportedCallNeverAnotherMethod() {
        PythonError e = refused("laplace(1.0)");
        assertEquals("UnsupportedCall", e.pythonType());
        assertEquals("'laplace' is not a supported call for toy", e.getMessage());
    }

    @Test
    void aNameDeclaredTwiceIsRejectedWhenBuilding() {
        MethodTable.Builder<Void> b = MethodTable.<Void>builder().raw("f(a)", (v, c) -> null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.method("f(a, b=1)", (v, x) -> null));
        assertEquals("f is declared twice", e.getMessage());
    }

    @Test
    void namesAndMembersFollowTheDeclarations() {
        assertEquals(List.of("normal", "rand", "seed"), List.copyOf(TABLE.names()));
        assertEquals(Set.of("normal()", "rand()", "seed()"), TABLE.members("", ""));
        assertEquals(Set.of("rs.normal().", "rs.rand().", "rs.seed()."), TABLE.members("rs.", "."));
        assertThrows(UnsupportedOperationException.class, () -> TABLE.names().add("x"));
    }

    @Test
    void signaturesBindWithCythonsWording() {
        // np.random.RandomState(1).normal(0, 1, 2, 3) -> TypeError: normal() takes at most 3 positional arguments (4 given)
        PythonError many = refused("normal(0, 1, 2, 3)");
        assertEquals("TypeError", many.pythonType());
        assertEquals("normal() takes at most 3 positional arguments (4 given)", many.getMessage());
        // np.random.RandomState(1).normal(foo=1) -> TypeError: normal() got an unexpected keyword argument 'foo'
        assertEquals("normal() got an unexpected keyword argument 'foo'", refused("normal(foo=1)").getMessage());
        assertEquals("normal() got multiple values for keyword argument 'loc'", refused("normal(1, loc=2)").getMessage());
        assertEquals("rand 0", run("rand(size=3)"), "a raw binding reads its own arguments");
    }
}
