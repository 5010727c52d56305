package org.seedcompat.harness.target.numpy;

import java.math.BigInteger;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.numpy.RandomState;
import org.seedcompat.harness.cases.ArrayConversion;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.Value;

/** {@code RandomState.choice(a, size=None, replace=True, p=None)}: the Python-level half. */
final class LegacyChoice {

    private LegacyChoice() {
    }

    static Value choice(RandomState rs, Signature.Bound b) {
        Object a = b.get("a");
        boolean replace = RandomStateTarget.truthy(b.get("replace"));
        ArrayValue population = a instanceof BigInteger || a instanceof Boolean || a instanceof Double ? null
                : ArrayConversion.fromObject(a);
        if (population != null && population.isScalar()) {
            a = population.dtype().isFloat() ? (Object) Py.toDouble(population) : Py.index(population);
            population = null;
        }
        if (population == null && a instanceof Double) {
            throw PythonError.valueError("a must be 1-dimensional or an integer");
        }
        if (population != null && population.shape().length != 1) {
            throw PythonError.valueError("a must be 1-dimensional");
        }
        double[] p = probabilities(b, false);
        int[] shape = Py.dims(b.get("size")); // np.prod(size): a negative size is choice's own error
        if (population == null) {
            return RandomStateTarget.ints(DType.INT64, shape, rs.choice(Py.index(a), shape, replace, p, DType.FLOAT64));
        }
        long[] idx = rs.choiceIndices(population.size(), shape, replace, p);
        long[] src = population.data();
        long[] out = new long[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = src[(int) idx[i]];
        }
        return RandomStateTarget.ints(population.dtype(), shape, out);
    }

    /**
     * choice's {@code p} (both APIs): None, or a 1-d array of floats. The refusal of an n-d {@code p}
     * is worded per API: RandomState quotes the name ({@code 'p' must be 1-dimensional}), Generator
     * does not.
     */
    static double[] probabilities(Signature.Bound b, boolean generator) {
        if (b.isNone("p")) {
            return null;
        }
        ArrayValue pa = ArrayConversion.fromObject(b.get("p"));
        if (pa.shape().length != 1) {
            throw PythonError.valueError(generator ? "p must be 1-dimensional" : "'p' must be 1-dimensional");
        }
        return RandomStateTarget.doubles(pa);
    }
}
