package org.seedcompat.harness.value;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.seedcompat.engine.DType;

/**
 * A long array as the golden vectors keep it: its dtype, shape, first elements and the SHA-256 of
 * all elements, so long streams are checked exactly without being stored. The digest is over each
 * element's bits, little-endian, at the dtype's width (1 byte for bool).
 */
public record ArrayDigest(DType dtype, int[] shape, long count, long[] head, String sha256) implements Value {

    public ArrayDigest {
        shape = shape.clone();
        head = head.clone();
    }

    /** Digests an array, keeping its first {@code headLength} elements. */
    public static ArrayDigest of(ArrayValue a, int headLength) {
        long[] data = a.data();
        return new ArrayDigest(a.dtype(), a.shape(), data.length,
                Arrays.copyOf(data, Math.min(headLength, data.length)), sha256(a.dtype(), data));
    }

    public static String sha256(DType dtype, long[] data) {
        int width = dtype == DType.BOOL ? 1 : dtype.bits() / 8;
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[8192];
        int fill = 0;
        for (long v : data) {
            if (fill + width > buf.length) {
                md.update(buf, 0, fill);
                fill = 0;
            }
            for (int b = 0; b < width; b++) {
                buf[fill++] = (byte) (v >>> (8 * b));
            }
        }
        md.update(buf, 0, fill);
        return HexFormat.of().formatHex(md.digest());
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public long[] head() {
        return head.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayDigest d && d.dtype == dtype && Arrays.equals(d.shape, shape) && d.count == count
                && Arrays.equals(d.head, head) && d.sha256.equals(sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtype, Arrays.hashCode(shape), count, sha256);
    }
}
