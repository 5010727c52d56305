package org.seedcompat.harness.report.cross;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.seedcompat.harness.cases.Evaluator;
import org.seedcompat.harness.cases.Parser;
import org.seedcompat.harness.cases.Py;

/**
 * One seed of the section, as the catalog writes it ({@code "2**32 + 42"}) and as a number.
 *
 * @param expr  the case-language expression, also the case-id suffix
 * @param value its value
 */
record Seed(String expr, BigInteger value) {

    static final BigInteger TWO_32 = BigInteger.ONE.shiftLeft(32);

    /** The seeds the suite holds, in catalog order (those with a raw-word case for RandomState). */
    static List<Seed> of(CrossCases cases) {
        List<Seed> out = new ArrayList<>();
        cases.primary().cases().forEach(c -> {
            if (c.id().startsWith("rs-words[")) {
                String expr = c.id().substring("rs-words[".length(), c.id().length() - 1);
                out.add(new Seed(expr, Py.toInt(Evaluator.eval(Parser.parse(expr)))));
            }
        });
        return out;
    }

    boolean fits32() {
        return value.signum() >= 0 && value.compareTo(TWO_32) < 0;
    }

    /** The seed torch's MT19937 actually gets: the low 32 bits. */
    BigInteger low32() {
        return value.mod(TWO_32);
    }

    /** The catalog expression of the seed torch reduces this one to, or null when absent from the suite. */
    static Seed find(List<Seed> seeds, BigInteger value) {
        return seeds.stream().filter(s -> s.value.equals(value)).findFirst().orElse(null);
    }

    /** Python's init_by_array key for random.seed(s): the 32-bit words of |s|, least significant first. */
    List<Long> pythonKey() {
        List<Long> key = new ArrayList<>();
        BigInteger n = value.abs();
        do {
            key.add(n.longValue() & 0xffffffffL);
            n = n.shiftRight(32);
        } while (n.signum() > 0);
        return key;
    }
}
