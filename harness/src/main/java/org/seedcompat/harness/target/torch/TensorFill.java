package org.seedcompat.harness.target.torch;

import java.util.Arrays;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.target.MethodTable;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.Value;

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

    /**
     * The tensor methods a chain may apply, each declared once: PyTorch's signature (self not
     * counted) and the fill. Methods with one signature get CPython's arity wording from it;
     * {@code random_} and {@code bernoulli_} have overloads, and too many arguments match none.
     */
    static final MethodTable<TensorFill> TABLE = MethodTable.<TensorFill>builder()
            .raw("t()", (f, link) -> f.apply(link, null, (g, a) -> g.transpose()))
            .raw("uniform_(from_=0, to=1)", (f, link) -> f.apply(link, "uniform_(from_=0, to=1)", (g, a) ->
                    g.storage = g.torch.uniform(g.n(), g.dtype, num(a, "uniform_", 0, "from", 0.0), num(a, "uniform_", 1, "to", 1.0)).bits()))
            .raw("normal_(mean=0, std=1)", (f, link) -> f.apply(link, "normal_(mean=0, std=1)", TensorFill::normal))
            .raw("random_(from=0, to=None)", (f, link) -> f.apply(link, 2, (g, a) -> g.storage = g.random(a)))
            .raw("exponential_(lambd=1)", (f, link) -> f.apply(link, "exponential_(lambd=1)", (g, a) ->
                    g.storage = g.torch.exponential(g.n(), g.dtype, num(a, "exponential_", 0, "lambd", 1.0)).bits()))
            .raw("geometric_(p)", (f, link) -> f.apply(link, "geometric_(p)", (g, a) ->
                    g.storage = g.torch.geometric(g.n(), g.dtype, num(a, "geometric_", 0, "p", null)).bits()))
            .raw("cauchy_(median=0, sigma=1)", (f, link) -> f.apply(link, "cauchy_(median=0, sigma=1)", (g, a) ->
                    g.storage = g.torch.cauchy(g.n(), g.dtype, num(a, "cauchy_", 0, "median", 0.0), num(a, "cauchy_", 1, "sigma", 1.0)).bits()))
            .raw("log_normal_(mean=1, std=2)", (f, link) -> f.apply(link, "log_normal_(mean=1, std=2)", (g, a) ->
                    g.storage = g.torch.logNormal(g.n(), g.dtype, num(a, "log_normal_", 0, "mean", 1.0), num(a, "log_normal_", 1, "std", 2.0)).bits()))
            .raw("bernoulli_(p=0.5)", (f, link) -> f.apply(link, 1, TensorFill::bernoulli))
            .build();

    @FunctionalInterface
    private interface Fill {
        void apply(TensorFill tensor, TorchTarget.Args a);
    }

    /** Applies one link of the chain. */
    void apply(Expr.Call link) {
        String method = link.function().dotted();
        if (!TABLE.names().contains(method)) {
            throw new PythonError("UnsupportedCall", "'" + method + "' is not a supported tensor method for " + TorchTarget.NAME);
        }
        TABLE.call(this, method, link, TorchTarget.NAME);
    }

    /** A method of one signature: more positional arguments than it takes is CPython's TypeError. */
    private Value apply(Expr.Call link, String signature, Fill fill) {
        TorchTarget.Args a = TorchTarget.Args.of(link);
        if (signature != null && a.args.size() > Signature.python(signature).positionalCount()) {
            Signature.python(signature).bind(a.args, java.util.Map.of()); // raises PyTorch's wording
        }
        return run(link, a, fill);
    }

    /** An overloaded method: more positional arguments than any overload takes matches none. */
    private Value apply(Expr.Call link, int most, Fill fill) {
        TorchTarget.Args a = TorchTarget.Args.of(link);
        if (a.args.size() > most) {
            throw TorchShape.noOverload(link.function().dotted(), a.args);
        }
        return run(link, a, fill);
    }

    private Value run(Expr.Call link, TorchTarget.Args a, Fill fill) {
        fill.apply(this, a);
        a.done(link.function().dotted());
        return null;
    }

    private int n() {
        return storage.length;
    }

    private void transpose() {
        if (shape.length > 2) {
            throw new PythonError("RuntimeError", "t() expects a tensor with <= 2 dimensions, but self is "
                    + shape.length + "D");
        }
        transposed ^= shape.length == 2;
    }

    private static void normal(TensorFill g, TorchTarget.Args a) {
        double mean = num(a, "normal_", 0, "mean", 0.0);
        double std = num(a, "normal_", 1, "std", 1.0);
        a.done("normal_");
        int n = g.n();
        if (!g.contiguous() && n > 0) {
            if (!(std >= 0.0)) {
                g.torch.normal(0, g.dtype, mean, std); // raises PyTorch's std check
            }
            g.storage = g.torch.normalScalarPath(n, g.dtype, mean, std).bits();
        } else {
            g.storage = g.torch.normal(n, g.dtype, mean, std).bits();
        }
    }

    private static void bernoulli(TensorFill g, TorchTarget.Args a) {
        Object p = a.optionalPositional(0, "p");
        if (p instanceof ArrayValue pt) {
            if (g.transposed || !Arrays.equals(pt.shape(), g.shape)) {
                throw new PythonError("UnsupportedArgument", "bernoulli_(p) with a tensor p needs p of the same shape "
                        + "on a contiguous tensor in the engine");
            }
            g.storage = g.torch.bernoulli(TorchTarget.tensor(pt), g.dtype).bits();
        } else {
            g.storage = g.torch.bernoulli(g.n(), g.dtype, p == null ? 0.5 : Py.toDouble(p)).bits();
        }
    }

    /** {@code random_()}, {@code random_(to)}, {@code random_(from, to)}; {@code to=None} is the dtype's top. */
    private long[] random(TorchTarget.Args a) {
        int n = storage.length;
        Object first = a.optionalPositional(0, "from");
        Object second = a.optionalPositional(1, "to");
        if (first == null && second == null) {
            return torch.random(n, dtype).bits();
        }
        if (a.args.size() == 1 && second == null) {
            return torch.random(n, dtype, 0, TorchInts.int64(Py.toInt(first))).bits(); // random_(to)
        }
        long from = first == null ? 0 : TorchInts.int64(Py.toInt(first));
        Long to = second == null || Py.isNone(second) ? null : TorchInts.int64(Py.toInt(second));
        return torch.random(n, dtype, from, to).bits();
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
