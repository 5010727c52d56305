/**
 * Translations between the libraries' Mersenne Twister states: a NumPy {@code RandomState} or
 * {@code MT19937}, a PyTorch CPU generator and a Python {@code random.Random} share one MT19937 key
 * and differ in how they record their position and their caches ({@link
 * org.seedcompat.engine.bridge.StateBridge}). A translation says what it kept and what it could not
 * ({@link org.seedcompat.engine.bridge.Translation}).
 *
 * <p>Notes for developers: a new direction is a method on {@code StateBridge} and a case in
 * {@code StateBridgeTest} plus the harness's {@code StateBridgeIT}, which checks it against the
 * real libraries.
 */
package org.seedcompat.engine.bridge;
