/**
 * The compatibility report: {@code ReportModel} (what {@code report.json} holds, documented in
 * {@code reports/SCHEMA.md}), its HTML, Markdown and JUnit XML renderings, the known divergences
 * ({@code vectors/known-divergences.json}), and {@code ReportWriter}, which writes a report's files
 * atomically (no run leaves half-written files, nothing it did not create is deleted).
 * {@code report.cross} builds the cross-library section; {@code report.html} holds the HTML helpers
 * both use.
 */
package org.seedcompat.harness.report;
