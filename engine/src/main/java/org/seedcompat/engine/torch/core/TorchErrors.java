package org.seedcompat.engine.torch.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.seedcompat.engine.DType;
import org.seedcompat.engine.PythonError;

/** PyTorch's errors as Python sees them, and the C++ number formatting their messages use. */
public final class TorchErrors {

    private TorchErrors() {
    }

    /** A failed {@code TORCH_CHECK}: Python's RuntimeError with the check's message. */
    public static PythonError check(String message) {
        return new PythonError("RuntimeError", message);
    }

    /** The dispatch macros' refusal: {@code "<kernel>" not implemented for '<Type>'}. */
    public static PythonError notImplemented(String kernel, DType dtype) {
        return new PythonError("NotImplementedError", "\"" + kernel + "\" not implemented for '" + scalarTypeName(dtype) + "'");
    }

    /** c10's ScalarType names, as {@code toString(ScalarType)} prints them. */
    public static String scalarTypeName(DType dtype) {
        return switch (dtype) {
            case BOOL -> "Bool";
            case INT8 -> "Char";
            case INT16 -> "Short";
            case INT32 -> "Int";
            case INT64 -> "Long";
            case UINT8 -> "Byte";
            case UINT16 -> "UInt16";
            case UINT32 -> "UInt32";
            case UINT64 -> "UInt64";
            case FLOAT16 -> "Half";
            case BFLOAT16 -> "BFloat16";
            case FLOAT32 -> "Float";
            case FLOAT64 -> "Double";
        };
    }

    /** How {@code caffe2::TypeMeta} prints in messages ("float", "c10::Half", "long int", ...). */
    public static String typeMetaName(DType dtype) {
        return switch (dtype) {
            case BOOL -> "bool";
            case INT8 -> "signed char";
            case INT16 -> "short int";
            case INT32 -> "int";
            case INT64 -> "long int";
            case UINT8 -> "unsigned char";
            case UINT16 -> "unsigned short";
            case UINT32 -> "unsigned int";
            case UINT64 -> "unsigned long";
            case FLOAT16 -> "c10::Half";
            case BFLOAT16 -> "c10::BFloat16";
            case FLOAT32 -> "float";
            case FLOAT64 -> "double";
        };
    }

    /** {@code std::numeric_limits<scalar_t>::max()} of a floating dtype, as a double. */
    public static double floatMax(DType dtype) {
        return switch (dtype) {
            case FLOAT16 -> 65504.0;
            case BFLOAT16 -> 0x1.fep127;
            case FLOAT32 -> Float.MAX_VALUE;
            default -> Double.MAX_VALUE;
        };
    }

    /** {@code CHECK_OUT_OF_BOUNDS} for a floating dtype: {@code name} must lie in [lowest, max]. */
    public static void checkFloatBound(double v, String name, DType dtype) {
        double max = floatMax(dtype);
        if (!(v >= -max && v <= max)) {
            throw check(name + " is out of bounds for " + typeMetaName(dtype));
        }
    }

    /** A double as a C++ ostream prints it by default (%g with 6 significant digits). */
    public static String cpp(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            String m = mantissa.scale() <= 0 ? mantissa.toBigInteger().toString() : mantissa.toPlainString();
            return m + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        BigDecimal plain = rounded.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.toBigInteger().toString() : plain.toPlainString();
    }
}
