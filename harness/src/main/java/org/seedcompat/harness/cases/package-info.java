/**
 * The case language: a case is a setup expression and call lines ({@link
 * org.seedcompat.harness.cases.Case}), lexed and parsed into {@code Expr} trees (a small, safe subset of
 * Python: literals, tuples, lists, calls, attributes, arithmetic on constants), evaluated against a
 * side's targets by {@code Evaluator}; {@code Signature} binds arguments as CPython/Cython do, with
 * their error wording; {@code Py} holds the Python-level coercions ({@code operator.index},
 * {@code float()}, sizes) with their messages; {@code Catalog} reads {@code vectors/catalog/*.json}.
 *
 * <p>Notes for developers: a value a case may construct (a dtype, a tensor) is registered by a
 * target family through {@link org.seedcompat.harness.cases.CaseValues}, so this package names no
 * target. A case is added to the catalog, never to code (README, "Adding a case").
 */
package org.seedcompat.harness.cases;
