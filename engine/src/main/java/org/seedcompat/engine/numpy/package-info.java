/**
 * NumPy's front ends ({@code _generator.pyx}, {@code mtrand.pyx} and {@code _common.pyx}):
 * {@link org.seedcompat.engine.numpy.NumPy} (the entry points: {@code default_rng}, {@code RandomState},
 * the bit generators by name), {@link org.seedcompat.engine.numpy.Generator},
 * {@link org.seedcompat.engine.numpy.RandomState}, and the values they take and return
 * ({@code Param}/{@code IntParam} for possibly array-valued parameters, {@code Variates} for a sampler's
 * ndarray or scalar). The package-private helpers are {@code _common.pyx}'s: parameter constraints
 * and their messages, broadcasting, {@code size} handling.
 *
 * <p>Notes for developers, adding a distribution: the kernel goes in {@code numpy.distributions}
 * (and a frozen copy in {@code numpy.legacy} where NumPy keeps one), then one method on
 * {@code Generator} and one on {@code RandomState} declaring its constraints as the {@code .pyx}
 * does ({@code ParamCalls.continuous(size, loc, "loc", Constraint.NONE, ...)}); see the README's
 * "Adding a method".
 */
package org.seedcompat.engine.numpy;
