package org.seedcompat.harness.conformance;

import org.seedcompat.harness.fuzz.RandomCases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.engine.bridge.MtPosition;
import org.seedcompat.engine.bridge.Translation;
import org.seedcompat.harness.bridge.StateValues;
import org.seedcompat.harness.bridge.StateValues.Library;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.side.ReferenceSide;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.BigIntValue;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.Value;

/**
 * The state bridge proven on the real libraries: a state taken from one library, translated by the
 * engine, installed in another, continues the same MT19937 words — for 20 random states per
 * direction (fresh each run; {@code SEEDCOMPAT_FUZZ_SEED} replays). The states come from the
 * reference itself at random positions in the stream (before the first twist, mid-key, at 624,
 * with and without a cached gaussian).
 */
class StateBridgeIT {

    private static final int STATES = 20;
    private static final int WORDS = 8;
    private static ReferenceSide reference;

    @BeforeAll
    static void start() {
        reference = LiveReference.start();
    }

    @AfterAll
    static void stop() {
        if (reference != null) {
            reference.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> statesCarryTheSameWordStream() {
        long seed = RandomCases.seedFromEnvironment();
        SplittableRandom r = new SplittableRandom(seed);
        List<DynamicTest> tests = new ArrayList<>();
        Library[] libs = Library.values();
        for (Library from : libs) {
            for (Library to : libs) {
                if (from == to) {
                    continue;
                }
                for (int i = 0; i < STATES; i++) {
                    long s = r.nextLong(1L << 32);
                    int draws = r.nextInt(5) == 0 ? 0 : r.nextInt(1400);
                    boolean gauss = r.nextBoolean();
                    tests.add(dynamicTest("SEEDCOMPAT_FUZZ_SEED=" + seed + " " + from + "->" + to + " seed " + s
                            + " after " + draws, () -> roundTrip(from, to, s, draws, gauss)));
                }
            }
        }
        return tests.stream();
    }

    /** Source state from the real library, engine translation, target continues with the same words. */
    private static void roundTrip(Library from, Library to, long seed, int draws, boolean gauss) {
        List<Object> source = run(source(from, seed, draws, gauss), from.getter(), words(from));
        Translation<MtPosition> read = StateValues.read(from, (Value) source.get(0));
        List<Long> expected = asWords(from, (Value) source.get(1));

        MtPosition p = read.state();
        Case target = target(to, p);
        CaseResult result = reference.run(target);
        assertEquals(null, result.setupError(), () -> "target setup failed: " + result.setupError());
        List<Value> values = new ArrayList<>();
        for (CallResult c : result.calls()) {
            assertFalse(c.isError(), () -> c.call() + " raised " + c.error());
            values.add(c.value());
        }
        assertEquals(StateValues.write(to, p, 0), values.get(values.size() - 2),
                "the state the target library reports is the one the engine wrote");
        assertEquals(expected, asWords(to, values.get(values.size() - 1)), "the target library's next words");
    }

    private static String source(Library from, long seed, int draws, boolean gauss) {
        return switch (from) {
            case NUMPY -> "numpy.random.RandomState(" + seed + ")|random_sample(" + draws + ")"
                    + (gauss ? "|standard_normal()" : "");
            case TORCH -> "torch.manual_seed(" + seed + ")|rand(" + draws + ")" + (gauss ? "|randn(1)" : "");
            case PYTHON -> "random.Random(" + seed + ")|getrandbits(" + (1 + draws * 32L) + ")";
        };
    }

    /** The call that reads the next {@value #WORDS} raw 32-bit words (or pairs of them) on each library. */
    private static String words(Library lib) {
        return switch (lib) {
            case NUMPY -> "randint(0, 2**32, size=" + WORDS + ", dtype='uint32')";
            case TORCH -> "empty(" + WORDS / 2 + ", dtype=torch.int64).random_(-2**63, None)";
            case PYTHON -> "getrandbits(" + 32 * WORDS + ")";
        };
    }

    private static Case target(Library to, MtPosition p) {
        String apply = StateValues.applyLine(to, p, 0);
        return switch (to) {
            case NUMPY -> new Case("bridge", "numpy.random.RandomState(0)", List.of(apply, to.getter(), words(to)));
            case TORCH -> new Case("bridge", apply, List.of(to.getter(), words(to)));
            case PYTHON -> new Case("bridge", "random.Random(0)", List.of(apply, to.getter(), words(to)));
        };
    }

    /** Runs "setup|call|call" plus the extra calls; returns the extra calls' values. */
    private static List<Object> run(String script, String... extra) {
        String[] parts = script.split("\\|");
        List<String> calls = new ArrayList<>(List.of(parts).subList(1, parts.length));
        calls.addAll(List.of(extra));
        CaseResult r = reference.run(new Case("bridge-source", parts[0], calls));
        assertEquals(null, r.setupError(), () -> "source setup failed: " + r.setupError());
        List<Object> out = new ArrayList<>();
        for (CallResult c : r.calls().subList(parts.length - 1, r.calls().size())) {
            assertFalse(c.isError(), () -> c.call() + " raised " + c.error());
            out.add(c.value());
        }
        return out;
    }

    /** The raw words a library's word call returned, in draw order. */
    private static List<Long> asWords(Library lib, Value v) {
        List<Long> out = new ArrayList<>();
        switch (lib) {
            case NUMPY -> {
                for (long w : ((ArrayValue) v).data()) {
                    out.add(w & 0xFFFFFFFFL);
                }
            }
            case TORCH -> {
                for (long pair : ((ArrayValue) v).data()) { // random64: first word high
                    out.add(pair >>> 32);
                    out.add(pair & 0xFFFFFFFFL);
                }
            }
            case PYTHON -> {
                java.math.BigInteger b = v instanceof BigIntValue big ? big.value()
                        : java.math.BigInteger.valueOf(((ArrayValue) v).data()[0]);
                for (int i = 0; i < WORDS; i++) { // getrandbits: first word least significant
                    out.add(b.shiftRight(32 * i).longValue() & 0xFFFFFFFFL);
                }
            }
        }
        return out;
    }
}
