package org.seedcompat.harness.target.numpy;

import java.math.BigInteger;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.Generator;
import org.seedcompat.engine.numpy.RandomState;
import org.seedcompat.engine.numpy.bitgen.NumpyBitGenerator;
import org.seedcompat.engine.numpy.bitgen.SeedSequence;
import org.seedcompat.harness.cases.ArrayConversion;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.value.ArrayValue;

/**
 * The Python half of NumPy's legacy seeding ({@code MT19937._legacy_seeding}): squeeze arrays, try
 * the value as one integer, else coerce it to a 1-d int64 array with a safe cast. The engine does
 * the rest (range checks, init_genrand / init_by_array).
 */
final class LegacySeeds {

    private LegacySeeds() {
    }

    static void apply(RandomState rs, Object seed) {
        if (Py.isNone(seed)) {
            rs.seed();
            return;
        }
        Object s = seed instanceof ArrayValue a ? squeeze(a) : seed;
        if (isIntegerScalar(s)) {
            rs.seed(Py.index(s));
            return;
        }
        // operator.index raised TypeError: NumPy falls back to np.asarray(seed).astype(int64, casting='safe').
        if (s instanceof String str) {
            throw castError("scalar", "<U" + str.length());
        }
        if (s instanceof NumpyBitGenerator || s instanceof SeedSequence || s instanceof Generator
                || s instanceof RandomState) {
            throw castError("scalar", "O"); // np.asarray of any other object is a 0-d object array
        }
        ArrayValue obj = ArrayConversion.fromObject(s);
        if (obj.size() == 0) {
            throw PythonError.valueError("Seed must be non-empty");
        }
        if (obj.dtype() != DType.INT64 && obj.dtype() != DType.BOOL && !isSafeToInt64(obj.dtype())) {
            throw castError(obj.isScalar() ? "scalar" : "array data", obj.dtype().pythonName());
        }
        if (obj.shape().length != 1) {
            throw PythonError.valueError("Seed array must be 1-d");
        }
        long[] values = obj.data();
        if (obj.dtype() == DType.BOOL || obj.dtype().kind() == DType.Kind.UNSIGNED) {
            values = values.clone();  // already non-negative and in range of int64
        }
        rs.seed(values);
    }

    private static boolean isIntegerScalar(Object s) {
        return s instanceof BigInteger || s instanceof Boolean
                || (s instanceof ArrayValue a && a.isScalar() && (a.dtype().isInteger() || a.dtype() == DType.BOOL));
    }

    private static boolean isSafeToInt64(DType d) {
        return d.kind() == DType.Kind.SIGNED || (d.kind() == DType.Kind.UNSIGNED && d.bits() < 64);
    }

    private static PythonError castError(String what, String dtype) {
        return PythonError.typeError("Cannot cast " + what + " from dtype('" + dtype
                + "') to dtype('int64') according to the rule 'safe'");
    }

    /** {@code ndarray.squeeze()}: drops every length-1 axis. */
    static ArrayValue squeeze(ArrayValue a) {
        int[] shape = a.shape();
        int n = 0;
        for (int d : shape) {
            if (d != 1) {
                n++;
            }
        }
        int[] squeezed = new int[n];
        int j = 0;
        for (int d : shape) {
            if (d != 1) {
                squeezed[j++] = d;
            }
        }
        return new ArrayValue(a.dtype(), squeezed, a.data());
    }
}
