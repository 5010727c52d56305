/**
 * The report's cross-library section: which claims of the seeding texts hold, layer by layer (seeding,
 * raw words, transforms, distributions), with evidence computed by the engine and checked against
 * the reference ({@code Claims}, {@code ClaimFile}, {@code *Layer}, {@code Findings}), and its
 * HTML/Markdown/SVG rendering.
 */
package org.seedcompat.harness.report.cross;
