package org.seedcompat.harness.target.torch;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.torch.TorchRandom;
import org.seedcompat.engine.torch.TorchTensor;
import org.seedcompat.engine.torch.core.CpuGenerator;
import org.seedcompat.harness.cases.CallLine;
import org.seedcompat.harness.cases.Evaluator;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.target.EngineTarget;
import org.seedcompat.harness.target.MethodTable;
import org.seedcompat.harness.target.Methods;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.BigIntValue;
import org.seedcompat.harness.value.NoneValue;
import org.seedcompat.harness.value.ObjectValue;
import org.seedcompat.harness.value.Value;

/**
 * The torch setups on the engine — {@code torch.manual_seed(s)}, {@code torch.set_rng_state(t)},
 * {@code torch.Generator()}, {@code torch.Generator().manual_seed(s)} — answering torch calls with
 * the generator implied ({@code rand(5)}) and chains that fill a fresh tensor in place
 * ({@code empty(5, dtype=torch.float64).uniform_(2, 3)}, {@code empty(4, 8).t().normal_()}), as
 * python-reference/seedcompat_ref/targets/torch_cpu.py does with the real library.
 */
public final class TorchTarget implements EngineTarget {

    static final String NAME = "torch (CPU generator)";
    /**
     * The torch functions, each declared once: PyTorch's documented signature (the arguments the
     * engine reads; {@code generator=} is implied by the setup) and the binding. PyTorch's own
     * argument parser is mimicked by {@link Args}, so the rows read their own arguments.
     */
    static final MethodTable<TorchTarget> TABLE = MethodTable.<TorchTarget>builder()
            .raw("rand(*size, dtype=None)", (t, call) -> t.uniformOrNormal("rand", Args.of(call)))
            .raw("randn(*size, dtype=None)", (t, call) -> t.uniformOrNormal("randn", Args.of(call)))
            .raw("normal(mean, std, size=None)", (t, call) -> TorchNormalCall.normal(t.torch, Args.of(call)))
            .raw("randint(low=0, high, size, dtype=None)", (t, call) -> t.randint(Args.of(call)))
            .raw("randperm(n, dtype=torch.int64)", (t, call) -> t.randperm(Args.of(call)))
            .raw("bernoulli(input, p=None)", (t, call) -> t.bernoulli(Args.of(call)))
            .raw("multinomial(input, num_samples, replacement=False)", (t, call) -> t.multinomial(Args.of(call)))
            .raw("initial_seed()", (t, call) -> {
                Args.of(call).done("initial_seed");
                return BigIntValue.python(new BigInteger(Long.toUnsignedString(t.torch.initialSeed())));
            })
            .raw("get_rng_state()", (t, call) -> t.getRngState(Args.of(call)))
            .raw("set_rng_state(new_state)", (t, call) -> {
                Args a = Args.of(call);
                byte[] state = stateBytes(a.positional(0, "new_state"));
                a.done("set_rng_state");
                t.torch.setRngState(state);
                return NoneValue.INSTANCE;
            })
            .raw("manual_seed(seed)", (t, call) -> t.manualSeed(call))
            .build();

    /** The tensors a chain may start from (nothing is drawn); the methods it goes on with are {@link TensorFill#TABLE}. */
    static final MethodTable<Void> FACTORIES = MethodTable.<Void>builder()
            .raw("empty(*size, dtype=None)", (v, call) -> null)
            .raw("zeros(*size, dtype=None)", (v, call) -> null)
            .raw("ones(*size, dtype=None)", (v, call) -> null)
            .build();

    private final TorchRandom torch;

    private TorchTarget(TorchRandom torch) {
        this.torch = torch;
    }

    public static EngineTarget manualSeed(Expr.Call setup, EngineOptions options) {
        TorchTarget t = new TorchTarget(new TorchRandom(new CpuGenerator(), options.capability(), Libm.of(options.mathVariant())));
        t.torch.manualSeed(seed(Signature.python("manual_seed(seed)").bind(setup).get("seed")));
        return t;
    }

    public static EngineTarget setRngState(Expr.Call setup, EngineOptions options) {
        TorchTarget t = new TorchTarget(new TorchRandom(new CpuGenerator(), options.capability(), Libm.of(options.mathVariant())));
        t.torch.setRngState(stateBytes(Signature.parse("set_rng_state(new_state)").bind(setup).get("new_state")));
        return t;
    }

    public static EngineTarget generator(Expr.Call setup, EngineOptions options) {
        if (!setup.args().isEmpty() || !setup.kwargs().isEmpty()) {
            throw new PythonError("UnsupportedArgument", "torch.Generator(...) takes no arguments in cases (CPU only)");
        }
        return new TorchTarget(new TorchRandom(new CpuGenerator(), options.capability(), Libm.of(options.mathVariant())));
    }

    @Override
    public boolean acceptsChains() {
        return true;
    }

    @Override
    public Value call(CallLine line) {
        if (line.isChain()) {
            return chain(line.links());
        }
        String name = Methods.methodName(line, TABLE.names(), NAME);
        return TABLE.call(this, name, line.call(), NAME);
    }

    private Value uniformOrNormal(String name, Args a) {
        long[] dims = a.size(name);
        DType dtype = a.dtype(DType.FLOAT32);
        a.done(name);
        int[] shape = TorchShape.checked(dims, dtype);
        int n = count(shape);
        return new ArrayValue(dtype, shape, (name.equals("rand") ? torch.rand(n, dtype) : torch.randn(n, dtype)).bits());
    }

    private Value randperm(Args a) {
        a.overloadTakesAtMost("randperm", 1);
        Object arg = a.positional(0, "n");
        if (!(arg instanceof BigInteger big)) {
            throw PythonError.typeError("randperm(): argument 'n' (position 1) must be int, not " + Py.typeName(arg));
        }
        long n = TorchInts.int64(big);
        DType dtype = a.dtype(DType.INT64);
        a.done("randperm");
        TorchShape.checked(new long[] {n}, dtype);
        TorchTensor values = torch.randperm(n, dtype);
        return new ArrayValue(dtype, values.shape(), values.bits());
    }

    private Value bernoulli(Args a) {
        a.overloadTakesAtMost("bernoulli", 2);
        ArrayValue p = a.tensor(0, "input");
        Object scalar = a.optionalPositional(1, "p");
        if (scalar != null) { // bernoulli(input, p): empty_like(input).bernoulli_(p)
            double prob = Py.toDouble(scalar);
            a.done("bernoulli");
            return new ArrayValue(p.dtype(), p.shape(), torch.bernoulli(p.size(), p.dtype(), prob).bits());
        }
        a.done("bernoulli");
        return new ArrayValue(p.dtype(), p.shape(), torch.bernoulli(tensor(p)).bits());
    }

    private Value getRngState(Args a) {
        a.done("get_rng_state");
        byte[] state = torch.getRngState();
        long[] data = new long[state.length];
        for (int i = 0; i < state.length; i++) {
            data[i] = state[i] & 0xFF;
        }
        return new ArrayValue(DType.UINT8, new int[] {data.length}, data);
    }

    private Value manualSeed(Expr.Call call) {
        long seed = seed(Signature.python("manual_seed(seed)").bind(call).get("seed"));
        torch.manualSeed(seed);
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("initial_seed", BigIntValue.python(new BigInteger(Long.toUnsignedString(torch.initialSeed()))));
        return new ObjectValue("torch.Generator", fields);
    }

    private Value randint(Args a) {
        a.overloadTakesAtMost("randint", 3);
        Object first = a.optionalPositional(0, "low");
        Object second = a.optionalPositional(1, "high");
        Object third = a.optionalPositional(2, "size");
        if (first == null || second == null) {
            throw TorchShape.noOverload("randint", a.args);
        }
        BigInteger low;
        BigInteger high;
        Object size;
        if (third == null) { // randint(high, size)
            if (second instanceof BigInteger) {
                throw PythonError.typeError("randint(): argument 'size' (position 2) must be tuple of ints, not int");
            }
            low = BigInteger.ZERO;
            high = Py.toInt(first);
            size = second;
        } else {
            low = Py.toInt(first);
            high = Py.toInt(second);
            size = third;
        }
        long[] dims = TorchShape.unpackOne("randint", size, a.args); // the parser reads the size before the ints
        long lo = TorchInts.int64(low);
        long hi = TorchInts.int64(high);
        DType dtype = a.dtype(DType.INT64);
        a.done("randint");
        int[] shape = TorchShape.checked(dims, dtype);
        return new ArrayValue(dtype, shape, torch.randint(lo, hi, count(shape), dtype).bits());
    }

    private Value multinomial(Args a) {
        if (a.args.size() > 3) { // one signature: the parser words it as CPython does
            Signature.python("multinomial(input, num_samples, replacement=False)").bind(a.args, Map.of());
        }
        ArrayValue p = a.tensor(0, "input");
        long nSample = TorchInts.int64(Py.toInt(a.positional(1, "num_samples")));
        Object replacementArg = a.optionalPositional(2, "replacement");
        boolean replacement = replacementArg != null && Boolean.TRUE.equals(replacementArg);
        a.done("multinomial");
        TorchTensor out = torch.multinomial(tensor(p), nSample, replacement);
        return new ArrayValue(out.dtype(), out.shape(), out.bits());
    }

    /** A chain: a factory ({@code empty}/{@code zeros}/{@code ones}), then tensor methods. */
    private Value chain(List<Expr.Call> links) {
        Expr.Call first = links.get(0);
        String start = first.function().dotted();
        if (!FACTORIES.names().contains(start)) {
            throw new PythonError("UnsupportedCall", "'" + start + "' cannot start a chain for " + NAME
                    + " (start with one of: empty, ones, zeros)");
        }
        Args fa = Args.of(first);
        long[] dims = fa.size(start);
        DType dtype = fa.dtype(DType.FLOAT32);
        fa.done(start);
        int[] shape = TorchShape.checked(dims, dtype);
        TensorFill t = new TensorFill(torch, dtype, shape, start);
        for (Expr.Call link : links.subList(1, links.size())) {
            t.apply(link);
        }
        return t.value();
    }

    /** A seed as {@code manual_seed} takes it: a Python int in [-2^63, 2^64), kept as its uint64 bits. */
    static long seed(Object o) {
        if (!(o instanceof Boolean) && !(o instanceof Double) && !(o instanceof BigInteger)) { // manual_seed calls int(seed)
            throw PythonError.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + Py.typeName(o) + "'");
        }
        BigInteger s = o instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO)
                : o instanceof Double d ? BigInteger.valueOf((long) (double) d) : Py.toInt(o);
        if (s.bitLength() > 64 || s.signum() < 0 && s.bitLength() > 63) {
            throw PythonError.valueError("Overflow when unpacking long long");
        }
        return s.longValue();
    }

    /** The bytes of a uint8 state tensor. */
    static byte[] stateBytes(Object o) {
        if (!(o instanceof ArrayValue a) || a.dtype() != DType.UINT8) {
            throw PythonError.typeError("RNG state must be a torch.ByteTensor");
        }
        byte[] out = new byte[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) a.data()[i];
        }
        return out;
    }

    /** A case's tensor argument as the engine takes it. */
    static TorchTensor tensor(ArrayValue a) {
        return TorchTensor.ofBits(a.dtype(), a.shape(), a.data());
    }

    static int count(int[] shape) {
        return Math.toIntExact(Py.count(shape));
    }

    /**
     * A call's evaluated arguments, read the way torch's Python bindings read them. Argument errors
     * are reported as TypeError with short messages (PyTorch lists every overload instead; cases keep
     * to valid argument forms).
     */
    static final class Args {
        final List<Object> args;
        final Map<String, Object> kwargs;

        private Args(List<Object> args, Map<String, Object> kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }

        static Args of(Expr.Call call) {
            Map<String, Object> kw = new LinkedHashMap<>();
            call.kwargs().forEach((k, v) -> kw.put(k, Evaluator.eval(v)));
            if (kw.containsKey("generator")) {
                throw new PythonError("UnsupportedArgument", "generator= is implied by the setup; leave it out");
            }
            return new Args(new ArrayList<>(Evaluator.evalAll(call.args())), kw);
        }

        /** A size given as {@code *size} ints, one tuple/list, or {@code size=}, unpacked as PyTorch's parser does. */
        long[] size(String function) {
            Object kw = kwargs.remove("size");
            if (kw != null) {
                if (!args.isEmpty()) {
                    throw TorchShape.noOverload(function, args);
                }
                return TorchShape.unpack(function, List.of(kw));
            }
            if (args.isEmpty()) {
                throw TorchShape.noOverload(function, args);
            }
            long[] dims = TorchShape.unpack(function, args);
            args.clear();
            return dims;
        }

        /** More positional arguments than any overload takes: PyTorch lists its overloads. */
        void overloadTakesAtMost(String function, int n) {
            if (args.size() > n) {
                throw TorchShape.noOverload(function, args);
            }
        }

        DType dtype(DType fallback) {
            Object d = kwargs.remove("dtype");
            return d == null || Py.isNone(d) ? fallback : Signature.dtype(d);
        }

        Object positional(int index, String name) {
            Object v = optionalPositional(index, name);
            if (v == null) {
                throw PythonError.typeError("missing required argument '" + name + "'");
            }
            return v;
        }

        /** The argument at {@code index} or given by keyword; null if absent. */
        Object optionalPositional(int index, String name) {
            Object kw = kwargs.remove(name);
            if (kw != null) {
                return kw;
            }
            return index < args.size() ? args.get(index) : null;
        }

        ArrayValue tensor(int index, String name) {
            Object v = positional(index, name);
            if (!(v instanceof ArrayValue a)) {
                throw PythonError.typeError(name + " must be a Tensor, not " + Py.typeName(v));
            }
            return a;
        }

        /** Refuses arguments nobody read (e.g. requires_grad=, out=). */
        void done(String function) {
            if (!kwargs.isEmpty()) {
                throw new PythonError("UnsupportedArgument", function + "(): argument '" + kwargs.keySet().iterator().next()
                        + "' is not supported by the engine");
            }
        }
    }
}
