package org.seedcompat.harness.cases;

import java.util.Arrays;
import java.util.List;

/**
 * One call line of a case: an attribute path ({@code state}, {@code bit_generator.state}), or a path
 * whose last step is called ({@code rand(3)}, {@code bit_generator.random_raw(3)}). Only the last
 * step may be called; there are no subscripts.
 *
 * @param path  the dotted names, in order ({@code np} as the first name already reads {@code numpy})
 * @param call  the call of the last step, or null for an attribute
 */
public record CallLine(List<String> path, Expr.Call call, List<Expr.Call> links, String trailingAttribute, int column) {

    public CallLine {
        path = List.copyOf(path);
        links = links == null ? null : List.copyOf(links);
    }

    public CallLine(List<String> path, Expr.Call call) {
        this(path, call, null, null, 1);
    }

    public CallLine(List<String> path, Expr.Call call, List<Expr.Call> links) {
        this(path, call, links, null, 1);
    }

    /**
     * For targets that take chains: refuses a chain ending in an uncalled attribute
     * ({@code empty(5).shape}) with the reference's message; returns this line otherwise.
     */
    public CallLine requireChainCalled() {
        if (trailingAttribute != null) {
            throw new UnsupportedExpressionException("attribute '" + trailingAttribute + "' of a call result", column);
        }
        return this;
    }

    /** Whether this line calls methods on a call's result ({@code empty(5).uniform_()}): see {@link #links()}. */
    public boolean isChain() {
        return links != null;
    }

    /**
     * Refuses a chain where a target takes only plain lines, with the reference's message; returns
     * this line otherwise.
     */
    public CallLine requirePlain() {
        if (isChain()) {
            Expr.Call first = links.get(0);
            throw new UnsupportedExpressionException.Shape("call to '" + first.function().dotted() + "'", first.column());
        }
        return this;
    }

    /** Reads a parsed line; anything that is not a plain path or call is refused as Python refuses it. */
    public static CallLine of(Expr e) {
        if (e instanceof Expr.Name n) {
            return new CallLine(Arrays.asList(n.dotted().split("\\.")), null);
        }
        if (e instanceof Expr.Call c) {
            return new CallLine(Arrays.asList(c.function().dotted().split("\\.")), c);
        }
        if (e instanceof Expr.Chain ch && ch.attribute() != null) {
            // Kept as a chain so that targets without chains refuse it as any chain; requireChain() refuses the rest.
            return new CallLine(List.of(ch.attribute()), null, ch.links(), ch.attribute(), ch.column());
        }
        if (e instanceof Expr.Chain ch) {
            Expr.Call last = ch.links().get(ch.links().size() - 1);
            return new CallLine(Arrays.asList(last.function().dotted().split("\\.")), last, ch.links());
        }
        throw new UnsupportedExpressionException.Shape(describe(e), e.column());
    }

    public static CallLine parse(String text) {
        return of(Parser.parse(text));
    }

    /** The whole path, dotted. */
    public String dotted() {
        return String.join(".", path);
    }

    public boolean called() {
        return call != null;
    }

    /** How the reference names a construct in its messages (Python's {@code ast} node names). */
    static String describe(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return "literal " + i.value();
        } else if (e instanceof Expr.FloatLit f) {
            return "literal " + f.value();
        } else if (e instanceof Expr.StrLit s) {
            return "literal '" + s.value() + "'";
        } else if (e instanceof Expr.BoolLit b) {
            return "literal " + (b.value() ? "True" : "False");
        } else if (e instanceof Expr.NoneLit) {
            return "literal None";
        } else if (e instanceof Expr.ListExpr) {
            return "List";
        } else if (e instanceof Expr.TupleExpr) {
            return "Tuple";
        } else if (e instanceof Expr.DictExpr) {
            return "Dict";
        } else if (e instanceof Expr.Unary) {
            return "UnaryOp";
        } else if (e instanceof Expr.Binary) {
            return "BinOp";
        }
        return e.getClass().getSimpleName();
    }
}
