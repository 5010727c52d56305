package org.seedcompat.harness.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.value.ArrayValue;

/**
 * A Python function signature written as Python writes it, e.g.
 * {@code randint(low, high=None, size=None, dtype='int64')} or {@code rand(*args)}, which binds a
 * call's positional and keyword arguments the way Python does. Defaults are case-language
 * expressions.
 */
public final class Signature {

    private static final Map<String, Signature> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Signature> PYTHON_CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final List<String> params;
    private final Map<String, Object> defaults;
    private final boolean varargs;
    private final boolean pythonWording;
    /** How many of {@code params} may be given by position (those before a bare {@code *}). */
    private final int positional;

    private Signature(String name, List<String> params, Map<String, Object> defaults, boolean varargs,
            boolean pythonWording, int positional) {
        this.name = name;
        this.params = params;
        this.positional = positional;
        this.defaults = defaults;
        this.varargs = varargs;
        this.pythonWording = pythonWording;
    }

    /** A function compiled by Cython (NumPy's methods): argument errors in Cython's words. */
    public static Signature parse(String text) {
        return CACHE.computeIfAbsent(text, t -> doParse(t, false));
    }

    /**
     * A function written in Python (e.g. {@code torch.manual_seed}), or one whose binder words
     * errors as CPython does: "takes 1 positional argument but 2 were given".
     */
    public static Signature python(String text) {
        return PYTHON_CACHE.computeIfAbsent(text, t -> doParse(t, true));
    }

    private static Signature doParse(String text, boolean pythonWording) {
        int open = text.indexOf('(');
        String name = text.substring(0, open);
        String inner = text.substring(open + 1, text.length() - 1).trim();
        List<String> params = new ArrayList<>();
        Map<String, Object> defaults = new HashMap<>();
        boolean varargs = false;
        int positional = -1;
        if (!inner.isEmpty()) {
            for (String p : inner.split(",")) {
                p = p.trim();
                if (p.equals("*")) { // the parameters after a bare * are keyword-only
                    positional = params.size();
                    continue;
                }
                if (p.startsWith("*")) {
                    varargs = true;
                    continue;
                }
                int eq = p.indexOf('=');
                if (eq < 0) {
                    params.add(p);
                } else {
                    String pn = p.substring(0, eq).trim();
                    params.add(pn);
                    defaults.put(pn, Evaluator.eval(Parser.parse(p.substring(eq + 1).trim())));
                }
            }
        }
        return new Signature(name, List.copyOf(params), defaults, varargs, pythonWording,
                positional < 0 ? params.size() : positional);
    }

    /** Evaluates a call's arguments and binds them to this signature. */
    public Bound bind(Expr.Call call) {
        return bind(Evaluator.evalAll(call.args()), evalKwargs(call));
    }

    private static Map<String, Object> evalKwargs(Expr.Call call) {
        Map<String, Object> kw = new LinkedHashMap<>();
        call.kwargs().forEach((k, v) -> kw.put(k, Evaluator.eval(v)));
        return kw;
    }

    public Bound bind(List<Object> args, Map<String, Object> kwargs) {
        if (varargs) {
            if (!kwargs.isEmpty()) {
                throw PythonError.typeError(name + "() got an unexpected keyword argument '"
                        + kwargs.keySet().iterator().next() + "'");
            }
            return new Bound(List.of(), Map.of(), args);
        }
        if (args.size() > positional) {
            throw arity(args.size());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            values.put(params.get(i), args.get(i));
        }
        for (Map.Entry<String, Object> e : kwargs.entrySet()) {
            if (!params.contains(e.getKey())) {
                throw PythonError.typeError(name + "() got an unexpected keyword argument '" + e.getKey() + "'");
            }
            if (values.containsKey(e.getKey())) {
                throw PythonError.typeError(name + "() got multiple values for " + (pythonWording ? "" : "keyword ")
                        + "argument '" + e.getKey() + "'");
            }
            values.put(e.getKey(), e.getValue());
        }
        for (String p : params) {
            if (!values.containsKey(p)) {
                if (!defaults.containsKey(p)) {
                    throw pythonWording ? missing(values) : arity(args.size());
                }
                values.put(p, defaults.get(p));
            }
        }
        return new Bound(params, values, List.of());
    }

    /** The wording for a wrong number of positional arguments (NumPy's methods are Cython). */
    private PythonError arity(int given) {
        int required = countRequired();
        if (pythonWording) {
            String takes = required == positional ? Integer.toString(required) : "from " + required + " to " + positional;
            boolean plural = required != positional || required != 1;
            return PythonError.typeError(name + "() takes " + takes + " positional argument" + (plural ? "s" : "")
                    + " but " + given + (given == 1 ? " was" : " were") + " given");
        }
        int expected = required == positional || given < required ? required : positional;
        String how = required == positional ? "exactly" : given < required ? "at least" : "at most";
        return PythonError.typeError(name + "() takes " + how + " " + expected + " positional argument"
                + (expected == 1 ? "" : "s") + " (" + given + " given)");
    }

    /** CPython's "missing 2 required positional arguments: 'a' and 'b'". */
    private PythonError missing(Map<String, Object> bound) {
        List<String> names = new ArrayList<>();
        for (String p : params) {
            if (!bound.containsKey(p) && !defaults.containsKey(p)) {
                names.add("'" + p + "'");
            }
        }
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + (names.size() > 2 ? "," : "") + " and "
                        + names.get(names.size() - 1);
        return PythonError.typeError(name + "() missing " + names.size() + " required positional argument"
                + (names.size() == 1 ? "" : "s") + ": " + list);
    }

    /** How many arguments it takes positionally. */
    public int positionalCount() {
        return positional;
    }

    private int countRequired() {
        int n = 0;
        for (String p : params) {
            if (!defaults.containsKey(p)) {
                n++;
            }
        }
        return n;
    }

    /** Reads a dtype argument: a name string, a {@code numpy.<type>} object, or Python's {@code int}/{@code float}. */
    public static DType dtype(Object o) {
        if (o instanceof DType d) {
            return d;
        }
        if (o instanceof String s) {
            return DType.fromName(s);
        }
        throw PythonError.typeError("Cannot interpret '" + o + "' as a data type");
    }

    /** Arguments bound to parameter names ({@code *args} calls keep them positional). */
    public static final class Bound {
        private final List<String> params;
        private final Map<String, Object> values;
        private final List<Object> varargs;

        Bound(List<String> params, Map<String, Object> values, List<Object> varargs) {
            this.params = params;
            this.values = values;
            this.varargs = List.copyOf(varargs);
        }

        /** The bound value; Python None is {@link Py#NONE}. */
        public Object get(String param) {
            return values.get(param);
        }

        /**
         * The value of the signature's {@code index}-th parameter, however it was passed: lets a
         * binding shared by many methods ({@code loc, scale, size}) read them by position, so the
         * names are written once, in the signature.
         */
        public Object at(int index) {
            return values.get(params.get(index));
        }

        public boolean isNone(String param) {
            return Py.isNone(values.get(param));
        }

        public List<Object> varargs() {
            return varargs;
        }

        public ArrayValue array(String param) {
            return ArrayConversion.fromObject(values.get(param));
        }
    }
}
