package org.seedcompat.engine.reference;

import java.math.BigInteger;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.engine.python.PythonRandom;

/** CPython's {@code random.Random(seed)}: {@code random()} and {@code getrandbits(k)} against the reference file. */
class PythonRandomReferenceTest {

    @TestFactory
    Stream<DynamicNode> referenceVectors() {
        ReferenceCases<PythonRandom> cases = new ReferenceCases<PythonRandom>()
                .setup("random.Random(12345)", () -> PythonRandom.seeded(BigInteger.valueOf(12345)))
                .setup("random.Random(2**100 + 7)", () -> PythonRandom.seeded(BigInteger.ONE.shiftLeft(100).add(BigInteger.valueOf(7))))
                .call("[r.random() for _ in range(24)]", r -> {
                    double[] out = new double[24];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = r.random();
                    }
                    return out;
                });
        for (int k : new int[] {7, 32, 64, 100}) {
            cases.call("[r.getrandbits(" + k + ") for _ in range(24)]", r -> {
                BigInteger[] out = new BigInteger[24];
                for (int i = 0; i < out.length; i++) {
                    out[i] = r.getrandbits(k);
                }
                return out;
            });
        }
        return ReferenceCases.tests(Map.of(ReferenceFile.load("python-random.txt"), cases));
    }
}
