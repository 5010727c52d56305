package org.seedcompat.harness.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.seedcompat.harness.Project;
import org.seedcompat.harness.cases.Case;
import org.seedcompat.harness.cases.Catalog;
import org.seedcompat.harness.diff.CaseVerdict;
import org.seedcompat.harness.diff.Conformance;
import org.seedcompat.harness.target.EngineOptions;
import org.seedcompat.harness.side.EngineSide;
import org.seedcompat.harness.side.GoldenSide;
import org.seedcompat.harness.vectors.GoldenSuite;
import org.seedcompat.harness.vectors.VectorStore;

/**
 * The engine against the committed golden vectors, one dynamic test per case (named after it), so
 * Surefire lists them one by one. No Python needed.
 */
class GoldenVectorsTest {

    private static final List<GoldenSuite> SUITES = new VectorStore(Project.vectors()).readAll();

    @TestFactory
    Stream<DynamicNode> engineMatchesGoldenVectors() {
        assertFalse(SUITES.isEmpty(), "no golden vectors: run ./seedcompat generate");
        return SUITES.stream().map(s -> {
            EngineSide engine = new EngineSide(EngineOptions.of(s.fingerprint()));
            return dynamicContainer(s.name(), s.cases().stream().map(g -> dynamicTest(g.id(), () -> {
            CaseVerdict v = Conformance.engineAgainstGolden(g, engine);
            KnownDivergenceCheck.assertExactOrKnown(s.name(), v, () -> Explain.of(v, "golden"));
        })));
        });
    }

    /** Catalog edits must be followed by ./seedcompat generate, or the vectors silently test something else. */
    @Test
    void vectorsHoldExactlyTheCatalog() {
        Map<String, Case> catalog = new LinkedHashMap<>();
        for (Catalog.Suite s : Catalog.load(Project.vectors().resolve("catalog"))) {
            for (Catalog.Variant variant : s.variants()) {
                s.cases().forEach(c -> catalog.put(variant.goldenName() + "/" + c.id(), c));
            }
        }
        Map<String, Case> stored = new LinkedHashMap<>();
        for (GoldenSuite s : SUITES) {
            s.cases().forEach(g -> stored.put(s.name() + "/" + g.id(), GoldenSide.toCase(g)));
        }
        assertEquals(catalog.keySet(), stored.keySet(), "catalog and vectors differ: run ./seedcompat generate");
        assertEquals(catalog, stored, "catalog and vectors differ: run ./seedcompat generate");
    }
}
