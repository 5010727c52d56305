/**
 * HTML escaping and formatting shared by the report pages and the cross-library pages. It sits
 * below both {@code report} and {@code report.cross} so that neither imports the other's HTML
 * helpers; add here only formatting that knows nothing of cases or results.
 */
package org.seedcompat.harness.report.html;
