package org.seedcompat.engine.numpy;

import java.util.Arrays;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;

/**
 * How NumPy's samplers with parameters lay out their output ({@code _common.pyx}'s {@code cont},
 * {@code disc} and their {@code *_broadcast_*} paths): the output shape, the errors on the way
 * there, and which parameter element each output element uses.
 *
 * <p>All parameters 0-d: the scalar path; {@code size=None} gives one Python scalar, otherwise
 * {@code np.empty(size)}, every element drawn with the same parameters. Any parameter n-d: with
 * {@code size} the output is {@code np.empty(size)}, and {@code broadcast(out, params...)} must
 * both succeed and equal {@code size}; without it the output takes the parameters' broadcast
 * shape. Elements are drawn in C order of the output, each with its broadcast parameters (a
 * {@code PyArray_MultiIter} walk).
 */
final class ParamBroadcast {

    /**
     * The output shape ({@code null} for a Python scalar), its element count, and per parameter the
     * flat index each element reads ({@code null}: the parameter is 0-d, or has the output's own
     * shape and is read element for element).
     */
    record Plan(int[] shape, int count, int[][] index, boolean[] sameShape) {

        int at(int param, int element) {
            int[] idx = index[param];
            return idx != null ? idx[element] : sameShape[param] ? element : 0;
        }
    }

    private ParamBroadcast() {
    }

    /** True when every parameter is 0-d. */
    static boolean allScalar(int[]... shapes) {
        for (int[] s : shapes) {
            if (s.length != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The plan for a call with {@code size} (null: {@code None}) and parameters of these shapes, in
     * the order NumPy hands them to its multi-iterator (it names them {@code arg 0, 1, ...} in a
     * mismatch, the output array first when {@code size} is given). Constraint checks come before
     * this, as in NumPy.
     */
    static Plan plan(int[] size, DType dtype, int[]... shapes) {
        int[][] index = new int[shapes.length][];
        boolean[] sameShape = new boolean[shapes.length];
        if (allScalar(shapes)) {
            int count = NumpyShapes.allocate(size, dtype);
            return new Plan(size == null ? null : size.clone(), count, index, sameShape);
        }
        int[] out;
        int count;
        if (size != null) {
            count = NumpyShapes.allocate(size, dtype);
            int[][] all = new int[shapes.length + 1][];
            all[0] = size;
            System.arraycopy(shapes, 0, all, 1, shapes.length);
            int[] joint = broadcast(all);
            if (!Arrays.equals(joint, size)) {
                throw PythonError.valueError("Output size " + tuple(size)
                        + " is not compatible with broadcast dimensions of inputs " + tuple(joint) + ".");
            }
            out = size.clone();
        } else {
            out = shapes.length == 1 ? shapes[0].clone() : broadcast(shapes);
            count = NumpyShapes.allocate(out, dtype);
        }
        for (int p = 0; p < shapes.length; p++) {
            if (Arrays.equals(shapes[p], out)) {
                sameShape[p] = true;
            } else if (shapes[p].length != 0) {
                index[p] = indices(out, count, shapes[p]);
            }
        }
        return new Plan(out, count, index, sameShape);
    }

    /** {@code PyArray_Broadcast}: the broadcast shape, or NumPy's mismatch error naming the two arguments. */
    static int[] broadcast(int[]... shapes) {
        int nd = 0;
        for (int[] s : shapes) {
            nd = Math.max(nd, s.length);
        }
        int[] dims = new int[nd];
        for (int i = 0; i < nd; i++) {
            dims[i] = 1;
            int source = -1;
            for (int j = 0; j < shapes.length; j++) {
                int k = i + shapes[j].length - nd;
                if (k < 0) {
                    continue;
                }
                int d = shapes[j][k];
                if (d == 1) {
                    continue;
                }
                if (dims[i] == 1) {
                    dims[i] = d;
                    source = j;
                } else if (dims[i] != d) {
                    throw PythonError.valueError("shape mismatch: objects cannot be broadcast to a single shape.  "
                            + "Mismatch is between arg " + source + " with shape " + tuple(shapes[source])
                            + " and arg " + j + " with shape " + tuple(shapes[j]) + ".");
                }
            }
        }
        return dims;
    }

    /**
     * For the first {@code count} elements of {@code out} (C order), the flat index into a parameter
     * of shape {@code shape} broadcast to it.
     */
    static int[] indices(int[] out, int count, int[] shape) {
        int[] idx = new int[count];
        if (shape.length == 0 || count == 0) {
            return idx;
        }
        int nd = out.length;
        int offset = nd - shape.length;
        int[] stride = new int[nd]; // the parameter's stride per output axis, 0 where broadcast
        int s = 1;
        for (int k = shape.length - 1; k >= 0; k--) {
            stride[k + offset] = shape[k] == 1 ? 0 : s;
            s *= shape[k];
        }
        int[] counter = new int[nd];
        int flat = 0;
        for (int e = 0; e < count; e++) {
            idx[e] = flat;
            for (int axis = nd - 1; axis >= 0; axis--) {
                if (++counter[axis] < out[axis]) {
                    flat += stride[axis];
                    break;
                }
                flat -= stride[axis] * (counter[axis] - 1);
                counter[axis] = 0;
            }
        }
        return idx;
    }

    /**
     * The shape a binary ufunc ({@code np.subtract}, {@code np.greater}) broadcasts its operands to,
     * or its error, which prints the shapes its own way.
     */
    static int[] ufunc(int[] a, int[] b) {
        try {
            return broadcast(a, b);
        } catch (PythonError e) {
            throw PythonError.valueError("operands could not be broadcast together with shapes "
                    + ufuncTuple(a) + " " + ufuncTuple(b) + " ");
        }
    }

    /** A shape as a ufunc's broadcast error prints it: {@code (2,3)}, {@code (4,)}, {@code ()}. */
    private static String ufuncTuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int d : shape) {
            sb.append(d).append(',');
        }
        if (shape.length > 1) {
            sb.setLength(sb.length() - 1);
        }
        return sb.append(')').toString();
    }

    /** {@code np.subtract(a, b)} of float64 parameters, broadcast. */
    static Param subtract(Param a, Param b) {
        int[] shape = ufunc(a.shape(), b.shape());
        int count = (int) NumpyShapes.product(shape);
        int[] ia = indices(shape, count, a.shape());
        int[] ib = indices(shape, count, b.shape());
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = a.values()[ia[i]] - b.values()[ib[i]];
        }
        return new Param(shape, out);
    }

    /** A shape as Python prints a tuple: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static String tuple(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(')').toString();
    }
}
