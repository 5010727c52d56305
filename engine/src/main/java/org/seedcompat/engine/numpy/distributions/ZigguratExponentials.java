package org.seedcompat.engine.numpy.distributions;

import static org.seedcompat.engine.numpy.distributions.ZigguratTables.EXP_R;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.EXP_R_F;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.FE_DOUBLE;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.FE_FLOAT;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.KE_DOUBLE;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.KE_FLOAT;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.WE_DOUBLE;
import static org.seedcompat.engine.numpy.distributions.ZigguratTables.WE_FLOAT;

import java.util.Objects;
import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's standard exponential samplers of {@code Generator}: the 256-layer ziggurat
 * ({@code method='zig'}, {@code random_standard_exponential[_f]}) and inversion
 * ({@code method='inv'}).
 *
 * <p><b>Ziggurat, float64.</b> {@code ri = next_uint64 >>> 3}; the low 8 bits of {@code ri} pick
 * the layer, the next 53 bits are the magnitude, {@code x = ri * we[idx]}, accepted when
 * {@code ri < ke[idx]} (about 98.9%). Otherwise layer 0 returns {@code r - log1p(-next_double)}
 * (the tail is itself exponential), and other layers accept {@code x} when
 * {@code (fe[idx-1] - fe[idx]) * next_double + fe[idx] < exp(-x)}, else start over.
 *
 * <p><b>Ziggurat, float32.</b> {@code ri = next_uint32 >>> 1}, 8 layer bits and 23 magnitude
 * bits, float arithmetic throughout, {@code next_float}, {@code log1pf} and {@code expf}.
 *
 * <p><b>Inversion.</b> {@code -log1p(-next_double)}; for float32
 * {@code (float) -log1p(-(double) next_float)}, i.e. the <em>double</em> {@code log1p}, as NumPy.
 */
public final class ZigguratExponentials {

    private ZigguratExponentials() {
    }

    /** One float64 standard exponential by the ziggurat. */
    public static double next(BitGenerator bitGenerator, Libm libm) {
        for (;;) {
            long ri = bitGenerator.nextUint64() >>> 3;
            int idx = (int) (ri & 0xFF);
            ri >>>= 8;
            double x = ri * WE_DOUBLE[idx];
            if (ri < KE_DOUBLE[idx]) {
                return x;
            }
            if (idx == 0) {
                return EXP_R - libm.log1p(-bitGenerator.nextDouble());
            }
            if ((FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * bitGenerator.nextDouble() + FE_DOUBLE[idx]
                    < libm.exp(-x)) {
                return x;
            }
        }
    }

    /** {@code random_standard_exponential_fill}. */
    public static void fill(BitGenerator bitGenerator, Libm libm, double[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = next(bitGenerator, libm);
        }
    }

    /** One float32 standard exponential by the ziggurat. */
    public static float nextFloat32(BitGenerator bitGenerator, Libm libm) {
        for (;;) {
            int ri = bitGenerator.nextUint32() >>> 1;
            int idx = ri & 0xFF;
            ri >>>= 8;
            float x = ri * WE_FLOAT[idx];
            if (ri < KE_FLOAT[idx]) {
                return x;
            }
            if (idx == 0) {
                return EXP_R_F - libm.log1pf(-ZigguratNormals.nextFloat(bitGenerator));
            }
            if ((FE_FLOAT[idx - 1] - FE_FLOAT[idx]) * ZigguratNormals.nextFloat(bitGenerator)
                    + FE_FLOAT[idx] < libm.expf(-x)) {
                return x;
            }
        }
    }

    /** {@code random_standard_exponential_fill_f}. */
    public static void fillFloat32(BitGenerator bitGenerator, Libm libm, float[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = nextFloat32(bitGenerator, libm);
        }
    }

    /** {@code random_standard_exponential_inv_fill}: {@code -log1p(-next_double)}. */
    public static void fillInverse(BitGenerator bitGenerator, Libm libm, double[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            out[i] = -libm.log1p(-bitGenerator.nextDouble());
        }
    }

    /** {@code random_standard_exponential_inv_fill_f}: the double {@code log1p} of a float. */
    public static void fillInverseFloat32(BitGenerator bitGenerator, Libm libm, float[] out, int from, int to) {
        Objects.checkFromToIndex(from, to, out.length);
        for (int i = from; i < to; i++) {
            float u = ZigguratNormals.nextFloat(bitGenerator);
            out[i] = (float) -libm.log1p(-u);
        }
    }
}
