package org.seedcompat.harness.diff;

/**
 * Where two results first part, and how much they differ in all.
 *
 * @param verdict      {@link Verdict#ULP} or {@link Verdict#DIVERGED}
 * @param path         where in a nested result ({@code ""} at top level, e.g. {@code "items[1]"})
 * @param index        flat C-order index of the first diverging element, or -1 if not element-wise
 * @param expected     the first side's value there, readable (decimal), or a description
 * @param actual       the second side's value there
 * @param expectedBits bit pattern of the first side's element ({@code 0x...}), or null
 * @param actualBits   bit pattern of the second side's element, or null
 * @param ulp          ULP distance at the first divergence (-1 when not two comparable floats)
 * @param maxUlp       largest ULP distance over all diverging elements (-1 if any is not comparable)
 * @param diverging    number of diverging elements
 * @param elements     number of elements compared
 * @param reason       one line saying what differs
 */
public record Difference(Verdict verdict, String path, long index, String expected, String actual,
        String expectedBits, String actualBits, long ulp, long maxUlp, long diverging, long elements,
        String reason) {
}
