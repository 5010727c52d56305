package org.seedcompat.harness.report.cross;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A real value written the way a text printed it: to a fixed number of decimals, either rounded
 * (as NumPy and Python print) or cut off (as some hand-written outputs are).
 */
final class PrintedDecimals {

    private PrintedDecimals() {
    }

    /** Round half to even on the exact binary value, as Python's formatting does. */
    static String rounded(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String truncated(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.DOWN).toPlainString();
    }

    /** Whether a printed number ("0.950", "-0.0045") equals the formatted value (numerically, so "-0.000" matches "0.000"). */
    static boolean same(String printed, String formatted) {
        return new BigDecimal(printed).compareTo(new BigDecimal(formatted)) == 0;
    }
}
