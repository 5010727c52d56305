package org.seedcompat.engine.math.glibc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.gen.TanTableGenerator;

/**
 * The generated {@link TanData} is what {@link TanTableGenerator} derives (correctly rounded
 * tangent and cotangent of glibc's points), and the points have the properties that made them
 * glibc's: each lies within 10^-8 of {@code i/256}, and its tangent and cotangent are doubles to
 * far better than half an ulp.
 */
class TanDataTest {

    @Test
    void generatorReproducesTheCommittedSource() throws Exception {
        String committed = Files.readString(
                Path.of("src/main/java/org/seedcompat/engine/math/glibc/TanData.java"), StandardCharsets.UTF_8);
        assertEquals(committed, TanTableGenerator.render());
    }

    @Test
    void pointsLieNextToTheirGridPoints() {
        assertEquals(3 * TanTableGenerator.POINTS, TanData.XFG.length);
        for (int j = 0; j < TanTableGenerator.POINTS; j++) {
            double center = (j + TanTableGenerator.FIRST) / 256.0;
            double x = TanData.XFG[3 * j];
            assertTrue(Math.abs(x - center) < 1e-8, "row " + j + ": " + x + " is not next to " + center);
            // the port finds the row by truncating 256 x - 15.5
            assertEquals(j, (int) (-15.5 + 256 * x), "row of x_" + j);
        }
    }

    @Test
    void tangentAndCotangentAreAccurateToSixtyThreeBits() {
        for (int j = 0; j < TanTableGenerator.POINTS; j++) {
            double[] ulps = TanTableGenerator.accuracyInUlps(j);
            assertTrue(ulps[0] < 0x1p-10 && ulps[1] < 0x1p-10,
                    "row " + j + ": tan off by " + ulps[0] + " ulp, cot by " + ulps[1] + " ulp");
            double x = TanData.XFG[3 * j];
            assertTrue(Math.abs(TanData.XFG[3 * j + 1] - StrictMath.tan(x)) <= Math.ulp(TanData.XFG[3 * j + 1]));
            assertTrue(Math.abs(TanData.XFG[3 * j + 2] - 1 / StrictMath.tan(x)) <= 2 * Math.ulp(TanData.XFG[3 * j + 2]));
        }
    }
}
