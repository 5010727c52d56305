package org.seedcompat.engine.torch.kernels;

import org.seedcompat.engine.DType;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.torch.core.Capability;
import org.seedcompat.engine.torch.core.CoreDistributions;
import org.seedcompat.engine.torch.core.CpuGenerator;
import org.seedcompat.engine.torch.core.TorchErrors;

/**
 * PyTorch 2.13's CPU {@code exponential_}, {@code geometric_}, {@code cauchy_} and
 * {@code log_normal_}: each element from one 53-bit double uniform ({@code random64()}), computed
 * in double and cast to the output dtype; {@code log_normal_} goes through the scalar normal with
 * its cache. {@code cauchy_}'s {@code median + sigma*tan(...)} and the normal's
 * {@code val*std + mean} are fused on the AVX2 build.
 */
public final class ContinuousTransforms {

    private static final double PI = Math.PI;

    private ContinuousTransforms() {
    }

    public static long[] exponential(CpuGenerator g, Libm libm, DType dtype, int n, double lambda) {
        if (!(lambda > 0.0)) { // PyTorch checks the parameter before the dtype
            throw TorchErrors.check("exponential_ expects lambda > 0.0, but found lambda=" + TorchErrors.cpp(lambda));
        }
        if (!dtype.isFloat()) {
            throw TorchErrors.check("Exponential distribution is a continuous probability distribution. "
                    + "dtype must be a floating point but you specified " + TorchErrors.scalarTypeName(dtype));
        }
        long[] out = new long[n];
        double scale = -1.0 / lambda;
        for (int i = 0; i < n; i++) {
            out[i] = Casts.fromDouble(scale * libm.log1p(-g.nextDouble()), dtype);
        }
        return out;
    }

    public static long[] geometric(CpuGenerator g, Libm libm, DType dtype, int n, double p) {
        if (!(0 < p && p < 1)) {
            throw TorchErrors.check("geometric_ expects p to be in (0, 1), but got p=" + TorchErrors.cpp(p));
        }
        if (dtype == DType.BOOL || dtype == DType.UINT16 || dtype == DType.UINT32 || dtype == DType.UINT64) {
            throw TorchErrors.notImplemented("geometric_cpu", dtype);
        }
        long[] out = new long[n];
        double denominator = libm.log1p(-p);
        for (int i = 0; i < n; i++) {
            out[i] = Casts.fromDouble(Math.ceil(libm.log(g.nextDouble()) / denominator), dtype);
        }
        return out;
    }

    public static long[] cauchy(CpuGenerator g, Libm libm, Capability cap, DType dtype, int n, double median, double sigma) {
        if (!(sigma > 0.0)) {
            throw TorchErrors.check("cauchy_ expects sigma > 0.0, but found sigma=" + TorchErrors.cpp(sigma));
        }
        if (!dtype.isFloat()) {
            throw TorchErrors.check("Cauchy distribution is a continuous probability distribution. "
                    + "dtype must be a floating point but you specified " + TorchErrors.typeMetaName(dtype));
        }
        boolean fma = cap.avx2Kernels();
        long[] out = new long[n];
        // Two passes (the uniforms, then tan of each) give the same values as PyTorch's one: tan
        // draws nothing. Apart, each loop runs at full speed; interleaved, tan's branches stall
        // the generator's.
        for (int i = 0; i < n; i++) {
            out[i] = Double.doubleToRawLongBits(g.nextDouble());
        }
        for (int i = 0; i < n; i++) {
            double t = libm.tan(PI * (Double.longBitsToDouble(out[i]) - 0.5));
            out[i] = Casts.fromDouble(fma ? Math.fma(sigma, t, median) : median + sigma * t, dtype);
        }
        return out;
    }

    public static long[] logNormal(CpuGenerator g, Libm libm, Capability cap, DType dtype, int n, double mean, double std) {
        if (!(std > 0.0)) {
            throw TorchErrors.check("log_normal_ expects std > 0.0, but found std=" + TorchErrors.cpp(std));
        }
        if (!dtype.isFloat()) {
            throw TorchErrors.notImplemented("log_normal_cpu", dtype);
        }
        boolean fma = cap.avx2Kernels();
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Casts.fromDouble(libm.exp(CoreDistributions.normal(g, libm, mean, std, fma)), dtype);
        }
        return out;
    }
}
