package org.seedcompat.harness.cases;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The syntax tree of a case expression: the small subset of Python the case language accepts.
 * Every node records the 1-based column where it starts, for error messages.
 */
public sealed interface Expr {

    int column();

    record IntLit(BigInteger value, int column) implements Expr {
    }

    record FloatLit(double value, int column) implements Expr {
    }

    record StrLit(String value, int column) implements Expr {
    }

    /** {@code True}, {@code False}. */
    record BoolLit(boolean value, int column) implements Expr {
    }

    record NoneLit(int column) implements Expr {
    }

    /** A dotted name such as {@code numpy.random.RandomState} ({@code np.} already normalised). */
    record Name(String dotted, int column) implements Expr {
    }

    record ListExpr(List<Expr> items, int column) implements Expr {
    }

    record TupleExpr(List<Expr> items, int column) implements Expr {
    }

    /** A dict display; keys are expressions, in source order. */
    record DictExpr(List<Expr> keys, List<Expr> values, int column) implements Expr {
    }

    /** {@code -x} or {@code +x}. */
    record Unary(char op, Expr operand, int column) implements Expr {
    }

    /** A binary arithmetic operation; {@code op} is one of + - * / // % **. */
    record Binary(String op, Expr left, Expr right, int column) implements Expr {
    }

    /** A call of a dotted name: {@code f(a, b, key=c)}. Keyword order is kept. */
    record Call(Name function, List<Expr> args, Map<String, Expr> kwargs, int column) implements Expr {
        /** The function's last dotted component: the method name of a call line. */
        public String simpleName() {
            String d = function.dotted();
            return d.substring(d.lastIndexOf('.') + 1);
        }
    }

    /**
     * Methods called on a call's result: {@code empty(5).uniform_(2, 3)},
     * {@code torch.Generator().manual_seed(42)}. The first link calls a dotted name; each later link
     * calls a method (its function names the method) on the previous link's result. A chain may
     * end in an attribute that is not called ({@code empty(5).shape}); the case language refuses
     * those when they are evaluated, as the reference does.
     *
     * @param attribute the trailing uncalled attribute's last name, or null
     */
    record Chain(List<Call> links, String attribute, int column) implements Expr {
        public Chain {
            links = List.copyOf(links);
        }
    }
}
