package org.seedcompat.engine.math;

import org.seedcompat.engine.MathVariant;
import org.seedcompat.engine.math.glibc.AcosGlibc;
import org.seedcompat.engine.math.glibc.ExpGlibc;
import org.seedcompat.engine.math.glibc.Expm1Glibc;
import org.seedcompat.engine.math.glibc.ExpfGlibc;
import org.seedcompat.engine.math.glibc.Log1pGlibc;
import org.seedcompat.engine.math.glibc.Log1pfGlibc;
import org.seedcompat.engine.math.glibc.LogGlibc;
import org.seedcompat.engine.math.glibc.LogfGlibc;
import org.seedcompat.engine.math.glibc.PowGlibc;
import org.seedcompat.engine.math.glibc.PowfGlibc;
import org.seedcompat.engine.math.glibc.SinCosGlibc;
import org.seedcompat.engine.math.glibc.SincosfGlibc;
import org.seedcompat.engine.math.glibc.TanGlibc;

/**
 * The C math library functions NumPy's and PyTorch's samplers call, as one build of glibc
 * computes them: every transcendental a sampler needs goes through an instance of this class.
 *
 * <p>Both libraries link against the system libm (glibc on Linux), whose results differ from
 * {@link Math} in the last bit on roughly 0.1% of inputs, so bit-exact output needs ports of
 * glibc's routines. glibc ships an FMA and a generic build of several of them and picks one per
 * process ({@link MathVariant}); an instance reproduces one build, so two instances let one JVM
 * imitate both kinds of machine. {@link #system()} is the build glibc would pick here.
 *
 * <p>The variant test in each method is a field read of a final class (no virtual dispatch) and
 * a branch that always goes the same way, which the JIT predicts.
 */
public final class Libm {

    private static final Libm FMA_BUILD = new Libm(MathVariant.FMA);
    private static final Libm GENERIC_BUILD = new Libm(MathVariant.NO_FMA);

    private final MathVariant variant;
    private final boolean fma;

    private Libm(MathVariant variant) {
        this.variant = variant;
        this.fma = variant == MathVariant.FMA;
    }

    /** The functions as glibc's build {@code variant} computes them. */
    public static Libm of(MathVariant variant) {
        return variant == MathVariant.FMA ? FMA_BUILD : GENERIC_BUILD;
    }

    /** The build glibc picks in this process ({@link MathVariant#current()}). */
    public static Libm system() {
        return of(MathVariant.current());
    }

    /** The glibc build these functions reproduce. */
    public MathVariant variant() {
        return variant;
    }

    /** Natural logarithm, bit for bit as glibc's {@code log} (2.28 and later); see {@link LogGlibc}. */
    public double log(double x) {
        return fma ? LogGlibc.logFma(x) : LogGlibc.logNoFma(x);
    }

    /**
     * Square root, as C's {@code sqrt}. IEEE 754 requires sqrt to be correctly rounded, so
     * {@link Math#sqrt} already agrees with glibc bit for bit.
     */
    public double sqrt(double x) {
        return Math.sqrt(x);
    }

    /**
     * {@code log1p(x)}, bit for bit as glibc's (see {@link Log1pGlibc}). The FMA build exists in
     * glibc 2.39 and in distribution 2.36 builds that carry its backport (Debian 12 from
     * 2.36-9+deb12u10).
     */
    public double log1p(double x) {
        return fma ? Log1pGlibc.log1pFma(x) : Log1pGlibc.log1pNoFma(x);
    }

    /** {@code log1pf(x)}, bit for bit as glibc's single build (see {@link Log1pfGlibc}). */
    public float log1pf(float x) {
        return Log1pfGlibc.log1pf(x);
    }

    /** {@code exp(x)}, bit for bit as glibc's (see {@link ExpGlibc}). */
    public double exp(double x) {
        return fma ? ExpGlibc.expFma(x) : ExpGlibc.expNoFma(x);
    }

    /**
     * {@code expm1(x)}, bit for bit as glibc's (see {@link Expm1Glibc}); like {@code log1p}, its
     * FMA build is a backport in Debian's 2.36.
     */
    public double expm1(double x) {
        return fma ? Expm1Glibc.expm1Fma(x) : Expm1Glibc.expm1NoFma(x);
    }

    /** {@code expf(x)}, bit for bit as glibc's (see {@link ExpfGlibc}). */
    public float expf(float x) {
        return fma ? ExpfGlibc.expfFma(x) : ExpfGlibc.expfNoFma(x);
    }

    /**
     * {@code pow(x, y)}, bit for bit as glibc's (see {@link PowGlibc}); both the current symbol
     * and the {@code pow@GLIBC_2.2.5} that NumPy's wheels bind return these values.
     */
    public double pow(double x, double y) {
        return fma ? PowGlibc.powFma(x, y) : PowGlibc.powNoFma(x, y);
    }

    /** {@code powf(x, y)}, bit for bit as glibc's (see {@link PowfGlibc}). */
    public float powf(float x, float y) {
        return fma ? PowfGlibc.powfFma(x, y) : PowfGlibc.powfNoFma(x, y);
    }

    /** {@code sin(x)}, bit for bit as glibc's (see {@link SinCosGlibc}). */
    public double sin(double x) {
        return fma ? SinCosGlibc.sinFma(x) : SinCosGlibc.sinNoFma(x);
    }

    /** {@code cos(x)}, bit for bit as glibc's (see {@link SinCosGlibc}). */
    public double cos(double x) {
        return fma ? SinCosGlibc.cosFma(x) : SinCosGlibc.cosNoFma(x);
    }

    /** {@code tan(x)}, bit for bit as glibc's (see {@link TanGlibc}). */
    public double tan(double x) {
        return fma ? TanGlibc.tanFma(x) : TanGlibc.tanNoFma(x);
    }

    /** {@code acos(x)}, bit for bit as glibc's (see {@link AcosGlibc}). */
    public double acos(double x) {
        return fma ? AcosGlibc.acosFma(x) : AcosGlibc.acosNoFma(x);
    }

    /** {@code logf(x)}, bit for bit as glibc's single build (see {@link LogfGlibc}). */
    public float logf(float x) {
        return LogfGlibc.logf(x);
    }

    /** {@code sinf(x)}, bit for bit as glibc's (see {@link SincosfGlibc}). */
    public float sinf(float x) {
        return fma ? SincosfGlibc.sinfFma(x) : SincosfGlibc.sinfNoFma(x);
    }

    /** {@code cosf(x)}, bit for bit as glibc's (see {@link SincosfGlibc}). */
    public float cosf(float x) {
        return fma ? SincosfGlibc.cosfFma(x) : SincosfGlibc.cosfNoFma(x);
    }

    @Override
    public String toString() {
        return "glibc libm (" + (fma ? "fma" : "nofma") + " build)";
    }
}
