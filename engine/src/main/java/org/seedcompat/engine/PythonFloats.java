package org.seedcompat.engine;

/** How Python writes a float, for error messages that quote one as the library's do. */
public final class PythonFloats {

    private PythonFloats() {
    }

    /**
     * Python's {@code repr(float)}: the shortest decimal that reads back as the same double, written
     * positionally for exponents -4 to 15 and as {@code 1e+300} beyond (Java's own formatting differs).
     */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return Double.doubleToRawLongBits(d) < 0 ? "-0.0" : "0.0";
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(d);
        java.math.BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            java.math.BigDecimal r = exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                shortest = r;
                break;
            }
        }
        String sign = shortest.signum() < 0 ? "-" : "";
        String unscaled = shortest.unscaledValue().abs().toString().replaceAll("0+$", "");
        if (unscaled.isEmpty()) {
            unscaled = "0";
        }
        int exponent = shortest.precision() - shortest.scale() - 1; // of the leading digit
        if (exponent < -4 || exponent >= 16) {
            String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        if (exponent < 0) {
            return sign + "0." + "0".repeat(-exponent - 1) + unscaled;
        }
        if (unscaled.length() <= exponent + 1) {
            return sign + unscaled + "0".repeat(exponent + 1 - unscaled.length()) + ".0";
        }
        return sign + unscaled.substring(0, exponent + 1) + "." + unscaled.substring(exponent + 1);
    }
}
