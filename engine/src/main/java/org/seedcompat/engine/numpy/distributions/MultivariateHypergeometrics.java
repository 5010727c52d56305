package org.seedcompat.engine.numpy.distributions;

import org.seedcompat.engine.BitGenerator;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.math.Libm;

/**
 * {@code Generator.multivariate_hypergeometric}'s two kernels ({@code random_mvhg_count.c},
 * {@code random_mvhg_marginals.c}). Both return at once for {@code total == 0},
 * {@code nsample == 0} or no variates, and draw the smaller side
 * ({@code total - nsample} when {@code nsample > total / 2}), complementing each variate after.
 */
public final class MultivariateHypergeometrics {

    /** The largest Java array; NumPy's own malloc bound is far higher. */
    private static final long MAX_CHOICES = Integer.MAX_VALUE - 8;

    private MultivariateHypergeometrics() {
    }

    /**
     * {@code 'count'}: a partial Fisher-Yates shuffle of the items (the colour of each), the first
     * {@code nsample} counted per variate. The item array is built once per call and carries its
     * permutation from one variate to the next, as in NumPy.
     *
     * @throws PythonError MemoryError NumPy's "Insufficient memory ..." when the item array
     *                     cannot be allocated (here: beyond a Java array, or the heap)
     */
    public static void count(BitGenerator bitGenerator, long total, long[] colors, long nsample, int numVariates,
                             long[] out) {
        if (total == 0 || nsample == 0 || numVariates == 0) {
            return;
        }
        int[] choices;
        try {
            if (total > MAX_CHOICES) {
                throw new OutOfMemoryError();
            }
            choices = new int[(int) total];
        } catch (OutOfMemoryError e) {
            throw new PythonError("MemoryError", "Insufficient memory for multivariate_hypergeometric with "
                    + "method='count' and sum(colors)=" + total);
        }
        int k = 0;
        for (int i = 0; i < colors.length; i++) {
            for (long j = 0; j < colors[i]; j++) {
                choices[k++] = i;
            }
        }
        boolean moreThanHalf = nsample > total / 2;
        int todo = (int) (moreThanHalf ? total - nsample : nsample);
        int numColors = colors.length;
        for (int v = 0, base = 0; v < numVariates; v++, base += numColors) {
            for (int j = 0; j < todo; j++) {
                int pick = j + (int) MaskedIntegers.randomInterval(bitGenerator, total - j - 1);
                int tmp = choices[pick];
                choices[pick] = choices[j];
                choices[j] = tmp;
            }
            for (int j = 0; j < todo; j++) {
                out[base + choices[j]] += 1;
            }
            if (moreThanHalf) {
                complement(colors, out, base);
            }
        }
    }

    /** {@code 'marginals'}: one univariate hypergeometric per colour but the last, on what is left. */
    public static void marginals(BitGenerator bitGenerator, Libm libm, long total, long[] colors, long nsample,
                                 int numVariates, long[] out) {
        if (total == 0 || nsample == 0 || numVariates == 0) {
            return;
        }
        boolean moreThanHalf = nsample > total / 2;
        long sample = moreThanHalf ? total - nsample : nsample;
        int numColors = colors.length;
        for (int v = 0, base = 0; v < numVariates; v++, base += numColors) {
            long todo = sample;
            long remaining = total;
            for (int j = 0; todo > 0 && j + 1 < numColors; j++) {
                remaining -= colors[j];
                long r = Hypergeometrics.hypergeometric(bitGenerator, libm, colors[j], remaining, todo);
                out[base + j] = r;
                todo -= r;
            }
            if (todo > 0) {
                out[base + numColors - 1] = todo;
            }
            if (moreThanHalf) {
                complement(colors, out, base);
            }
        }
    }

    private static void complement(long[] colors, long[] out, int base) {
        for (int c = 0; c < colors.length; c++) {
            out[base + c] = colors[c] - out[base + c];
        }
    }
}
