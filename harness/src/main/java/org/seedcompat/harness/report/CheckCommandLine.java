package org.seedcompat.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * The one-line shell command that reproduces a divergence against the live reference:
 * {@code ./seedcompat check [--capability X] 'SETUP' 'CALL'...}, in the environment the suite was
 * generated under (the glibc build through {@code GLIBC_TUNABLES}, which the engine follows too).
 */
final class CheckCommandLine {

    private CheckCommandLine() {
    }

    /**
     * @param calls the case's calls up to and including the diverging one
     */
    static String of(JsonNode fingerprint, String setup, List<String> calls) {
        StringBuilder sb = new StringBuilder();
        JsonNode tunables = fingerprint.path("env").path("GLIBC_TUNABLES");
        if (tunables.isTextual() && !tunables.asText().isEmpty()) {
            sb.append("GLIBC_TUNABLES=").append(quote(tunables.asText())).append(' ');
        }
        sb.append("./seedcompat check");
        JsonNode cap = fingerprint.path("torch_cpu_capability");
        if (setup.startsWith("torch.") && cap.isTextual()) {
            sb.append(" --capability ").append(cap.asText().toLowerCase(Locale.ROOT));
        }
        sb.append(' ').append(quote(setup));
        for (String call : calls) {
            sb.append(' ').append(quote(call));
        }
        return sb.toString();
    }

    /** POSIX single quotes: everything literal; a quote itself closes, escapes and reopens. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
