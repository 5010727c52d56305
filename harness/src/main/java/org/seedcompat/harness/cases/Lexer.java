package org.seedcompat.harness.cases;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Splits a case expression into tokens, Python-style (numbers, strings, names, operators). */
final class Lexer {

    enum Kind { INT, FLOAT, STRING, NAME, OP, END }

    record Token(Kind kind, String text, Object value, int column) {
    }

    private static final String[] OPERATORS = {"**", "//", "(", ")", "[", "]", "{", "}", ",", ":", "=", ".",
        "+", "-", "*", "/", "%"};

    private final String src;
    private int pos;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokenize(String src) {
        return new Lexer(src).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
                pos++;
            }
            if (pos >= src.length()) {
                out.add(new Token(Kind.END, "", null, pos + 1));
                return out;
            }
            char c = src.charAt(pos);
            if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
                out.add(number());
            } else if (c == '\'' || c == '"') {
                out.add(string(c));
            } else if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
                out.add(new Token(Kind.NAME, src.substring(start, pos), null, start + 1));
            } else {
                out.add(operator());
            }
        }
    }

    private Token operator() {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                Token t = new Token(Kind.OP, op, null, pos + 1);
                pos += op.length();
                return t;
            }
        }
        throw new CaseSyntaxException(src, pos + 1, "unexpected character '" + src.charAt(pos) + "'");
    }

    private Token number() {
        int start = pos;
        if (src.charAt(pos) == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char base = Character.toLowerCase(src.charAt(pos + 1));
            pos += 2;
            int digitsStart = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            String digits = src.substring(digitsStart, pos).replace("_", "");
            int radix = base == 'x' ? 16 : base == 'o' ? 8 : 2;
            try {
                return new Token(Kind.INT, src.substring(start, pos), new BigInteger(digits, radix), start + 1);
            } catch (NumberFormatException e) {
                throw new CaseSyntaxException(src, start + 1, "invalid integer literal '" + src.substring(start, pos) + "'");
            }
        }
        boolean isFloat = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isDigit(c) || c == '_') {
                pos++;
            } else if (c == '.' && !isFloat) {
                isFloat = true;
                pos++;
            } else if ((c == 'e' || c == 'E') && pos + 1 < src.length()) {
                int save = pos;
                pos++;
                if (src.charAt(pos) == '+' || src.charAt(pos) == '-') {
                    pos++;
                }
                if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    isFloat = true;
                    while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save;
                }
                break;
            } else {
                break;
            }
        }
        if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
            throw new CaseSyntaxException(src, start + 1, "invalid number literal");
        }
        String text = src.substring(start, pos).replace("_", "");
        if (isFloat) {
            return new Token(Kind.FLOAT, text, Double.parseDouble(text), start + 1);
        }
        if (text.length() > 1 && text.charAt(0) == '0' && !text.chars().allMatch(ch -> ch == '0')) {
            throw new CaseSyntaxException(src, start + 1,
                    "leading zeros in decimal integer literals are not permitted");
        }
        return new Token(Kind.INT, text, new BigInteger(text), start + 1);
    }

    private Token string(char quote) {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw new CaseSyntaxException(src, start + 1, "unterminated string literal");
            }
            char c = src.charAt(pos++);
            if (c == quote) {
                break;
            }
            if (c == '\\' && pos < src.length()) {
                char e = src.charAt(pos++);
                switch (e) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case '\\': sb.append('\\'); break;
                    case '\'': sb.append('\''); break;
                    case '"': sb.append('"'); break;
                    default: sb.append('\\').append(e);
                }
            } else {
                sb.append(c);
            }
        }
        return new Token(Kind.STRING, src.substring(start, pos), sb.toString(), start + 1);
    }
}
