package org.seedcompat.engine.reference;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.engine.numpy.bitgen.Mt19937;
import org.seedcompat.engine.numpy.bitgen.NumpyBitGenerator;
import org.seedcompat.engine.numpy.bitgen.Pcg64;
import org.seedcompat.engine.numpy.bitgen.Pcg64Dxsm;
import org.seedcompat.engine.numpy.bitgen.Philox;
import org.seedcompat.engine.numpy.bitgen.SeedSequence;
import org.seedcompat.engine.numpy.bitgen.Sfc64;

/** NumPy's bit generators ({@code random_raw}) and {@code SeedSequence.generate_state} against the reference files. */
class BitGeneratorReferenceTest {

    /** The seeds of the files, as written there. */
    private static final Map<String, Supplier<SeedSequence>> SEEDS = Map.of(
            "12345", () -> new SeedSequence(12345L),
            "2**80 + 3", () -> new SeedSequence(BigInteger.ONE.shiftLeft(80).add(BigInteger.valueOf(3))));

    private static final Map<String, Function<SeedSequence, NumpyBitGenerator>> BIT_GENERATORS = Map.of(
            "MT19937", Mt19937::fromSeedSequence,
            "PCG64", Pcg64::new,
            "PCG64DXSM", Pcg64Dxsm::new,
            "Philox", Philox::new,
            "SFC64", Sfc64::new);

    @TestFactory
    Stream<DynamicNode> referenceVectors() {
        ReferenceCases<NumpyBitGenerator> bitGenerators = new ReferenceCases<NumpyBitGenerator>()
                .call("r.random_raw(24)", r -> {
                    long[] out = new long[24];
                    r.randomRaw(out);
                    return out;
                });
        BIT_GENERATORS.forEach((name, make) -> SEEDS.forEach((seed, sequence) ->
                bitGenerators.setup(name + "(SeedSequence(" + seed + "))", () -> make.apply(sequence.get()))));

        ReferenceCases<SeedSequence> seedSequences = new ReferenceCases<SeedSequence>()
                .setup("SeedSequence([1, 2, 3])", () -> new SeedSequence(new long[] {1, 2, 3}))
                .setup("SeedSequence(12345, spawn_key=(7, 2))",
                        () -> new SeedSequence(BigInteger.valueOf(12345), new long[] {7, 2}, SeedSequence.DEFAULT_POOL_SIZE))
                .call("r.generate_state(24)", r -> r.generateState(24))
                .call("r.generate_state(12, np.uint64)", r -> r.generateStateUint64(12));
        SEEDS.forEach((seed, sequence) -> seedSequences.setup("SeedSequence(" + seed + ")", sequence));

        Map<ReferenceFile, ReferenceCases<?>> files = new LinkedHashMap<>();
        files.put(ReferenceFile.load("numpy-bit-generators.txt"), bitGenerators);
        files.put(ReferenceFile.load("numpy-seed-sequence.txt"), seedSequences);
        return ReferenceCases.tests(files);
    }
}
