package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.gen.AcosTableGenerator;

/**
 * The generated {@link AcosData} is what {@link AcosTableGenerator} produces (interval centres and
 * square-root seeds derived; glibc's fitted polynomials kept), and each row's polynomial is what
 * the table claims: an approximation of {@code asin} over its interval.
 */
class AcosDataTest {

    @Test
    void generatorReproducesTheCommittedSource() throws Exception {
        String committed = Files.readString(
                Path.of("src/main/java/org/seedcompat/engine/math/glibc/AcosData.java"), StandardCharsets.UTF_8);
        assertEquals(committed, AcosTableGenerator.render());
    }

    @Test
    void everyRowApproximatesAsinOverItsInterval() {
        for (int r = 0; r < AcosTableGenerator.ROWS.length; r++) {
            int deg = AcosTableGenerator.DEGREE[r];
            for (int j = 0; j < AcosTableGenerator.ROWS[r]; j++) {
                int n = AcosTableGenerator.base(r) + j * AcosTableGenerator.stride(r);
                double x0 = AcosData.ASNCS[n];
                assertEquals(AcosTableGenerator.START[r] + (j + 0.5) * AcosTableGenerator.WIDTH, x0, "centre of row " + n);
                for (double t = -0x1p-9; t <= 0x1p-9; t += 0x1p-12) {
                    double q = AcosData.ASNCS[n + deg];
                    for (int i = deg - 1; i >= 2; i--) {
                        q = AcosData.ASNCS[n + i] + t * q;
                    }
                    double p = t * t * q + AcosData.ASNCS[n + deg + 1];
                    double v = AcosData.ASNCS[n + deg + 2] + (AcosData.ASNCS[n + 1] * t + p);
                    double exact = StrictMath.asin(x0 + t);
                    assertTrue(Math.abs(v - exact) <= 2 * Math.ulp(exact), "row " + n + " at " + t + ": " + v + " vs " + exact);
                }
            }
        }
    }

    @Test
    void squareRootSeedsAreCloseToTheInverseRoot() {
        for (int i = 0; i < 128; i++) {
            double mid = i < 64 ? 0.5 + (i + 0.5) / 128 : 1 + (i - 63.5) / 64;
            assertEquals(1 / Math.sqrt(mid), AcosData.INROOT[i], 1e-14, "inroot[" + i + "]");
        }
    }
}
