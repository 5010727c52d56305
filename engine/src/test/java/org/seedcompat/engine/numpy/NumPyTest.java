package org.seedcompat.engine.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.numpy.bitgen.Pcg64;
import org.seedcompat.engine.numpy.bitgen.SeedSequence;
import org.seedcompat.engine.numpy.bitgen.Sfc64;

class NumPyTest {

    @Test
    void defaultRngSeedsPcg64ThroughASeedSequenceWhateverTheSeedForm() {
        double[] fromLong = NumPy.defaultRng(42).random(5);
        assertArrayEquals(fromLong, NumPy.defaultRng(BigInteger.valueOf(42)).random(5));
        assertArrayEquals(fromLong, NumPy.defaultRng(SeedSequence.of(42L)).random(5));
        assertArrayEquals(fromLong, new Generator(new Pcg64(SeedSequence.of(42L))).random(5));
    }

    @Test
    void defaultRngPassesGeneratorsThroughAndWrapsBitGenerators() {
        Generator g = NumPy.defaultRng(7);
        assertSame(g, NumPy.defaultRng(g));
        Sfc64 sfc = Sfc64.seeded(3L);
        assertSame(sfc, NumPy.defaultRng(sfc).bitGenerator());
    }

    @Test
    void randomStateIsTheLegacyGenerator() {
        assertArrayEquals(new RandomState(42).rand(3), NumPy.randomState(42).rand(3));
    }
}
