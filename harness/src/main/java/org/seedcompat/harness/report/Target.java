package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.seedcompat.engine.MathVariant;
import org.seedcompat.harness.cases.Expr;
import org.seedcompat.harness.cases.Parser;
import org.seedcompat.harness.target.EngineOptions;

/**
 * What a case's setup creates, named for the report's matrix ({@code numpy Generator(PCG64)},
 * {@code torch CPU (avx2)}, {@code libm (nofma)}), and the family whose tables it shares: targets of
 * one family share a method column set.
 *
 * @param name   readable target name, one matrix row
 * @param family one matrix table
 */
public record Target(String name, String family) {

    public static final String NUMPY_LEGACY = "numpy legacy";
    public static final String NUMPY_GENERATOR = "numpy Generator";
    public static final String NUMPY_SEEDING = "numpy bit generators";
    public static final String NUMPY_SEED_SEQUENCE = "numpy SeedSequence";
    public static final String TORCH = "torch CPU";
    public static final String PYTHON = "python random";
    public static final String LIBM = "libm";
    public static final String OTHER = "other";

    /** The target of a setup in a run with this fingerprint (torch capability, glibc build). */
    public static Target of(String setup, JsonNode fingerprint) {
        String function;
        Expr e;
        try {
            e = Parser.parse(setup);
        } catch (RuntimeException ex) {
            return new Target("unparsed setup", OTHER);
        }
        if (e instanceof Expr.Name n && n.dotted().equals("libm")) {
            MathVariant v = EngineOptions.of(fingerprint).mathVariant();
            return new Target("libm (" + (v == MathVariant.FMA ? "fma" : "nofma") + ")", LIBM);
        }
        if (e instanceof Expr.Chain ch) {
            function = ch.links().get(0).function().dotted();
        } else if (e instanceof Expr.Call c) {
            function = c.function().dotted();
        } else {
            return new Target("unsupported setup", OTHER);
        }
        if (function.startsWith("torch.")) {
            String cap = EngineOptions.of(fingerprint).capability().atenName().toLowerCase(Locale.ROOT);
            return new Target("torch CPU (" + cap + ")", TORCH);
        }
        switch (function) {
            case "numpy.random.RandomState":
                return new Target("numpy RandomState", NUMPY_LEGACY);
            case "numpy.random.seed":
                return new Target("numpy RandomState (global)", NUMPY_LEGACY);
            case "numpy.random.default_rng":
                return new Target("numpy Generator(" + defaultRngBitGenerator((Expr.Call) e) + ")", NUMPY_GENERATOR);
            case "numpy.random.Generator":
                return new Target("numpy Generator(" + bitGenerator((Expr.Call) e) + ")", NUMPY_GENERATOR);
            case "numpy.random.SeedSequence":
                return new Target("SeedSequence", NUMPY_SEED_SEQUENCE);
            case "random.Random":
                return new Target("python random", PYTHON);
            default:
                if (function.startsWith("numpy.random.")) {
                    return new Target("numpy " + function.substring("numpy.random.".length()), NUMPY_SEEDING);
                }
                return new Target(function, OTHER);
        }
    }

    /**
     * {@code default_rng(x)}: PCG64, unless {@code x} is a bit generator (that one) or a RandomState
     * (its bit generator: MT19937 unless it was given one).
     */
    private static String defaultRngBitGenerator(Expr.Call rng) {
        if (rng.args().size() == 1 && rng.args().get(0) instanceof Expr.Call arg) {
            String f = arg.function().dotted();
            if (f.equals("numpy.random.RandomState")) {
                String inner = bitGenerator(arg);
                return inner.equals("other") ? "MT19937" : inner;
            }
            if (f.startsWith("numpy.random.") && !f.equals("numpy.random.SeedSequence")) {
                return f.substring(f.lastIndexOf('.') + 1);
            }
        }
        return "PCG64";
    }

    /** {@code Generator(numpy.random.PCG64(7))} names its bit generator; anything else stays generic. */
    private static String bitGenerator(Expr.Call generator) {
        if (generator.args().size() == 1 && generator.args().get(0) instanceof Expr.Call bg) {
            String f = bg.function().dotted();
            return f.substring(f.lastIndexOf('.') + 1);
        }
        return "other";
    }
}
