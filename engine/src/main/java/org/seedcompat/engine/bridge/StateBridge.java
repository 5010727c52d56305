package org.seedcompat.engine.bridge;

import java.util.ArrayList;
import java.util.List;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.internal.MersenneTwister;
import org.seedcompat.engine.numpy.LegacyState;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.python.PythonRandom;
import org.seedcompat.engine.torch.core.TorchState;

/**
 * Translates MT19937 states between NumPy ({@code RandomState.get_state()} and the
 * {@code MT19937} bit generator's {@code state}), PyTorch ({@code get_rng_state()}'s 5056 bytes)
 * and Python's {@code random.getstate()}, so that the target continues the very same word stream.
 * Values built from words still differ by library (PyTorch's float is the low 24 bits of one word,
 * NumPy's double takes 27 + 26 high bits of two); the bridge carries the stream, not the samplers.
 *
 * <p>Everything of the source that has no slot in the target is listed in the translation's
 * {@link Translation#notCarried()}: the cached gaussians (NumPy's, PyTorch's double and float
 * caches, Python's {@code gauss_next}) belong to different algorithms, and only PyTorch keeps a
 * seed. None of the three layouts holds half of a 64-bit draw (all draw two fresh words), so
 * nothing else is ever left behind.
 */
public final class StateBridge {

    private static final int N = MersenneTwister.N;

    private StateBridge() {
    }

    // ---- reading each layout into the neutral position --------------------------------------

    /** NumPy's legacy state; its gaussian cache is reported, not carried. */
    public static Translation<MtPosition> fromNumpy(LegacyState s) {
        List<Translation.NotCarried> lost = new ArrayList<>();
        if (s.hasGauss() != 0) {
            lost.add(new Translation.NotCarried("gauss", Double.toString(s.cachedGaussian()),
                    "NumPy's cached polar-method normal; the target's next normal is drawn afresh from the stream"));
        }
        return new Translation<>(new MtPosition(s.key(), s.pos()), lost);
    }

    /** NumPy's {@code MT19937} bit generator state (what {@code Generator(MT19937(...))} runs on). */
    public static Translation<MtPosition> fromNumpy(Mt19937.State s) {
        return new Translation<>(new MtPosition(s.key(), s.pos()), List.of());
    }

    /**
     * PyTorch's state. Its {@code left}/{@code next} become NumPy's position; the seed and the normal
     * caches are reported.
     *
     * @throws PythonError ValueError when {@code left} and {@code next} do not describe a position
     *                     any library can continue from (PyTorch itself never writes such a state)
     */
    public static Translation<MtPosition> fromTorch(TorchState s) {
        s.requireValid();
        long next = s.next() & 0xFFFFFFFFL;
        int pos;
        if (s.left() == 1) {
            pos = N; // the next draw twists, whatever next says
        } else if (next + s.left() == N + 1) {
            pos = (int) next;
        } else {
            throw PythonError.valueError("PyTorch state has left=" + s.left() + " and next=" + next
                    + ": not a position in the stream (left + next must be 625, or left 1)");
        }
        List<Translation.NotCarried> lost = new ArrayList<>();
        lost.add(new Translation.NotCarried("initial_seed", Long.toUnsignedString(s.seed()),
                "only PyTorch records the seed; NumPy and Python keep just the key"));
        if (s.doubleNormalValid()) {
            lost.add(new Translation.NotCarried("normal_y", Double.toString(s.doubleNormal()),
                    "PyTorch's cached Box-Muller sine sample; the target's next normal is drawn afresh from the stream"));
        }
        if (s.floatNormalValid()) {
            lost.add(new Translation.NotCarried("next_float_normal_sample", Float.toString(s.floatNormal()),
                    "PyTorch's float normal cache (unused by its CPU kernels)"));
        }
        return new Translation<>(new MtPosition(s.key(), pos), lost);
    }

    /** Python's {@code random.getstate()} parts; {@code gauss_next} is reported, not carried. */
    public static Translation<MtPosition> fromPython(int[] key, int index, Double gaussNext) {
        List<Translation.NotCarried> lost = new ArrayList<>();
        if (gaussNext != null) {
            lost.add(new Translation.NotCarried("gauss_next", Double.toString(gaussNext),
                    "Python's cached random.gauss sample; the target's next normal is drawn afresh from the stream"));
        }
        return new Translation<>(new MtPosition(key, index), lost);
    }

    // ---- writing the neutral position in each layout -----------------------------------------

    /** NumPy's legacy tuple ({@code has_gauss = 0}). */
    public static LegacyState toNumpy(MtPosition p) {
        return LegacyState.withoutGauss(p.key(), p.pos());
    }

    /**
     * PyTorch's state with the given seed for {@code initial_seed()} (the source may have none):
     * {@code left = 625 - pos} and {@code next = pos}, or {@code left = 1} (twist next) at 624;
     * no cached normal.
     */
    public static TorchState toTorch(MtPosition p, long initialSeed) {
        int left = p.pos() == N ? 1 : N + 1 - p.pos();
        return new TorchState(initialSeed, left, true, p.pos(), p.key(), 0.0, false, 0.0f, false);
    }

    /** Python's {@code random} generator positioned at {@code p} (no {@code gauss_next}). */
    public static PythonRandom toPython(MtPosition p) {
        PythonRandom r = PythonRandom.seeded(java.math.BigInteger.ZERO);
        r.setState(p.key(), p.pos(), null);
        return r;
    }

    // ---- the usual directions ---------------------------------------------------------------

    /** NumPy {@code RandomState} state to PyTorch bytes' fields. */
    public static Translation<TorchState> numpyToTorch(LegacyState s, long initialSeed) {
        Translation<MtPosition> t = fromNumpy(s);
        return new Translation<>(toTorch(t.state(), initialSeed), t.notCarried());
    }

    /** PyTorch state to a NumPy {@code RandomState} state. */
    public static Translation<LegacyState> torchToNumpy(TorchState s) {
        Translation<MtPosition> t = fromTorch(s);
        return new Translation<>(toNumpy(t.state()), t.notCarried());
    }
}
