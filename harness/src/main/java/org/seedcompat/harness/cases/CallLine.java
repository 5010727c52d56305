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
public record CallLine(List<String> path, Expr.Call call) {

    public CallLine {
        path = List.copyOf(path);
    }

    /** Reads a parsed line; anything that is not a plain path or call is refused as Python refuses it. */
    public static CallLine of(Expr e) {
        if (e instanceof Expr.Name n) {
            return new CallLine(Arrays.asList(n.dotted().split("\\.")), null);
        }
        if (e instanceof Expr.Call c) {
            return new CallLine(Arrays.asList(c.function().dotted().split("\\.")), c);
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
