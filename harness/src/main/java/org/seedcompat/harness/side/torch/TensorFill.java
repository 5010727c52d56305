package org.seedcompat.harness.side.torch;

import java.util.Arrays;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.value.ArrayValue;

/**
 * A tensor made by {@code empty}/{@code zeros}/{@code ones} and filled in place by a chain of
 * tensor methods. PyTorch's nullary kernels fill storage in memory order whatever the view, so
 * the storage is kept as made and {@code t()} only flips how it is read; a non-contiguous view
 * sends {@code normal_} down the scalar path.
 */
final class TensorFill {

    private final TorchRandom torch;
    private final DType dtype;
    private final int[] shape;
    private long[] storage;
    private boolean transposed;

    TensorFill(TorchRandom torch, DType dtype, int[] shape, String factory) {
        this.torch = torch;
        this.dtype = dtype;
        this.shape = shape.clone();
        this.storage = new long[TorchTarget.count(shape)];
        if (factory.equals("ones")) {
            Arrays.fill(storage, fromLong(1));
        }
    }

    private long fromLong(long v) {
        ArrayValue one = TorchValues.tensor(new Py.PyList(java.util.List.of(java.math.BigInteger.valueOf(v))), dtype);
        return one.data()[0];
    }

    /** The tensor methods with one signature, as PyTorch's parser counts them (self not included). */
    private static final java.util.Map<String, String> SIGNATURES = java.util.Map.of(
            "uniform_", "uniform_(from_=0, to=1)", "normal_", "normal_(mean=0, std=1)",
            "exponential_", "exponential_(lambd=1)", "geometric_", "geometric_(p)",
            "cauchy_", "cauchy_(median=0, sigma=1)", "log_normal_", "log_normal_(mean=1, std=2)");
    /** The most positional arguments of any overload of the others: more match none of them. */
    private static final java.util.Map<String, Integer> OVERLOADED = java.util.Map.of("random_", 2, "bernoulli_", 1);

    void apply(Expr.Call link) {
        String method = link.function().dotted();
        TorchTarget.Args a = TorchTarget.Args.of(link);
        checkArity(method, a);
        int n = storage.length;
        switch (method) {
            case "t" -> {
                if (shape.length > 2) {
                    throw new PythonError("RuntimeError", "t() expects a tensor with <= 2 dimensions, but self is "
                            + shape.length + "D");
                }
                transposed ^= shape.length == 2;
            }
            case "uniform_" -> storage = torch.uniform(n, dtype, num(a, method, 0, "from", 0.0), num(a, method, 1, "to", 1.0));
            case "normal_" -> {
                double mean = num(a, method, 0, "mean", 0.0);
                double std = num(a, method, 1, "std", 1.0);
                a.done(method);
                if (!contiguous() && n > 0) {
                    if (!(std >= 0.0)) {
                        torch.normal(0, dtype, mean, std); // raises PyTorch's std check
                    }
                    storage = torch.normalScalarPath(n, dtype, mean, std);
                } else {
                    storage = torch.normal(n, dtype, mean, std);
                }
            }
            case "random_" -> storage = random(a);
            case "exponential_" -> storage = torch.exponential(n, dtype, num(a, method, 0, "lambd", 1.0));
            case "geometric_" -> storage = torch.geometric(n, dtype, num(a, method, 0, "p", null));
            case "cauchy_" -> storage = torch.cauchy(n, dtype, num(a, method, 0, "median", 0.0), num(a, method, 1, "sigma", 1.0));
            case "log_normal_" -> storage = torch.logNormal(n, dtype, num(a, method, 0, "mean", 1.0), num(a, method, 1, "std", 2.0));
            case "bernoulli_" -> {
                Object p = a.optionalPositional(0, "p");
                if (p instanceof ArrayValue pt) {
                    if (transposed || !Arrays.equals(pt.shape(), shape)) {
                        throw new PythonError("UnsupportedArgument", "bernoulli_(p) with a tensor p needs p of the same shape "
                                + "on a contiguous tensor in the engine");
                    }
                    storage = torch.bernoulli(pt.data(), pt.dtype(), dtype);
                } else {
                    storage = torch.bernoulli(n, dtype, p == null ? 0.5 : Py.toDouble(p));
                }
            }
            default -> throw new PythonError("UnsupportedCall", "'" + method + "' is not a supported tensor method for "
                    + TorchTarget.NAME);
        }
        a.done(method);
    }

    private static void checkArity(String method, TorchTarget.Args a) {
        String signature = SIGNATURES.get(method);
        if (signature != null && a.args.size() > Signature.python(signature).positionalCount()) {
            Signature.python(signature).bind(a.args, java.util.Map.of()); // raises PyTorch's wording
        }
        Integer most = OVERLOADED.get(method);
        if (most != null && a.args.size() > most) {
            throw TorchShape.noOverload(method, a.args);
        }
    }

    /** {@code random_()}, {@code random_(to)}, {@code random_(from, to)}; {@code to=None} is the dtype's top. */
    private long[] random(TorchTarget.Args a) {
        int n = storage.length;
        Object first = a.optionalPositional(0, "from");
        Object second = a.optionalPositional(1, "to");
        if (first == null && second == null) {
            return torch.random(n, dtype);
        }
        if (a.args.size() == 1 && second == null) {
            return torch.random(n, dtype, 0, TorchInts.int64(Py.toInt(first))); // random_(to)
        }
        long from = first == null ? 0 : TorchInts.int64(Py.toInt(first));
        Long to = second == null || Py.isNone(second) ? null : TorchInts.int64(Py.toInt(second));
        return torch.random(n, dtype, from, to);
    }

    private static double num(TorchTarget.Args a, String method, int index, String name, Double fallback) {
        Object v = a.optionalPositional(index, name);
        if (v == null) {
            if (fallback == null) { // PyTorch's parser words it so, plural included
                throw PythonError.typeError(method + "() missing 1 required positional arguments: \"" + name + "\"");
            }
            return fallback;
        }
        return Py.toDouble(v);
    }

    /** {@code is_contiguous()}: a transposed 2-d view is, only if a dimension has size 1. */
    private boolean contiguous() {
        return !transposed || shape[0] == 1 || shape[1] == 1;
    }

    /** The tensor as Python sees it: logical shape, C order. */
    ArrayValue value() {
        if (!transposed) {
            return new ArrayValue(dtype, shape, storage);
        }
        int rows = shape[0];
        int cols = shape[1];
        long[] out = new long[storage.length];
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < rows; j++) {
                out[i * rows + j] = storage[j * cols + i];
            }
        }
        return new ArrayValue(dtype, new int[] {cols, rows}, out);
    }
}
