package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.math.Libm;

/**
 * NumPy's {@code random_vonmises} ({@code Generator}), Best and Fisher's rejection method:
 * {@code s} from {@code kappa} ({@code 1/kappa + kappa} below {@code 1e-5}, else
 * {@code (1 + rho^2) / (2 rho)} with {@code rho = (r - sqrt(2r)) / (2 kappa)},
 * {@code r = 1 + sqrt(1 + 4 kappa^2)}), then pairs of uniforms {@code U, V} until
 * {@code W = (1 + s cos(pi U)) / (s + cos(pi U))} is accepted, one more uniform for the sign of
 * {@code acos W}, and {@code mu} added with the result wrapped into {@code [-pi, pi]} by
 * {@code fmod}. Shortcuts: NaN {@code kappa} is NaN without a draw; {@code kappa < 1e-8} is
 * {@code pi (2U - 1)}, {@code mu} ignored; {@code kappa > 1e6} is the wrapped normal
 * {@code mu + sqrt(1/kappa) Zn} with one correction by {@code 2 pi} each way (this branch is the
 * Generator's only: {@code LegacyVonMisesAngles} keeps the rejection loop for any {@code kappa}).
 */
public final class VonMisesAngles {

    private VonMisesAngles() {
    }

    /** {@code random_vonmises(mu, kappa)} (assumes {@code kappa} validated by the caller). */
    public static double vonmises(BitGenerator bitGenerator, Libm libm, double mu, double kappa) {
        if (kappa != kappa) {
            return Double.NaN;
        }
        if (kappa < 1e-8) {
            return Math.PI * (2 * bitGenerator.nextDouble() - 1);
        }
        double s;
        if (kappa < 1e-5) {
            s = 1.0 / kappa + kappa;
        } else if (kappa <= 1e6) {
            s = rhoS(kappa);
        } else {
            double result = mu + Math.sqrt(1.0 / kappa) * ZigguratNormals.next(bitGenerator, libm);
            if (result < -Math.PI) {
                result += 2 * Math.PI;
            }
            if (result > Math.PI) {
                result -= 2 * Math.PI;
            }
            return result;
        }
        return accepted(bitGenerator, libm, mu, kappa, s);
    }

    /** {@code s = (1 + rho^2) / (2 rho)}, as NumPy writes it (shared with the legacy copy). */
    public static double rhoS(double kappa) {
        double r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
        double rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
        return (1 + rho * rho) / (2 * rho);
    }

    /** The rejection loop, the sign draw and the wrap (shared with the legacy copy). */
    public static double accepted(BitGenerator bitGenerator, Libm libm, double mu, double kappa, double s) {
        double w;
        while (true) {
            double u = bitGenerator.nextDouble();
            double z = libm.cos(Math.PI * u);
            w = (1 + s * z) / (s + z);
            double y = kappa * (s - w);
            double v = bitGenerator.nextDouble();
            // log only when the first test fails, as C's || evaluates it
            if (y * (2 - y) - v >= 0 || libm.log(y / v) + 1 - y >= 0) {
                break;
            }
        }
        double u = bitGenerator.nextDouble();
        double result = libm.acos(w);
        if (u < 0.5) {
            result = -result;
        }
        result += mu;
        boolean neg = result < 0;
        double mod = (Math.abs(result) + Math.PI) % (2 * Math.PI) - Math.PI; // Java's % is C's fmod, exactly
        return neg ? -mod : mod;
    }
}
