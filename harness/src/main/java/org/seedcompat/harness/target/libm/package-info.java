/**
 * The {@code libm} setup: the engine's glibc ports called element-wise ({@code LibmTarget.TABLE},
 * one row per C function) and {@code libm.sample(...)}, the inputs both sides draw alike. A new
 * function is a row there, its port in {@code org.seedcompat.engine.math}, and the name in
 * {@code python-reference/seedcompat_ref/targets/libm.py}.
 */
package org.seedcompat.harness.target.libm;
