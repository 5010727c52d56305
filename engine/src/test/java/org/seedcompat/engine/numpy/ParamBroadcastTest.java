package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.seedcompat.engine.numpy.PythonErrorAssert.assertValueError;

import org.junit.jupiter.api.Test;
import org.seedcompat.engine.DType;

class ParamBroadcastTest {

    @Test
    void elementsReadTheirBroadcastParameterInCOrder() {
        int[] a = {3, 1};
        int[] b = {4};
        int[] c = {2, 1, 1};
        ParamBroadcast.Plan plan = ParamBroadcast.plan(null, DType.FLOAT64, a, b, c, new int[0]);
        assertArrayEquals(new int[] {2, 3, 4}, plan.shape());
        assertEquals(24, plan.count());
        int e = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 4; k++, e++) {
                    assertEquals(j, plan.at(0, e));
                    assertEquals(k, plan.at(1, e));
                    assertEquals(i, plan.at(2, e));
                    assertEquals(0, plan.at(3, e));
                }
            }
        }
    }

    @Test
    void sizeIsTheOutputAndMustBeTheBroadcastShape() {
        ParamBroadcast.Plan plan = ParamBroadcast.plan(new int[] {5, 2}, DType.FLOAT64, new int[] {2}, new int[] {5, 1});
        assertArrayEquals(new int[] {5, 2}, plan.shape());
        // element 7 is row 3, column 1
        assertEquals(1, plan.at(0, 7));
        assertEquals(3, plan.at(1, 7));
        assertValueError("Output size (2,) is not compatible with broadcast dimensions of inputs (5, 2).",
                () -> ParamBroadcast.plan(new int[] {2}, DType.FLOAT64, new int[] {5, 1}));
        assertValueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 1 "
                + "with shape (2,) and arg 2 with shape (3,).",
                () -> ParamBroadcast.plan(new int[] {1}, DType.FLOAT64, new int[] {2}, new int[] {3}));
        assertValueError("negative dimensions are not allowed",
                () -> ParamBroadcast.plan(new int[] {-1}, DType.FLOAT64, new int[] {5, 1}));
    }

    @Test
    void scalarParametersKeepThePythonScalar() {
        ParamBroadcast.Plan plan = ParamBroadcast.plan(null, DType.INT64, new int[0], new int[0]);
        assertNull(plan.shape());
        assertEquals(1, plan.count());
        ParamBroadcast.Plan sized = ParamBroadcast.plan(new int[] {0, 3}, DType.INT64, new int[0]);
        assertArrayEquals(new int[] {0, 3}, sized.shape());
        assertEquals(0, sized.count());
        assertEquals("()", ParamBroadcast.tuple(new int[0]));
        assertEquals("(3,)", ParamBroadcast.tuple(new int[] {3}));
        assertEquals("(2, 0)", ParamBroadcast.tuple(new int[] {2, 0}));
    }
}
