package org.seedcompat.engine.math.glibc;

import org.seedcompat.engine.MathVariant;

/**
 * Bit-exact port of glibc's double-precision {@code tan} (IBM Accurate Mathematical Library,
 * {@code sysdeps/ieee754/dbl-64/s_tan.c}, glibc 2.34 and later after its slow paths were
 * removed; checked against 2.36 on x86-64).
 *
 * <p>Outline, by {@code w = |x|}:
 * <ul>
 *   <li>{@code w <= 1.259e-8}: {@code x};</li>
 *   <li>{@code w <= 0.0608}: an odd degree-11 polynomial;</li>
 *   <li>{@code w <= 0.787}: Gal's accurate table: a point {@code x_i} near {@code i/256} for
 *       which {@code F_i = tan x_i} and {@code G_i = cot x_i} are doubles to about 63 bits, and
 *       {@code tan(x_i + z) = F_i + p(z) (F_i + G_i) / (G_i - p(z))} with {@code p(z) ~ tan z}
 *       a short polynomial;</li>
 *   <li>{@code w <= 25}, {@code w <= 10^8} and beyond: {@code x = n pi/2 + (a + da)} (Cody-Waite
 *       with three, respectively four pieces of {@code pi/2}, then {@link Branred}), and
 *       {@code tan(a + da)} or {@code -cot(a + da)} by the parity of {@code n}, each again by
 *       the polynomial (the cotangent as a double-double reciprocal) or the table.</li>
 * </ul>
 *
 * <p>glibc ships two builds on x86-64 (see {@link MathVariant}). The FMA build
 * ({@code __tan_fma}) computes the double-length product inside its double-length division
 * with an explicit fused multiply-subtract, and GCC contracts the reductions, the polynomials
 * and one product of the division into fused operations; the exact set was read off glibc
 * 2.36's machine code. The generic build ({@code __tan_sse2}, {@code __tan_avx}) evaluates the
 * source as written, with Dekker's splitting for the exact product.
 *
 * <p>Special values: {@code tan(+-0) = +-0}; a NaN input is returned quieted; {@code +-inf}
 * gives x86's default NaN, {@code 0xfff8000000000000}.
 */
public final class TanGlibc {

    private TanGlibc() {
    }

    // odd polynomial for small arguments: tan x ~ x + x^3 (D3 + x^2 D5 + ... + x^8 D11)
    private static final double D3 = 0x1.5555555555555p-2;
    private static final double D5 = 0x1.11111111107c6p-3;
    private static final double D7 = 0x1.ba1ba1cdb8745p-5;
    private static final double D9 = 0x1.664ed49cfc666p-6;
    private static final double D11 = 0x1.2385a3cf2e4eap-7;
    // tan z ~ z + z^3 (E0 + z^2 E1) for the distance z to a table point
    private static final double E0 = 0x1.5555555554dbdp-2;
    private static final double E1 = 0x1.11112e0a6b45fp-3;

    /** Table index: {@code (int) (256 w - 15.5)}, the table starting at {@code i = 16}. */
    private static final double MFFTNHF = -15.5;
    private static final double G1 = 0x1.b096cp-27; // about 1.259e-8
    private static final double G2 = 0x1.f212dp-5; // about 0.0608
    private static final double G3 = 0x1.92f1ap-1; // about 0.787
    private static final double G4 = 25.0;
    private static final double G5 = 1e8;

    /** pi/2 in pieces for Cody-Waite reduction. */
    private static final double MP1 = 0x1.921fb58p0;
    private static final double MP2 = -0x1.dde973cp-27;
    private static final double MP3 = -0x1.cb3b399d747f2p-55;
    private static final double PP3 = -0x1.cb3b398p-55;
    private static final double PP4 = -0x1.d747f23e32ed7p-83;
    private static final double HPINV = 0x1.45f306dc9c883p-1;
    private static final double TOINT = 0x1.8p52;
    /** Dekker's splitting constant 2^27 + 1. */
    private static final double CN = 134217729.0;

    /** {@code {x_i, F_i, G_i}} at {@code [3j .. 3j+2]} for {@code i = j + 16}. */
    private static final double[] XFG = TanData.XFG;

    private static final long DEFAULT_NAN = 0xfff8000000000000L;
    private static final long QUIET_BIT = 0x0008000000000000L;

    /** {@code tan(x)} as glibc's variant {@code v} computes it. */
    public static double tan(double x, MathVariant v) {
        return v == MathVariant.FMA ? tanFma(x) : tanNoFma(x);
    }

    /** {@code x - x} for infinities and NaNs. */
    private static double notFinite(double x) {
        if (x != x) {
            return Double.longBitsToDouble(Double.doubleToRawLongBits(x) | QUIET_BIT);
        }
        return Double.longBitsToDouble(DEFAULT_NAN);
    }

    private static boolean isNotFinite(double x) {
        return (Double.doubleToRawLongBits(x) & 0x7ff0000000000000L) == 0x7ff0000000000000L;
    }

    private static int index(double w) {
        return 3 * (int) (MFFTNHF + 256 * w); // 256 w is exact: fused or not, the same
    }

    // ---------------------------------------------------------------- generic build
    //
    // Each build is split into small methods so that the JIT can inline the paths samplers take
    // (a single 700-byte method is never inlined); the order of the tests is glibc's.

    /** glibc's generic {@code __tan} ({@code __tan_sse2}, {@code __tan_avx}). */
    public static double tanNoFma(double x) {
        double w = Math.abs(x);
        if (w <= G3) {
            if (w <= G1) {
                return x;
            }
            return w <= G2 ? smallNoFma(x) : tableNoFma(x, w);
        }
        return reducedNoFma(x, w);
    }

    private static double smallNoFma(double x) {
        double x2 = x * x;
        double t2 = D9 + x2 * D11;
        t2 = D7 + x2 * t2;
        t2 = D5 + x2 * t2;
        t2 = D3 + x2 * t2;
        t2 *= x * x2;
        return x + t2;
    }

    private static double tableNoFma(double x, double w) {
        int i = index(w);
        double z = w - XFG[i];
        double z2 = z * z;
        double pz = z + z * z2 * (E0 + z2 * E1);
        double fi = XFG[i + 1];
        double gi = XFG[i + 2];
        double t2 = pz * (gi + fi) / (gi - pz);
        double y = fi + t2;
        return Math.copySign(y, x); // glibc's s * y with s = +-1 and y > 0, without a branch
    }

    /** {@code |x| > G3} (or not finite): reduce by multiples of pi/2 (three pieces of pi/2 up to G4). */
    private static double reducedNoFma(double x, double w) {
        if (isNotFinite(x)) {
            return notFinite(x);
        }
        if (!(w <= G4)) {
            return largeNoFma(x, w);
        }
        double t = x * HPINV + TOINT;
        double xn = t - TOINT;
        double t1 = (x - xn * MP1) - xn * MP2;
        int n = (int) Double.doubleToRawLongBits(t) & 1;
        double da = xn * MP3;
        double a = t1 - da;
        da = (t1 - a) - da;
        return fromReducedNoFma(a, da, n);
    }

    /** {@code |x| > G4}: four pieces of pi/2 up to G5, {@link Branred} beyond. */
    private static double largeNoFma(double x, double w) {
        double a;
        double da;
        int n;
        if (w <= G5) {
            double t = x * HPINV + TOINT;
            double xn = t - TOINT;
            double t1 = (x - xn * MP1) - xn * MP2;
            n = (int) Double.doubleToRawLongBits(t) & 1;
            da = xn * PP3;
            t = t1 - da;
            da = (t1 - t) - da;
            t1 = xn * PP4;
            a = t - t1;
            da = ((t - a) - t1) + da;
        } else {
            double[] r = new double[2];
            n = Branred.reduce(x, r) & 1;
            a = r[0];
            da = r[1];
        }
        // EADD (a, da): renormalise
        double s = a + da;
        da = Math.abs(a) > Math.abs(da) ? (a - s) + da : (da - s) + a;
        return fromReducedNoFma(s, da, n);
    }

    /** {@code tan(a + da)} for even {@code n}, {@code -cot(a + da)} for odd. */
    private static double fromReducedNoFma(double a, double da, int n) {
        // glibc branches on the sign of a; these are used only where |a| > G2, so a is not zero and
        // the branch-free forms below are the same values (a random sign would mispredict).
        double sy = Math.copySign(1.0, a);
        double ya = Math.abs(a);
        double yya = sy * da;
        if (ya <= G2) {
            return smallReducedNoFma(a, da, n);
        }
        int i = index(ya);
        double z = (ya - XFG[i]) + yya;
        double z2 = z * z;
        double pz = z + z * z2 * (E0 + z2 * E1);
        double fi = XFG[i + 1];
        double gi = XFG[i + 2];
        if (n != 0) {
            double t2 = pz * (fi + gi) / (fi + pz);
            double y = gi - t2;
            return Math.copySign(y, -sy);
        }
        double t2 = pz * (gi + fi) / (gi - pz);
        double y = fi + t2;
        return Math.copySign(y, sy);
    }

    private static double smallReducedNoFma(double a, double da, int n) {
        double a2 = a * a;
        double t2 = D9 + a2 * D11;
        t2 = D7 + a2 * t2;
        t2 = D5 + a2 * t2;
        t2 = D3 + a2 * t2;
        t2 = da + a * a2 * t2;
        if (n != 0) {
            return -reciprocalNoFma(a, t2);
        }
        return a + t2;
    }

    /** {@code 1 / (a + t)} in double-double, summed: glibc's EADD, then DIV2 of 1 by the sum. */
    private static double reciprocalNoFma(double a, double t) {
        double b = a + t;
        double db = Math.abs(a) > Math.abs(t) ? (a - b) + t : (t - b) + a;
        double c = 1.0 / b;
        // MUL12 (c, b) by Dekker's splitting
        double p = CN * c;
        double hx = (c - p) + p;
        double tx = c - hx;
        p = CN * b;
        double hy = (b - p) + p;
        double ty = b - hy;
        p = hx * hy;
        double q = hx * ty + tx * hy;
        double u = p + q;
        double uu = ((p - u) + q) + tx * ty;
        double cc = ((((1.0 - u) - uu) + 0.0) - c * db) / b;
        double z = c + cc;
        double zz = (c - z) + cc;
        return z + zz;
    }

    // ---------------------------------------------------------------- FMA build

    /** glibc's {@code __tan_fma}. */
    public static double tanFma(double x) {
        double w = Math.abs(x);
        if (w <= G3) {
            if (w <= G1) {
                return x;
            }
            if (w <= G2) {
                double x2 = x * x;
                return Math.fma(x * x2, poly(x2), x);
            }
            return tableFma(x, w);
        }
        return reducedFma(x, w);
    }

    private static double tableFma(double x, double w) {
        int i = index(w);
        double z = w - XFG[i];
        double z2 = z * z;
        double pz = Math.fma(z * z2, Math.fma(z2, E1, E0), z);
        double fi = XFG[i + 1];
        double gi = XFG[i + 2];
        double t2 = pz * (gi + fi) / (gi - pz);
        double y = fi + t2;
        return Math.copySign(y, x); // glibc's s * y with s = +-1 and y > 0, without a branch
    }

    private static double reducedFma(double x, double w) {
        if (isNotFinite(x)) {
            return notFinite(x);
        }
        if (!(w <= G4)) {
            return largeFma(x, w);
        }
        double t = Math.fma(x, HPINV, TOINT);
        double xn = t - TOINT;
        double t1 = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
        int n = (int) Double.doubleToRawLongBits(t) & 1;
        double a = Math.fma(-xn, MP3, t1);
        double da = Math.fma(-xn, MP3, t1 - a);
        return fromReducedFma(a, da, n);
    }

    private static double largeFma(double x, double w) {
        double a;
        double da;
        int n;
        if (w <= G5) {
            double t = Math.fma(x, HPINV, TOINT);
            double xn = t - TOINT;
            double t1 = Math.fma(-xn, MP2, Math.fma(-xn, MP1, x));
            n = (int) Double.doubleToRawLongBits(t) & 1;
            t = Math.fma(-xn, PP3, t1);
            da = Math.fma(-xn, PP3, t1 - t);
            a = Math.fma(-xn, PP4, t);
            da = Math.fma(-xn, PP4, t - a) + da;
        } else {
            double[] r = new double[2];
            n = Branred.reduce(x, r) & 1;
            a = r[0];
            da = r[1];
        }
        double s = a + da;
        da = Math.abs(a) > Math.abs(da) ? (a - s) + da : (da - s) + a;
        return fromReducedFma(s, da, n);
    }

    private static double fromReducedFma(double a, double da, int n) {
        double sy = Math.copySign(1.0, a); // see fromReducedNoFma
        double ya = Math.abs(a);
        double yya = sy * da;
        if (ya <= G2) {
            double a2 = a * a;
            double t2 = Math.fma(a * a2, poly(a2), da);
            if (n != 0) {
                return -reciprocalFma(a, t2);
            }
            return a + t2;
        }
        int i = index(ya);
        double z = (ya - XFG[i]) + yya;
        double z2 = z * z;
        double pz = Math.fma(z * z2, Math.fma(z2, E1, E0), z);
        double fi = XFG[i + 1];
        double gi = XFG[i + 2];
        if (n != 0) {
            double t2 = pz * (fi + gi) / (fi + pz);
            double y = gi - t2;
            return Math.copySign(y, -sy);
        }
        double t2 = pz * (gi + fi) / (gi - pz);
        double y = fi + t2;
        return Math.copySign(y, sy);
    }

    /** {@code D3 + x2 (D5 + x2 (D7 + x2 (D9 + x2 D11)))}, fused. */
    private static double poly(double x2) {
        return Math.fma(x2, Math.fma(x2, Math.fma(x2, Math.fma(x2, D11, D9), D7), D5), D3);
    }

    private static double reciprocalFma(double a, double t) {
        double b = a + t;
        double db = Math.abs(a) > Math.abs(t) ? (a - b) + t : (t - b) + a;
        double c = 1.0 / b;
        double u = c * b;
        double uu = Math.fma(c, b, -u);
        double cc = Math.fma(-c, db, ((1.0 - u) - uu) + 0.0) / b;
        double z = c + cc;
        double zz = (c - z) + cc;
        return z + zz;
    }
}
