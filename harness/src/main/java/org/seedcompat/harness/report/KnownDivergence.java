package org.seedcompat.harness.report;

/**
 * One entry of {@code vectors/known-divergences.json}: a non-exact call that is expected, and why.
 *
 * @param suite  golden suite name, or null for any suite (e.g. both torch capabilities)
 * @param caseId the case id within the suite
 * @param call   the call text exactly as in the case, or null for every call of the case
 * @param reason why it diverges (never empty)
 */
public record KnownDivergence(String suite, String caseId, String call, String reason) {

    public boolean matches(String suiteName, String id, String callText) {
        return (suite == null || suite.equals(suiteName)) && caseId.equals(id) && (call == null || call.equals(callText));
    }

    /** How the entry reads in messages and the report. */
    public String describe() {
        return (suite == null ? "*" : suite) + "/" + caseId + (call == null ? "" : " " + call);
    }
}
