/**
 * Random cases for the live tests and {@code ./seedcompat fuzz}: {@link org.seedcompat.harness.fuzz.RandomCases}
 * draws setups (seeds of every form), calls and parameters from one seed, so a run replays exactly.
 * To fuzz a new API, add a generator method next to {@code legacy}, {@code modern} and {@code torch}
 * and list it in the fuzz command's targets.
 */
package org.seedcompat.harness.fuzz;
