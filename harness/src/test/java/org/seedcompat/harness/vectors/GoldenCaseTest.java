package org.seedcompat.harness.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seedcompat.harness.vectors.Fixtures.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The record invariants, the case hash definition, and entry naming. */
class GoldenCaseTest {

    @Test
    void computeSha256HashesTheDocumentedCompactArray() {
        GoldenCase c = new GoldenCase("x", "", List.of("f()"), null, List.of(json("{\"a\":1}")));
        assertEquals(Json.sha256Hex(Fixtures.utf8("[null,{\"a\":1}]")), c.computeSha256());

        GoldenCase failed = new GoldenCase("y", "s", List.of("f()", "g()"), json("{\"type\":\"E\", \"msg\":\"é\"}"),
                List.of(json("{\"b\": [1, 2.5, \"0x10\"]}"), json("{}")));
        assertEquals(Json.sha256Hex(Fixtures.utf8("[{\"type\":\"E\",\"msg\":\"é\"},{\"b\":[1,2.5,\"0x10\"]},{}]")),
                failed.computeSha256());
    }

    @Test
    void computeSha256CoversResultsButNotInputs() {
        GoldenCase base = Fixtures.sampleCase("a", 2);
        GoldenCase renamed = new GoldenCase("b", "other()", List.of("h()"), null, base.outputs());
        assertEquals(base.computeSha256(), renamed.computeSha256());

        ObjectNode edited = base.outputs().get(1).deepCopy();
        edited.put("dtype", "float32");
        GoldenCase changed = new GoldenCase("a", base.setup(), base.calls(), null, List.of(base.outputs().get(0), edited));
        assertNotEquals(base.computeSha256(), changed.computeSha256());

        // Key order is part of the serialization, hence of the hash (documented: "stored order").
        GoldenCase reordered = new GoldenCase("a", "", List.of(), null, List.of(json("{\"b\":1,\"a\":2}")));
        GoldenCase ordered = new GoldenCase("a", "", List.of(), null, List.of(json("{\"a\":2,\"b\":1}")));
        assertNotEquals(reordered.computeSha256(), ordered.computeSha256());
    }

    @Test
    void recordsRejectNullsAndCopyLists() {
        assertThrows(NullPointerException.class, () -> new GoldenCase(null, "", List.of(), null, List.of()));
        assertThrows(NullPointerException.class, () -> new GoldenCase("a", null, List.of(), null, List.of()));
        assertThrows(NullPointerException.class, () -> new GoldenCase("a", "", Arrays.asList("x", null), null, List.of()));
        assertThrows(NullPointerException.class, () -> new GoldenSuite("s", null, List.of()));
        ArrayList<String> calls = new ArrayList<>(List.of("f()"));
        GoldenCase c = new GoldenCase("a", "", calls, null, List.of());
        calls.add("g()");
        assertEquals(List.of("f()"), c.calls());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Numpy", "../x", "a/b", ".hidden", "a..b", "a.", "-x", "a b", "x\u0000"})
    void suiteNamesThatCannotBeFileNamesAreRejected(String name) {
        assertThrows(IllegalArgumentException.class, () -> new GoldenSuite(name, json("{}"), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"numpy-legacy", "torch_cpu", "numpy-1.26", "a"})
    void ordinarySuiteNamesAreAccepted(String name) {
        assertTrue(GoldenSuite.isValidName(name));
    }

    @Test
    void duplicateCaseIdsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GoldenSuite("s", json("{}"), List.of(Fixtures.sampleCase("dup", 1), Fixtures.sampleCase("dup", 2))));
        assertTrue(e.getMessage().contains("dup"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Legacy RandomState: seed=42! | legacy-randomstate-seed-42",
        "--already-slugged--          | already-slugged",
        "!!!                          | case",
        "ÉCOLE_normal                 | cole-normal",
    })
    void slugKeepsOnlyLowercaseAlphanumericsAndDashes(String id, String slug) {
        assertEquals(slug, EntryNames.slug(id));
    }

    @Test
    void slugIsAtMostSixtyCharactersAndNeverEndsWithADash() {
        String slug = EntryNames.slug("a".repeat(59) + " b" + "c".repeat(100));
        assertEquals("a".repeat(59), slug);
        assertEquals(60, EntryNames.slug("x".repeat(200)).length());
        assertEquals("cases/00007-some-id.json", EntryNames.forCase(7, "Some ID"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../evil.json                | '..' segment",
        "cases/../../evil.json       | '..' segment",
        "/abs.json                   | absolute path",
        "C:/evil.json                | absolute path",
        "cases\\00000-a.json         | backslash",
        "evil.json                   | not under cases/",
        "cases/00000-a.json.sh       | not named like",
        "cases/1-a.json              | not named like",
        "cases/00000-A.json          | not named like",
    })
    void unsafeEntryNamesAreExplained(String name, String reason) {
        String actual = EntryNames.unsafeReason(name);
        assertTrue(actual != null && actual.contains(reason), name + " -> " + actual);
    }

    @Test
    void nulAndEmptyEntryNamesAreUnsafe() {
        assertTrue(EntryNames.unsafeReason("cases/00000-a\u0000.json").contains("NUL"));
        assertTrue(EntryNames.unsafeReason("").contains("empty"));
        assertNull(EntryNames.unsafeReason("cases/00000-a.json"));
    }

    @Test
    void limitsAreValidated() {
        assertEquals(16L << 20, Limits.defaults().maxEntryBytes());
        assertThrows(IllegalArgumentException.class, () -> new Limits(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Limits(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Limits(1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Limits(1, 1, 100_001));
        assertThrows(IllegalArgumentException.class, () -> new Limits(Integer.MAX_VALUE, 1, 1));
    }
}
