package org.seedcompat.engine.torch.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.seedcompat.engine.PythonError;
import org.seedcompat.engine.internal.MersenneTwister;

/**
 * The fields of PyTorch's {@code CPUGeneratorImplState}, the 5056 bytes that
 * {@code torch.get_rng_state()} returns, and their byte layout (little-endian, C alignment):
 *
 * <pre>
 *    0  uint64 the_initial_seed      24  uint64 state[624] (each word zero-extended)
 *    8  int32  left                5016  double normal_x   (written 0, never read)
 *   12  int32  seeded              5024  double normal_y   (the cached double normal sample)
 *   16  uint64 next                5032  double normal_rho (written 0, never read)
 *                                  5040  int32  normal_is_valid, 4 bytes padding
 *                                  5048  float  next_float_normal_sample
 *                                  5052  bool   is_next_float_normal_sample_valid, 3 bytes padding
 * </pre>
 *
 * @param seed              the 64-bit initial seed ({@code initial_seed()}), a uint64 bit pattern
 * @param left              words left before the next twist, plus one (1 right after seeding)
 * @param seeded            always true in states PyTorch writes
 * @param next              index of the next key word, as stored (uint64; PyTorch keeps its low 32 bits)
 * @param key               the 624 key words (uint32 bit patterns)
 * @param doubleNormal      the cached double normal sample ({@code normal_y})
 * @param doubleNormalValid whether it is set
 * @param floatNormal       the float normal cache (never used by CPU kernels in 2.13, but carried)
 * @param floatNormalValid  whether it is set
 */
public record TorchState(long seed, int left, boolean seeded, long next, int[] key, double doubleNormal,
        boolean doubleNormalValid, float floatNormal, boolean floatNormalValid) {

    /** {@code sizeof(CPUGeneratorImplState)}. */
    public static final int SIZE = 5056;

    private static final int KEY_OFFSET = 24;
    private static final int NORMAL_X = 5016;
    private static final int NORMAL_Y = 5024;
    private static final int NORMAL_RHO = 5032;
    private static final int NORMAL_VALID = 5040;
    private static final int FLOAT_NORMAL = 5048;
    private static final int FLOAT_NORMAL_VALID = 5052;

    public TorchState {
        if (key.length != MersenneTwister.N) {
            throw new IllegalArgumentException("key must hold 624 words, got " + key.length);
        }
        key = key.clone();
    }

    @Override
    public int[] key() {
        return key.clone();
    }

    /** The bytes PyTorch would write for this state (padding and dummies zero). */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0, seed);
        b.putInt(8, left);
        b.putInt(12, seeded ? 1 : 0);
        b.putLong(16, next);
        for (int i = 0; i < key.length; i++) {
            b.putLong(KEY_OFFSET + 8 * i, key[i] & 0xFFFFFFFFL);
        }
        b.putDouble(NORMAL_X, 0.0);
        b.putDouble(NORMAL_Y, doubleNormalValid ? doubleNormal : 0.0);
        b.putDouble(NORMAL_RHO, 0.0);
        b.putInt(NORMAL_VALID, doubleNormalValid ? 1 : 0);
        b.putFloat(FLOAT_NORMAL, floatNormalValid ? floatNormal : 0.0f);
        b.put(FLOAT_NORMAL_VALID, (byte) (floatNormalValid ? 1 : 0));
        return b.array();
    }

    /**
     * Decodes state bytes as {@code set_rng_state} reads them (key words truncated to 32 bits, any
     * non-zero flag true). Checks only the size; {@link #requireValid()} is PyTorch's second check.
     *
     * @throws PythonError RuntimeError with PyTorch's message when the size is not 5056
     */
    public static TorchState fromBytes(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new PythonError("RuntimeError", "Expected a CPUGeneratorImplState of size " + SIZE
                    + " but found the input RNG state size to be " + bytes.length);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int[] key = new int[MersenneTwister.N];
        for (int i = 0; i < key.length; i++) {
            key[i] = (int) b.getLong(KEY_OFFSET + 8 * i);
        }
        return new TorchState(b.getLong(0), b.getInt(8), b.getInt(12) != 0, b.getLong(16), key,
                b.getDouble(NORMAL_Y), b.getInt(NORMAL_VALID) != 0, b.getFloat(FLOAT_NORMAL),
                b.get(FLOAT_NORMAL_VALID) != 0);
    }

    /**
     * PyTorch's {@code mt19937::is_valid} on the engine part: seeded, {@code 0 < left <= 624} and
     * {@code next <= 624} (after truncating {@code next} to 32 bits, as PyTorch does).
     *
     * @throws PythonError RuntimeError "Invalid mt19937 state"
     */
    public void requireValid() {
        long next32 = next & 0xFFFFFFFFL;
        if (!seeded || left <= 0 || left > MersenneTwister.N || next32 > MersenneTwister.N) {
            throw new PythonError("RuntimeError", "Invalid mt19937 state");
        }
        // PyTorch accepts this state, but its next draws would read key words past index 623 (memory
        // after the key, undefined behaviour in C++): nothing the engine can reproduce.
        if (next32 + left - 1 > MersenneTwister.N) {
            throw new PythonError("UnsupportedState", "a PyTorch state with next=" + next32 + " and left=" + left
                    + " makes PyTorch read past its 624-word key (undefined behaviour), which the engine does not imitate; "
                    + "a state PyTorch itself produces has next + left - 1 <= 624");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TorchState s && seed == s.seed && left == s.left && seeded == s.seeded && next == s.next
                && Arrays.equals(key, s.key)
                && Double.doubleToRawLongBits(doubleNormal) == Double.doubleToRawLongBits(s.doubleNormal)
                && doubleNormalValid == s.doubleNormalValid
                && Float.floatToRawIntBits(floatNormal) == Float.floatToRawIntBits(s.floatNormal)
                && floatNormalValid == s.floatNormalValid;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seed) * 31 + Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "TorchState[seed=" + Long.toUnsignedString(seed) + ", left=" + left + ", next=" + next
                + (doubleNormalValid ? ", normal=" + doubleNormal : "") + "]";
    }
}
