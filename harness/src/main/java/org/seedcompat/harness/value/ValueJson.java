package org.seedcompat.harness.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedcompat.engine.DType;

/**
 * The JSON rendering of values and call results: the public contract of {@code sample},
 * {@code reference} and {@code check}, and the format of the golden vectors. The Python reference
 * emits the same shapes (python-reference/seedcompat_ref/render.py); the README documents them.
 *
 * <ul>
 *   <li>arrays and scalars: {@code {"dtype":"float64","shape":[3],"data":[...]}}, data flat in C order;
 *       floats as {@code "0x"}-prefixed full-width lowercase hex bit patterns, integers as JSON integers,
 *       bools as {@code true}/{@code false}; a scalar has {@code "shape":[]} and one element;</li>
 *   <li>{@code {"type":"tuple"|"list","items":[...]}}, {@code {"type":"dict","items":{...}}},
 *       {@code {"type":"str","value":...}}, {@code {"type":"bytes","hex":...}}, {@code {"type":"None"}},
 *       {@code {"type":"int","value":N}} (beyond int64), {@code {"type":"unsupported","repr":...}},
 *       {@code {"type":"object","class":C, <field>: value, ...}} (a Generator, bit generator or SeedSequence);</li>
 *   <li>a call line is the value's fields after {@code "call"}, or {@code "call"} and {@code "error"}.</li>
 * </ul>
 */
public final class ValueJson {

    /**
     * Shared mapper. Python ints have no size limit (getrandbits(10**4), seeds like 2**4000), so the
     * number-length constraint Jackson applies by default (1000 digits) is lifted.
     */
    public static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                    .maxNumberLength(1 << 24).build())
            .build());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private ValueJson() {
    }

    // ---- writing ----

    public static ObjectNode toJson(Value value) {
        ObjectNode node = NODES.objectNode();
        writeFields(node, value);
        return node;
    }

    public static ObjectNode callLine(CallResult result) {
        ObjectNode node = NODES.objectNode();
        node.put("call", result.call());
        if (result.isError()) {
            node.set("error", errorJson(result.error()));
        } else {
            writeFields(node, result.value());
        }
        return node;
    }

    public static ObjectNode setupErrorLine(String setup, ErrorInfo error) {
        ObjectNode node = NODES.objectNode();
        node.put("setup", setup);
        node.set("error", errorJson(error));
        return node;
    }

    /** The lines a case prints: one per call, or a single setup-error line. */
    public static List<ObjectNode> caseLines(CaseResult result) {
        List<ObjectNode> lines = new ArrayList<>();
        if (result.setupError() != null) {
            lines.add(setupErrorLine(result.setup(), result.setupError()));
        }
        for (CallResult call : result.calls()) {
            lines.add(callLine(call));
        }
        return lines;
    }

    public static ObjectNode errorJson(ErrorInfo error) {
        ObjectNode e = NODES.objectNode();
        e.put("type", error.type());
        e.put("message", error.message());
        return e;
    }

    /** Compact, single-line JSON: the CLI's line format. */
    public static String line(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeFields(ObjectNode node, Value value) {
        if (value instanceof ArrayValue a) {
            node.put("dtype", a.dtype().pythonName());
            ArrayNode shape = node.putArray("shape");
            for (int d : a.shape()) {
                shape.add(d);
            }
            ArrayNode data = node.putArray("data");
            long[] raw = a.data();
            for (long v : raw) {
                data.add(element(a.dtype(), v));
            }
        } else if (value instanceof ArrayDigest d) {
            node.put("dtype", d.dtype().pythonName());
            ArrayNode shape = node.putArray("shape");
            for (int dim : d.shape()) {
                shape.add(dim);
            }
            node.put("count", d.count());
            ArrayNode head = node.putArray("head");
            for (long v : d.head()) {
                head.add(element(d.dtype(), v));
            }
            node.put("sha256", d.sha256());
        } else if (value instanceof SeqValue s) {
            node.put("type", s.tuple() ? "tuple" : "list");
            ArrayNode items = node.putArray("items");
            for (Value v : s.items()) {
                items.add(toJson(v));
            }
        } else if (value instanceof DictValue d) {
            node.put("type", "dict");
            ObjectNode items = node.putObject("items");
            for (Map.Entry<String, Value> e : d.items().entrySet()) {
                items.set(e.getKey(), toJson(e.getValue()));
            }
        } else if (value instanceof ObjectValue o) {
            node.put("type", "object");
            node.put("class", o.className());
            for (Map.Entry<String, Value> e : o.fields().entrySet()) {
                node.set(e.getKey(), toJson(e.getValue()));
            }
        } else if (value instanceof StrValue s) {
            node.put("type", "str");
            node.put("value", s.value());
        } else if (value instanceof BytesValue b) {
            node.put("type", "bytes");
            node.put("hex", HexFormat.of().formatHex(b.bytes()));
        } else if (value instanceof NoneValue) {
            node.put("type", "None");
        } else if (value instanceof BigIntValue b) {
            node.put("type", "int");
            node.put("value", b.value());
        } else if (value instanceof UnsupportedValue u) {
            node.put("type", "unsupported");
            node.put("repr", u.repr());
        } else {
            throw new IllegalArgumentException("unknown value " + value);
        }
    }

    /** One array element in its JSON form. */
    public static JsonNode element(DType dtype, long v) {
        switch (dtype.kind()) {
            case BOOL:
                return NODES.booleanNode(v != 0);
            case SIGNED:
                return NODES.numberNode(v);
            case UNSIGNED:
                return v >= 0 ? NODES.numberNode(v) : NODES.numberNode(new BigInteger(Long.toUnsignedString(v)));
            default:
                return NODES.textNode(hexBits(dtype, v));
        }
    }

    /** A float's bit pattern as {@code 0x} and full-width lowercase hex (16, 8 or 4 digits). */
    public static String hexBits(DType dtype, long bits) {
        int digits = dtype.bits() / 4;
        String hex = Long.toHexString(dtype.bits() == 64 ? bits : bits & ((1L << dtype.bits()) - 1));
        return "0x" + "0".repeat(digits - hex.length()) + hex;
    }

    // ---- reading ----

    public static Value fromJson(JsonNode node) {
        if (node.has("dtype") && node.has("sha256")) {
            return readDigest(node);
        }
        if (node.has("dtype")) {
            return readArray(node);
        }
        String type = text(node, "type");
        switch (type) {
            case "tuple":
            case "list": {
                List<Value> items = new ArrayList<>();
                for (JsonNode item : required(node, "items")) {
                    items.add(fromJson(item));
                }
                return new SeqValue(type.equals("tuple"), items);
            }
            case "dict": {
                Map<String, Value> items = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = required(node, "items").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    items.put(e.getKey(), fromJson(e.getValue()));
                }
                return new DictValue(items);
            }
            case "object": {
                Map<String, Value> fields = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!e.getKey().equals("type") && !e.getKey().equals("class") && !e.getKey().equals("call")) {
                        fields.put(e.getKey(), fromJson(e.getValue()));
                    }
                }
                return new ObjectValue(text(node, "class"), fields);
            }
            case "str":
                return new StrValue(text(node, "value"));
            case "bytes":
                return new BytesValue(HexFormat.of().parseHex(text(node, "hex")));
            case "None":
                return NoneValue.INSTANCE;
            case "int":
                return new BigIntValue(required(node, "value").bigIntegerValue());
            case "unsupported":
                return new UnsupportedValue(text(node, "repr"));
            default:
                throw new IllegalArgumentException("unknown value type '" + type + "' in " + abbreviate(node));
        }
    }

    public static CallResult callFromJson(JsonNode line) {
        String call = text(line, "call");
        JsonNode error = line.get("error");
        if (error != null) {
            return CallResult.failed(call, errorFromJson(error));
        }
        return CallResult.ok(call, fromJson(line));
    }

    public static ErrorInfo errorFromJson(JsonNode error) {
        return new ErrorInfo(text(error, "type"), text(error, "message"));
    }

    private static ArrayValue readArray(JsonNode node) {
        DType dtype = dtype(node);
        return new ArrayValue(dtype, shape(node), elements(dtype, required(node, "data")));
    }

    private static ArrayDigest readDigest(JsonNode node) {
        DType dtype = dtype(node);
        return new ArrayDigest(dtype, shape(node), required(node, "count").longValue(),
                elements(dtype, required(node, "head")), text(node, "sha256"));
    }

    private static DType dtype(JsonNode node) {
        String name = text(node, "dtype");
        try {
            return DType.fromName(name);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown dtype '" + name + "'");
        }
    }

    private static int[] shape(JsonNode node) {
        JsonNode shapeNode = required(node, "shape");
        int[] shape = new int[shapeNode.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeNode.get(i).intValue();
        }
        return shape;
    }

    private static long[] elements(DType dtype, JsonNode dataNode) {
        long[] data = new long[dataNode.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = parseElement(dtype, dataNode.get(i));
        }
        return data;
    }

    public static long parseElement(DType dtype, JsonNode e) {
        switch (dtype.kind()) {
            case BOOL:
                if (!e.isBoolean()) {
                    throw new IllegalArgumentException("bool element expected, got " + e);
                }
                return e.booleanValue() ? 1 : 0;
            case SIGNED:
            case UNSIGNED: {
                if (!e.isIntegralNumber()) {
                    throw new IllegalArgumentException("integer element expected, got " + e);
                }
                BigInteger b = e.bigIntegerValue();
                if (b.signum() < 0 ? b.bitLength() > 63 : b.compareTo(TWO_64) >= 0) {
                    throw new IllegalArgumentException("integer element out of range: " + b);
                }
                return b.longValue();
            }
            default: {
                String s = e.asText();
                if (!e.isTextual() || !s.startsWith("0x") || s.length() != 2 + dtype.bits() / 4) {
                    throw new IllegalArgumentException("float element for " + dtype.pythonName()
                            + " must be a full-width 0x hex bit pattern, got " + e);
                }
                return Long.parseUnsignedLong(s.substring(2), 16);
            }
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "' in " + abbreviate(node));
        }
        return v;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static String abbreviate(JsonNode node) {
        String s = node.toString();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
