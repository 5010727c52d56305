package org.seedcompat.harness.cases;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedcompat.harness.cases.Lexer.Kind;
import org.seedcompat.harness.cases.Lexer.Token;

/**
 * Recursive-descent parser for case expressions, with Python's precedence:
 * {@code + -} below {@code * / // %} below unary {@code - +} below {@code **} (right-associative,
 * binding tighter than a unary minus on its left, as in Python: {@code -2**2 == -4}).
 */
public final class Parser {

    private final String src;
    private final List<Token> tokens;
    private int i;

    private Parser(String src) {
        this.src = src;
        this.tokens = Lexer.tokenize(src);
    }

    /** Parses a whole expression. */
    public static Expr parse(String src) {
        Parser p = new Parser(src);
        Expr e = p.expression();
        p.expectEnd();
        return e;
    }

    /** Parses an expression that must be a call, such as a setup or a call line. */
    public static Expr.Call parseCall(String src) {
        Expr e = parse(src);
        if (!(e instanceof Expr.Call call)) {
            throw new CaseSyntaxException(src, e.column(), "expected a call such as rand(3)");
        }
        return call;
    }

    private void expectEnd() {
        Token t = peek();
        if (t.kind() != Kind.END) {
            throw error(t, "unexpected '" + t.text() + "'");
        }
    }

    private Expr expression() {
        Expr left = term();
        while (isOp("+") || isOp("-")) {
            Token op = next();
            left = new Expr.Binary(op.text(), left, term(), left.column());
        }
        return left;
    }

    private Expr term() {
        Expr left = unary();
        while (isOp("*") || isOp("/") || isOp("//") || isOp("%")) {
            Token op = next();
            left = new Expr.Binary(op.text(), left, unary(), left.column());
        }
        return left;
    }

    private Expr unary() {
        if (isOp("-") || isOp("+")) {
            Token op = next();
            return new Expr.Unary(op.text().charAt(0), unary(), op.column());
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (isOp("**")) {
            next();
            return new Expr.Binary("**", base, unary(), base.column());
        }
        return base;
    }

    private Expr primary() {
        Token t = next();
        switch (t.kind()) {
            case INT:
                return new Expr.IntLit((BigInteger) t.value(), t.column());
            case FLOAT:
                return new Expr.FloatLit((Double) t.value(), t.column());
            case STRING: {
                StringBuilder s = new StringBuilder((String) t.value());
                while (peek().kind() == Kind.STRING) {  // adjacent literals concatenate, as in Python
                    s.append((String) next().value());
                }
                return new Expr.StrLit(s.toString(), t.column());
            }
            case NAME:
                return nameOrCall(t);
            case OP:
                switch (t.text()) {
                    case "(":
                        return parenthesized(t);
                    case "[":
                        return new Expr.ListExpr(items("]"), t.column());
                    case "{":
                        return dict(t);
                    default:
                        throw error(t, "unexpected '" + t.text() + "'");
                }
            default:
                throw error(t, "unexpected end of expression");
        }
    }

    private Expr nameOrCall(Token first) {
        switch (first.text()) {
            case "True":
                return new Expr.BoolLit(true, first.column());
            case "False":
                return new Expr.BoolLit(false, first.column());
            case "None":
                return new Expr.NoneLit(first.column());
            default:
                break;
        }
        StringBuilder dotted = new StringBuilder(first.text());
        while (isOp(".")) {
            next();
            Token part = next();
            if (part.kind() != Kind.NAME) {
                throw error(part, "expected a name after '.'");
            }
            dotted.append('.').append(part.text());
        }
        String name = dotted.toString();
        if (name.equals("np") || name.startsWith("np.")) {
            name = "numpy" + name.substring(2);
        }
        Expr.Name n = new Expr.Name(name, first.column());
        if (!isOp("(")) {
            return n;
        }
        next();
        List<Expr> args = new ArrayList<>();
        Map<String, Expr> kwargs = new LinkedHashMap<>();
        while (!isOp(")")) {
            Token t = peek();
            if (t.kind() == Kind.NAME && tokens.get(i + 1).kind() == Kind.OP && tokens.get(i + 1).text().equals("=")) {
                next();
                next();
                if (kwargs.containsKey(t.text())) {
                    throw error(t, "keyword argument repeated: " + t.text());
                }
                kwargs.put(t.text(), expression());
            } else {
                if (!kwargs.isEmpty()) {
                    throw error(t, "positional argument follows keyword argument");
                }
                args.add(expression());
            }
            if (!isOp(",")) {
                break;
            }
            next();
        }
        expectOp(")");
        Expr.Call call = new Expr.Call(n, args, kwargs, first.column());
        return isOp(".") ? chain(call) : call;
    }

    /**
     * Method calls on a call's result, as Python reads {@code f(x).m(y).n(z)}. An attribute of a
     * call result that is not itself called is refused as the reference refuses it.
     */
    private Expr chain(Expr.Call head) {
        List<Expr.Call> links = new ArrayList<>();
        links.add(head);
        while (isOp(".")) {
            Expr e = nameOrCall(nextName());
            if (e instanceof Expr.Name n) {
                return new Expr.Chain(links, n.dotted().substring(n.dotted().lastIndexOf('.') + 1), head.column());
            }
            if (e instanceof Expr.Chain c) {
                links.addAll(c.links());
                return new Expr.Chain(links, c.attribute(), head.column());
            }
            links.add((Expr.Call) e);
        }
        return new Expr.Chain(links, null, head.column());
    }

    /** Consumes the '.' before a method name and returns the name token. */
    private Token nextName() {
        next();
        Token part = peek();
        if (part.kind() != Kind.NAME) {
            throw error(part, "expected a name after '.'");
        }
        return next();
    }

    private Expr parenthesized(Token open) {
        if (isOp(")")) {
            next();
            return new Expr.TupleExpr(List.of(), open.column());
        }
        Expr first = expression();
        if (isOp(")")) {
            next();
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (isOp(",")) {
            next();
            if (isOp(")")) {
                break;
            }
            items.add(expression());
        }
        expectOp(")");
        return new Expr.TupleExpr(items, open.column());
    }

    private List<Expr> items(String close) {
        List<Expr> items = new ArrayList<>();
        while (!isOp(close)) {
            items.add(expression());
            if (!isOp(",")) {
                break;
            }
            next();
        }
        expectOp(close);
        return items;
    }

    private Expr dict(Token open) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!isOp("}")) {
            keys.add(expression());
            expectOp(":");
            values.add(expression());
            if (!isOp(",")) {
                break;
            }
            next();
        }
        expectOp("}");
        return new Expr.DictExpr(keys, values, open.column());
    }

    private boolean isOp(String op) {
        Token t = peek();
        return t.kind() == Kind.OP && t.text().equals(op);
    }

    private void expectOp(String op) {
        Token t = peek();
        if (!isOp(op)) {
            throw error(t, t.kind() == Kind.END ? "expected '" + op + "' before end of expression"
                    : "expected '" + op + "' but found '" + t.text() + "'");
        }
        next();
    }

    private Token peek() {
        return tokens.get(i);
    }

    private Token next() {
        Token t = tokens.get(i);
        if (t.kind() != Kind.END) {
            i++;
        }
        return t;
    }

    private CaseSyntaxException error(Token t, String problem) {
        return new CaseSyntaxException(src, t.column(), problem);
    }
}
