package org.seedcompat.engine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One file of the engine's reference vectors ({@code src/test/resources/org/seedcompat/engine/reference/}),
 * written by {@code python -m seedcompat_ref.engine_vectors} from the real libraries and never edited:
 * {@code # key: value} header lines, then cases — {@code case SETUP}, and per call {@code call EXPR}
 * followed by the result line {@code TYPE V1 V2 ...}.
 */
final class ReferenceFile {

    /** The result types: IEEE bit patterns in hex (f64, f32, f16, bf16) or decimal integers (i, u). */
    static final Set<String> TYPES = Set.of("f64", "f32", "f16", "bf16", "i", "u");

    /** One call of a case and what the real library returned for it. */
    record Call(String expression, String type, String[] values) {
    }

    /** A setup ({@code r = SETUP}) and the calls made on it, in order. */
    record Case(String setup, List<Call> calls) {
        String name() {
            StringBuilder b = new StringBuilder(setup).append(" ::");
            for (Call c : calls) {
                b.append(' ').append(c.expression()).append(';');
            }
            return b.substring(0, b.length() - 1);
        }
    }

    final String name;
    final Map<String, String> header;
    final List<Case> cases;

    private ReferenceFile(String name, Map<String, String> header, List<Case> cases) {
        this.name = name;
        this.header = header;
        this.cases = cases;
    }

    /** A header value, failing when the file has none. */
    String header(String key) {
        String value = header.get(key);
        if (value == null) {
            throw new IllegalStateException(name + ": no '# " + key + ":' header");
        }
        return value;
    }

    /** Loads {@code name} from this package's resources. */
    static ReferenceFile load(String name) {
        try (InputStream in = ReferenceFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no reference file " + name + " on the test classpath");
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceFile parse(String name, BufferedReader reader) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        List<Case> cases = new ArrayList<>();
        String setup = null;
        List<Call> calls = null;
        String expression = null;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String where = name + ":" + lineNumber + ": ";
            if (line.startsWith("# ")) {
                int colon = line.indexOf(": ");
                if (colon > 0 && cases.isEmpty() && setup == null) {
                    header.put(line.substring(2, colon), line.substring(colon + 2));
                }
            } else if (line.startsWith("case ")) {
                requireNoPendingCall(where, expression);
                if (setup != null) {
                    cases.add(finished(where, setup, calls));
                }
                setup = line.substring(5);
                calls = new ArrayList<>();
            } else if (line.startsWith("call ")) {
                requireNoPendingCall(where, expression);
                if (setup == null) {
                    throw new IllegalArgumentException(where + "a call before any case");
                }
                expression = line.substring(5);
            } else {
                if (expression == null) {
                    throw new IllegalArgumentException(where + "a result without its call: " + abbreviated(line));
                }
                String[] tokens = line.split(" ");
                if (!TYPES.contains(tokens[0])) {
                    throw new IllegalArgumentException(where + "unknown result type '" + tokens[0] + "'");
                }
                calls.add(new Call(expression, tokens[0], Arrays.copyOfRange(tokens, 1, tokens.length)));
                expression = null;
            }
        }
        requireNoPendingCall(name + ": at the end: ", expression);
        if (setup != null) {
            cases.add(finished(name + ": at the end: ", setup, calls));
        }
        return new ReferenceFile(name, header, List.copyOf(cases));
    }

    private static Case finished(String where, String setup, List<Call> calls) {
        if (calls.isEmpty()) {
            throw new IllegalArgumentException(where + "case '" + setup + "' has no calls");
        }
        return new Case(setup, List.copyOf(calls));
    }

    private static void requireNoPendingCall(String where, String expression) {
        if (expression != null) {
            throw new IllegalArgumentException(where + "call '" + expression + "' has no result line");
        }
    }

    private static String abbreviated(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }
}
