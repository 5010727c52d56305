package org.seedcompat.harness.target;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.seedcompat.engine.PythonError;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.cases.Signature;
import org.seedcompat.harness.value.Value;

/**
 * One target's methods, each declared once: its Python signature as the library documents it
 * ({@code laplace(loc=0.0, scale=1.0, size=None)}) and its binding to the engine. The whitelist,
 * argument binding and dispatch all come from here; a name that is not in the table is
 * {@code UnsupportedCall}, never some other method.
 *
 * @param <T> what the bindings act on (the target, or the engine object behind it)
 */
public final class MethodTable<T> {

    /** A method whose arguments are bound by its signature (Cython's wording for argument errors). */
    @FunctionalInterface
    public interface Binding<T> {
        Value call(T target, Signature.Bound args);
    }

    /** A method that reads its own arguments ({@code rand(*args)}, PyTorch's parser, ...). */
    @FunctionalInterface
    public interface RawBinding<T> {
        Value call(T target, Expr.Call call);
    }

    /** One row: the name, the signature it was declared with, and the binding. */
    public record Method<T>(String name, String signature, RawBinding<T> binding) {
    }

    private final Map<String, Method<T>> methods;

    private MethodTable(Map<String, Method<T>> methods) {
        this.methods = Collections.unmodifiableMap(methods);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The method names, in declaration order. */
    public Set<String> names() {
        return methods.keySet();
    }

    /**
     * The methods as {@code TargetProvider.members()} lists them: {@code prefix + name + "()" + suffix}
     * ({@code "bit_generator.random_raw()"}, {@code "empty()."}).
     */
    public Set<String> members(String prefix, String suffix) {
        Set<String> out = new java.util.TreeSet<>();
        for (String name : methods.keySet()) {
            out.add(prefix + name + "()" + suffix);
        }
        return out;
    }

    /** Binds and runs {@code name}; a name not in the table is refused. */
    public Value call(T target, String name, Expr.Call call, String targetName) {
        Method<T> m = methods.get(name);
        if (m == null) {
            throw new PythonError("UnsupportedCall", "'" + name + "' is not a supported call for " + targetName);
        }
        return m.binding().call(target, call);
    }

    /** Collects rows; a name declared twice is a programming error. */
    public static final class Builder<T> {
        private final Map<String, Method<T>> methods = new LinkedHashMap<>();

        private Builder() {
        }

        /** A method bound by {@code signature}, e.g. {@code "normal(loc=0.0, scale=1.0, size=None)"}. */
        public Builder<T> method(String signature, Binding<T> binding) {
            // parsed on first use (cached by Signature): defaults may name values the providers add
            return raw(signature, (t, call) -> binding.call(t, Signature.parse(signature).bind(call)));
        }

        /** A method that binds its own arguments; {@code signature} documents them. */
        public Builder<T> raw(String signature, RawBinding<T> binding) {
            String name = signature.substring(0, signature.indexOf('('));
            if (methods.putIfAbsent(name, new Method<>(name, signature, binding)) != null) {
                throw new IllegalStateException(name + " is declared twice");
            }
            return this;
        }

        public MethodTable<T> build() {
            return new MethodTable<>(new LinkedHashMap<>(methods));
        }
    }
}
