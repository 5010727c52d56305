package org.seedcompat.engine.numpy.bitgen;

import java.util.ArrayList;
import java.util.List;
import org.seedcompat.engine.PythonError;

/**
 * What every NumPy bit generator here shares, whatever its algorithm: the seed sequence it was
 * seeded from (if any), {@code spawn}, {@code copy} and the state setters' type check.
 *
 * <p>Each concrete generator is a final class passing itself as {@code G}, so that the methods
 * here return the concrete type. Not thread-safe.
 *
 * @param <G> the concrete generator class
 */
abstract class BaseBitGenerator<G extends BaseBitGenerator<G>> implements NumpyBitGenerator {

    /** The seed sequence this generator was seeded from; {@code null} when there is none. */
    SeedSequence seedSequence;

    BaseBitGenerator(SeedSequence seedSequence) {
        this.seedSequence = seedSequence;
    }

    /** A new generator of this type seeded from {@code seedSequence}, as {@code spawn} makes. */
    abstract G newChild(SeedSequence seedSequence);

    /** A new generator in exactly this one's state, with no seed sequence. */
    abstract G copyState();

    @Override
    public final SeedSequence seedSequence() {
        return seedSequence;
    }

    @Override
    public final List<G> spawn(int n) {
        if (seedSequence == null) {
            throw SeedSequence.cannotSpawn();
        }
        List<G> children = new ArrayList<>();
        for (SeedSequence child : seedSequence.spawn(n)) {
            children.add(newChild(child));
        }
        return children;
    }

    @Override
    public final G copy() {
        G copy = copyState();
        copy.seedSequence = seedSequence == null ? null : seedSequence.copy();
        return copy;
    }

    /**
     * A copy in this generator's state carrying a fresh OS-entropy seed sequence, as NumPy's
     * {@code jumped} makes it before jumping.
     */
    final G copyForJump() {
        G copy = copyState();
        copy.seedSequence = new SeedSequence();
        return copy;
    }

    /** This generator as its concrete type. */
    @SuppressWarnings("unchecked")
    final G self() {
        return (G) this;
    }

    /** Checks a state's type as NumPy's setters check the dict and its {@code 'bit_generator'}. */
    static <S extends BitGeneratorState> S requireState(BitGeneratorState state, String name,
            String noun, Class<S> type) {
        if (state == null) {
            throw PythonError.typeError("state must be a dict");
        }
        if (!name.equals(state.bitGenerator()) || !type.isInstance(state)) {
            throw PythonError.valueError("state must be for a " + name + " " + noun);
        }
        return type.cast(state);
    }
}
