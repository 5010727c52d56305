package org.seedcompat.engine.numpy.distributions;

import static org.seedcompat.engine.numpy.distributions.ZigguratTables.FI_DOUBLE;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.FI_FLOAT;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.KI_DOUBLE;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.KI_FLOAT;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.NOR_INV_R;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.NOR_INV_R_F;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.NOR_R;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.NOR_R_F;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.WI_DOUBLE;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.WI_FLOAT;

import java.util.Objects;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's standard normal sampler of {@code Generator} ({@code random_standard_normal} and
 * {@code random_standard_normal_f}): a 256-layer ziggurat over {@link ZigguratTables}.
 *
 * <p><b>float64.</b> One {@code next_uint64} per attempt: the low 8 bits pick the layer, the next
 * bit the sign, the next 52 bits the magnitude {@code rabs}, and {@code x = rabs * wi[idx]}. The
 * value is accepted outright when {@code rabs < ki[idx]} (about 99.3%). Otherwise layer 0 samples
 * the tail beyond {@code r} (Marsaglia's method, two {@code next_double} per round, {@code log1p}),
 * with the sign taken from bit 8 of {@code rabs}; other layers accept {@code x} when
 * {@code (fi[idx-1] - fi[idx]) * next_double + fi[idx] < exp(-x*x/2)} and otherwise start again
 * with a new word.
 *
 * <p><b>float32.</b> The same with one {@code next_uint32} per attempt (8 layer bits, 1 sign bit,
 * 23 magnitude bits), float arithmetic, {@code next_float} and {@code log1pf} in the tail; the
 * wedge test compares the float expression with the <em>double</em> {@code exp(-0.5*x*x)}, as C
 * promotes it.
 *
 * <p>{@code exp} and {@code log1p} come from {@link Libm}; everything else is exact IEEE
 * arithmetic in NumPy's order of operations.
 */
public final class ZigguratNormals {

    private ZigguratNormals() {
    }

    /** NumPy's {@code next_float}: the top 24 bits of {@code next_uint32}, times 2^-24. */
    public static float nextFloat(BitGenerator bitGenerator) {
        return (bitGenerator.nextUint32() >>> 8) * 0x1.0p-24f;
    }

    /** One float64 standard normal, {@code random_standard_normal}. */
    public static double next(BitGenerator bitGenerator, Libm libm) {
        for (;;) {
            long r = bitGenerator.nextUint64();
            int idx = (int) (r & 0xff);
            r >>>= 8;
            long rabs = (r >>> 1) & 0x000fffffffffffffL;
            double x = rabs * WI_DOUBLE[idx];
            if ((r & 1) != 0) {
                x = -x;
            }
            if (rabs < KI_DOUBLE[idx]) {
                return x;
            }
            if (idx == 0) {
                return tail(bitGenerator, libm, rabs);
            }
            if ((FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * bitGenerator.nextDouble() + FI_DOUBLE[idx]
                    < libm.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }

    private static double tail(BitGenerator bitGenerator, Libm libm, long rabs) {
        for (;;) {
            double xx = -NOR_INV_R * libm.log1p(-bitGenerator.nextDouble());
            double yy = -libm.log1p(-bitGenerator.nextDouble());
            if (yy + yy > xx * xx) {
                return ((rabs >>> 8) & 1) != 0 ? -(NOR_R + xx) : NOR_R + xx;
            }
        }
    }

    /** {@code random_standard_normal_fill}: {@code out[from, to)} in order. */
    public static void fill(BitGenerator bitGenerator, Libm libm, double[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = next(bitGenerator, libm);
        }
    }

    /** One float32 standard normal, {@code random_standard_normal_f}. */
    public static float nextFloat32(BitGenerator bitGenerator, Libm libm) {
        for (;;) {
            int r = bitGenerator.nextUint32();
            int idx = r & 0xff;
            int rabs = (r >>> 9) & 0x7fffff;
            float x = rabs * WI_FLOAT[idx];
            if (((r >>> 8) & 1) != 0) {
                x = -x;
            }
            if (rabs < KI_FLOAT[idx]) {
                return x;
            }
            if (idx == 0) {
                return tailFloat32(bitGenerator, libm, rabs);
            }
            // float on the left, double on the right: C promotes the comparison to double
            if ((FI_FLOAT[idx - 1] - FI_FLOAT[idx]) * nextFloat(bitGenerator) + FI_FLOAT[idx]
                    < libm.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }

    private static float tailFloat32(BitGenerator bitGenerator, Libm libm, int rabs) {
        for (;;) {
            float xx = -NOR_INV_R_F * libm.log1pf(-nextFloat(bitGenerator));
            float yy = -libm.log1pf(-nextFloat(bitGenerator));
            if (yy + yy > xx * xx) {
                return ((rabs >>> 8) & 1) != 0 ? -(NOR_R_F + xx) : NOR_R_F + xx;
            }
        }
    }

    /** {@code random_standard_normal_fill_f}: {@code out[from, to)} in order. */
    public static void fillFloat32(BitGenerator bitGenerator, Libm libm, float[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = nextFloat32(bitGenerator, libm);
        }
    }
}
