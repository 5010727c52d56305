package org.seedcompat.engine.torch.kernels;

import org.seedcompat.engine.DType;
import org.seedcompat.engine.torch.core.CoreDistributions;
import org.seedcompat.engine.torch.core.CpuGenerator;
import org.seedcompat.engine.torch.core.HalfFloats;
import org.seedcompat.engine.torch.core.TorchErrors;

/**
 * PyTorch 2.13's CPU {@code random_} family ({@code random_()}, {@code random_(to)},
 * {@code random_(from, to)}, {@code randint}): plain modulo of one word (range below 2^28) or of
 * {@code random64()} (2^28 and up, every dtype), no rejection; the int64 result is then cast to
 * the dtype. For floating dtypes {@code from}/{@code to} are first moved inwards
 * ({@code update_from}/{@code update_to}) so that the cast cannot reach {@code to}.
 */
public final class RandomIntegers {

    private RandomIntegers() {
    }

    /** {@code random_(from, to)}; {@code to == null} is {@code random_(from, None)}. */
    public static long[] fromTo(CpuGenerator g, DType dtype, int n, long from, Long toOpt) {
        long range;
        if (toOpt != null) {
            long to = toOpt;
            if (from >= to) {
                throw TorchErrors.check("random_ expects 'from' to be less than 'to', but got from=" + from + " >= to=" + to);
            }
            if (dtype.isFloat()) {
                from = updateFrom(from, dtype);
                to = updateTo(to, dtype);
                if (from >= to) {
                    throw TorchErrors.check("random_ expects 'from' casted to dtype to be less than 'to' casted to dtype, but got from="
                            + from + " >= to=" + to);
                }
            }
            checkInRange(from, to - 1, dtype);
            range = to - from;
        } else if (from != Long.MIN_VALUE) {
            long toInc;
            if (dtype.isFloat()) {
                toInc = 1L << digits(dtype);
                from = updateFrom(from, dtype);
                if (from >= toInc) {
                    throw TorchErrors.check("random_ expects 'from' casted to dtype to be less than or equal to 'to_inc' casted to dtype, but got from="
                            + from + " > to_inc=" + toInc);
                }
            } else {
                toInc = maxOf(dtype);
            }
            checkInRange(from, toInc, dtype);
            range = toInc - from + 1;
        } else {
            return fullRange(g, dtype, n);
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Casts.fromInt64(CoreDistributions.uniformIntFromTo(g, from, range), dtype);
        }
        return out;
    }


    /** {@code random_(-2**63, None)}: the whole 64-bit word; int64, float64, float32 and bfloat16 only. */
    private static long[] fullRange(CpuGenerator g, DType dtype, int n) {
        if (dtype != DType.INT64 && dtype != DType.FLOAT64 && dtype != DType.FLOAT32 && dtype != DType.BFLOAT16) {
            throw TorchErrors.check("random_full_64_bits_range_kernel_cpu handles only int64, double, float and bfloat16");
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Casts.fromInt64(g.random64(), dtype);
        }
        return out;
    }

    /** {@code random_()}: int64 and float64 from {@code random64()}, other types from one word. */
    public static long[] random(CpuGenerator g, DType dtype, int n) {
        if (dtype == DType.UINT16 || dtype == DType.UINT32 || dtype == DType.UINT64) {
            throw TorchErrors.notImplemented("random_kernel_cpu", dtype);
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = switch (dtype) {
                case INT64 -> g.random64() & Long.MAX_VALUE;
                case FLOAT64 -> Casts.fromInt64(Long.remainderUnsigned(g.random64(), (1L << 53) + 1), dtype);
                case BOOL -> g.random() & 1;
                default -> {
                    long word = g.random() & 0xFFFFFFFFL;
                    long modulus = dtype.isFloat() ? (1L << digits(dtype)) + 1 : maxOf(dtype) + 1;
                    yield Casts.fromInt64(word % modulus, dtype);
                }
            };
        }
        return out;
    }

    /** {@code std::numeric_limits<T>::digits} of a floating dtype. */
    public static int digits(DType dtype) {
        return switch (dtype) {
            case FLOAT16 -> 11;
            case BFLOAT16 -> 8;
            case FLOAT32 -> 24;
            default -> 53;
        };
    }

    private static long maxOf(DType dtype) {
        return switch (dtype) {
            case BOOL -> 1;
            case INT8 -> Byte.MAX_VALUE;
            case INT16 -> Short.MAX_VALUE;
            case INT32 -> Integer.MAX_VALUE;
            case UINT8 -> 0xFF;
            case UINT16 -> 0xFFFF;
            case UINT32 -> 0xFFFFFFFFL;
            default -> Long.MAX_VALUE; // int64; uint64 as int64_t(numeric_limits<uint64_t>::max()) is -1, see below
        };
    }

    private static long minOf(DType dtype) {
        return switch (dtype) {
            case BOOL, UINT8, UINT16, UINT32, UINT64 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    /** {@code check_from_to_in_range}. */
    private static void checkInRange(long from, long toInc, DType dtype) {
        if (dtype.isFloat()) {
            TorchErrors.checkFloatBound(from, "from", dtype);
            TorchErrors.checkFloatBound(toInc, "to - 1", dtype);
            return;
        }
        long min = minOf(dtype);
        long max = dtype == DType.UINT64 ? Long.MAX_VALUE : maxOf(dtype);
        String type = TorchErrors.typeMetaName(dtype);
        if (from < min || from > max) {
            throw TorchErrors.check("from is out of bounds for " + type);
        }
        if (toInc < min || toInc > max) {
            throw TorchErrors.check("to - 1 is out of bounds for " + type);
        }
    }

    /** {@code update_from<scalar_t>}: the closest value above {@code from} whose cast stays >= from. */
    public static long updateFrom(long from, DType dtype) {
        long fromPlus1 = castThroughDtype(from + 1, dtype);
        if (fromPlus1 < from) {
            long f = Math.abs(from + 1);
            int n = 0;
            while ((f >>= 1) != 0) {
                n++;
            }
            from = fromPlus1 + (1L << (n - digits(dtype) + 1));
        }
        return from;
    }

    /** {@code update_to<scalar_t>}: the closest value below {@code to} whose cast stays < to. */
    public static long updateTo(long to, DType dtype) {
        long toMinus1 = castThroughDtype(to - 1, dtype);
        if (toMinus1 >= to) {
            long t = Math.abs(to - 1);
            int n = 0;
            while ((t >>= 1) != 0) {
                n++;
            }
            to = toMinus1 - (1L << (n - digits(dtype) + 1));
        }
        return to;
    }

    /** {@code static_cast<int64_t>(static_cast<scalar_t>(v))} for a floating dtype. */
    private static long castThroughDtype(long v, DType dtype) {
        double d = switch (dtype) {
            case FLOAT64 -> (double) v;
            case FLOAT32 -> (float) v;
            case FLOAT16 -> HalfFloats.fromHalf(HalfFloats.toHalf((float) v));
            default -> HalfFloats.fromBFloat16(HalfFloats.toBFloat16((float) v));
        };
        return d >= -0x1p63 && d < 0x1p63 ? (long) d : Long.MIN_VALUE;
    }
}
