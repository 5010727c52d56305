package org.seedcompat.engine.torch.kernels;

import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.core.CpuGenerator;
import org.seedcompat.engine.torch.core.TorchErrors;

/**
 * PyTorch 2.13's CPU Bernoulli kernels: a scalar {@code p} (and float64 probability tensors)
 * compare a 53-bit double uniform ({@code random64()}) with p; probability tensors of the other
 * floating types compare a 24-bit float uniform (one word). Results are 0/1 in the output dtype.
 */
public final class Bernoullis {

    private Bernoullis() {
    }

    /** {@code bernoulli_(p)} with a Python float p. */
    public static long[] scalar(CpuGenerator g, DType dtype, int n, double p) {
        if (!(0 <= p && p <= 1)) {
            throw TorchErrors.check("bernoulli_ expects p to be in [0, 1], but got p=" + TorchErrors.cpp(p));
        }
        long one = Casts.fromInt64(1, dtype);
        long zero = Casts.fromInt64(0, dtype);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = g.nextDouble() < p ? one : zero;
        }
        return out;
    }

    /**
     * {@code bernoulli(p)} / {@code bernoulli_(p_tensor)}: one draw per element of the (already
     * broadcast) probabilities, given as DType-convention bits of {@code pType}.
     */
    public static long[] tensor(CpuGenerator g, DType outType, long[] p, DType pType) {
        long one = Casts.fromInt64(1, outType);
        long zero = Casts.fromInt64(0, outType);
        long[] out = new long[p.length];
        // Each element's p is checked as its turn comes, after the draws for the elements before it.
        if (pType == DType.FLOAT64) {
            for (int i = 0; i < p.length; i++) {
                double pi = checkedP(Double.longBitsToDouble(p[i]));
                out[i] = g.nextDouble() < pi ? one : zero;
            }
        } else if (pType.isFloat()) {
            for (int i = 0; i < p.length; i++) {
                float pi = (float) checkedP(Uniforms.asFloat(p[i], pType));
                out[i] = g.nextFloat() < pi ? one : zero;
            }
        } else {
            throw TorchErrors.notImplemented("bernoulli_tensor_cpu_p_", pType);
        }
        return out;
    }

    /** {@code bernoulli_distribution}'s constructor check (a bare TORCH_CHECK condition). */
    private static double checkedP(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw TorchErrors.check("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  "
                    + "(Could this error message be improved?  If so, please report an enhancement request to PyTorch.)");
        }
        return p;
    }
}
