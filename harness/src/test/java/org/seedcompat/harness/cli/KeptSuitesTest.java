package org.seedcompat.harness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.cases.Catalog;
import org.seedcompat.harness.value.ValueJson;
import org.seedcompat.harness.vectors.GoldenCase;
import org.seedcompat.harness.vectors.GoldenSuite;
import org.seedcompat.harness.vectors.VectorStore;
import org.seedcompat.harness.vectors.VectorStoreException;

/** {@code generate --suite}: the suites not named keep their committed archives byte for byte. */
class KeptSuitesTest {

    // Synthetic format data, not golden values.
    private static GoldenSuite suite(String name, String bits) throws Exception {
        ObjectNode out = (ObjectNode) ValueJson.MAPPER.readTree(
                "{\"call\":\"rand(1)\",\"dtype\":\"float64\",\"shape\":[1],\"data\":[\"" + bits + "\"]}");
        ObjectNode fp = (ObjectNode) ValueJson.MAPPER.readTree("{\"numpy\":\"test\"}");
        return new GoldenSuite(name, fp, List.of(new GoldenCase("c[0]", "numpy.random.RandomState(0)",
                List.of("rand(1)"), null, List.of(out))));
    }

    private static Catalog.Suite catalog(String name) {
        return new Catalog.Suite(name, "", List.of(new Case("c[0]", "numpy.random.RandomState(0)", List.of("rand(1)"))),
                List.of(new Catalog.Variant(name, Map.of())));
    }

    @Test
    void onlyTheNamedSuiteIsReplacedAndTheOthersStayByteIdentical(@TempDir Path dir) throws Exception {
        VectorStore store = new VectorStore(dir);
        store.writeAll(List.of(suite("a", "0x3fe0000000000000"), suite("b", "0x3fd0000000000000")));
        byte[] before = Files.readAllBytes(dir.resolve("b.tar.xz"));

        List<Catalog.Suite> cat = List.of(catalog("a"), catalog("b"));
        KeptSuites kept = KeptSuites.unlessRegenerated(List.of("a"), cat, dir);
        assertFalse(kept.keeps(cat.get(0)));
        assertTrue(kept.keeps(cat.get(1)));
        GoldenSuite b = kept.committed("b");
        store.writeAll(List.of(suite("a", "0x3fc0000000000000"), b));

        assertArrayEquals(before, Files.readAllBytes(dir.resolve("b.tar.xz")));
        assertTrue(store.readSuite("a").cases().get(0).outputs().get(0).toString().contains("0x3fc0000000000000"));
    }

    @Test
    void withoutSuiteNamesEverythingIsRegenerated(@TempDir Path dir) {
        KeptSuites kept = KeptSuites.unlessRegenerated(List.of(), List.of(catalog("a")), dir);
        assertFalse(kept.keeps(catalog("a")), "no store is even read");
    }

    @Test
    void anUnknownSuiteNameIsAUsageError(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeptSuites.unlessRegenerated(List.of("nope"), List.of(catalog("a")), dir));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void aKeptSuiteMissingFromTheStoreNamesTheFix(@TempDir Path dir) throws Exception {
        new VectorStore(dir).writeAll(List.of(suite("a", "0x3fe0000000000000")));
        KeptSuites kept = KeptSuites.unlessRegenerated(List.of("a"), List.of(catalog("a"), catalog("b")), dir);
        VectorStoreException e = assertThrows(VectorStoreException.class, () -> kept.committed("b"));
        assertTrue(e.getMessage().contains("without --suite"), e.getMessage());
        assertSame(VectorStoreException.class, e.getClass());
    }
}
