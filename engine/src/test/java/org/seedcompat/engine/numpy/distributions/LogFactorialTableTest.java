package org.seedcompat.engine.numpy.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seedcompat.engine.math.Libm;
import org.seedcompat.engine.numpy.gen.LogFactorialTableGenerator;
import org.seedcompat.engine.numpy.gen.ZigguratTableGenerator;

/** The committed {@link LogFactorialTable} is what {@link LogFactorialTableGenerator} derives from log(k!). */
class LogFactorialTableTest {

    @Test
    void generatorReproducesTheCommittedSource() throws Exception {
        String committed = Files.readString(
                Path.of("src/main/java/org/seedcompat/engine/numpy/distributions/LogFactorialTable.java"),
                StandardCharsets.UTF_8);
        assertEquals(committed, LogFactorialTableGenerator.render(LogFactorialTableGenerator.generate()));
    }

    @Test
    void compiledTableIsTheGeneratedOne() {
        assertArrayEquals(LogFactorialTableGenerator.generate(), LogFactorialTable.LOG_FACTORIAL);
        assertEquals(LogFactorialTableGenerator.N, LogFactorialTable.LOG_FACTORIAL.length);
    }

    @Test
    void stirlingTakesOverWithinAFewUlpsOfTheExactValue() {
        // the series NumPy switches to at k = 126 is accurate there: a sanity check of the formula's transcription
        Libm libm = Libm.system();
        BigInteger factorial = BigInteger.ONE;
        for (int k = 2; k <= 170; k++) { // 170! is the largest factorial below the double range
            factorial = factorial.multiply(BigInteger.valueOf(k));
            if (k < LogFactorialTableGenerator.N) {
                continue;
            }
            double exact = ZigguratTableGenerator.roundToDouble(ZigguratTableGenerator.log(new BigDecimal(factorial)));
            double series = LogFactorials.logFactorial(libm, k);
            assertTrue(Math.abs(series - exact) <= 4 * Math.ulp(exact), "k=" + k + ": " + series + " vs " + exact);
        }
    }
}
