package org.seedcompat.harness.diff;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.seedcompat.engine.DType;
import org.seedcompat.harness.cases.Py;
import org.seedcompat.harness.value.ArrayDigest;
import org.seedcompat.harness.value.ArrayValue;
import org.seedcompat.harness.value.BytesValue;
import org.seedcompat.harness.value.CallResult;
import org.seedcompat.harness.value.CaseResult;
import org.seedcompat.harness.value.DictValue;
import org.seedcompat.harness.value.ErrorInfo;
import org.seedcompat.harness.value.ObjectValue;
import org.seedcompat.harness.value.SeqValue;
import org.seedcompat.harness.value.Value;
import org.seedcompat.harness.value.ValueJson;

/**
 * Compares two sides' results call by call. It knows nothing about where the results came from:
 * "expected" is whichever side the caller treats as the reference.
 */
public final class Diff {

    private Diff() {
    }

    /**
     * One comparison per call; a setup that raised on either side gives one "setup" comparison.
     * When both sides report the generator's state after each call, a call that leaves the states
     * apart "splits" the streams and later differences are {@link Verdict#AFTER_DESYNC} symptoms
     * of it; where a side does not report states, the first difference is taken as the split.
     * Equal states again (a later re-seed) end the split.
     */
    public static List<CallComparison> compare(CaseResult expected, CaseResult actual) {
        return compare(expected, actual, "reference", "engine");
    }

    /** As {@link #compare(CaseResult, CaseResult)}, naming the two sides in refusal and fault details. */
    public static List<CallComparison> compare(CaseResult expected, CaseResult actual, String expectedName, String actualName) {
        List<CallComparison> out = new ArrayList<>();
        if (expected.setupError() != null || actual.setupError() != null) {
            out.add(compareErrors("setup: " + expected.setup(), "setup-error", expected.setupError(), actual.setupError(),
                    expectedName, actualName));
            return out;
        }
        int n = Math.max(expected.calls().size(), actual.calls().size());
        CallComparison.Split split = null;
        for (int i = 0; i < n; i++) {
            CallResult e = i < expected.calls().size() ? expected.calls().get(i) : null;
            CallResult a = i < actual.calls().size() ? actual.calls().get(i) : null;
            CallComparison c = compare(e, a, expectedName, actualName);
            if (split != null && c.verdict() != Verdict.EXACT && c.verdict().isDifference()
                    && c.verdict() != Verdict.HANG && c.verdict() != Verdict.CRASH) {
                c = c.afterDesync(split);
            }
            out.add(c);
            Boolean sameState = e == null || a == null || e.state() == null || a.state() == null
                    ? null : e.state().equals(a.state());
            if (sameState == null) {
                boolean oneSided = c.verdict() == Verdict.UNSUPPORTED && !"both".equals(c.errorSide());
                if (split == null && (c.verdict().isDifference() || oneSided)) {
                    split = new CallComparison.Split(i, c.call()); // no states: assume the first difference splits
                }
            } else if (!sameState) {
                if (split == null) {
                    split = new CallComparison.Split(i, c.call());
                }
            } else {
                split = null;
            }
        }
        return out;
    }

    public static CallComparison compare(CallResult expected, CallResult actual) {
        return compare(expected, actual, "reference", "engine");
    }

    static CallComparison compare(CallResult expected, CallResult actual, String expectedName, String actualName) {
        if (expected == null || actual == null) {
            String call = expected != null ? expected.call() : actual.call();
            return new CallComparison(call, Verdict.DIVERGED, "value", 0, structural("", expected == null
                    ? "missing" : "present", actual == null ? "missing" : "present", "one side has no result for this call"));
        }
        if (expected.isError() || actual.isError()) {
            return compareErrors(expected.call(), "error", expected.error(), actual.error(), expectedName, actualName);
        }
        Accumulator acc = new Accumulator();
        compareValues("", expected.value(), actual.value(), acc);
        Difference d = acc.result();
        return new CallComparison(expected.call(), d == null ? Verdict.EXACT : d.verdict(), "value", acc.elements, d);
    }

    private static CallComparison compareErrors(String call, String kind, ErrorInfo e, ErrorInfo a,
            String expectedName, String actualName) {
        // A side that could not answer, then a side that refused: neither is a check.
        for (String fault : new String[] {ErrorInfo.CRASH, ErrorInfo.HANG, ErrorInfo.NOT_RUN}) {
            ErrorInfo hit = e != null && e.type().equals(fault) ? e : a != null && a.type().equals(fault) ? a : null;
            if (hit != null) {
                String side = hit == e ? expectedName : actualName;
                Verdict v = fault.equals(ErrorInfo.CRASH) ? Verdict.CRASH : fault.equals(ErrorInfo.HANG) ? Verdict.HANG : Verdict.NOT_RUN;
                return new CallComparison(call, v, kind, 0, unchecked(describe(e), describe(a), side + ": " + hit.message()),
                        hit, side, null);
            }
        }
        boolean eu = e != null && e.isUnsupported();
        boolean au = a != null && a.isUnsupported();
        if (eu || au) {
            String side = eu && au ? "both" : eu ? expectedName : actualName;
            ErrorInfo refusal = eu ? e : a;
            String reason = (eu && au ? "both sides refused it" : side + " refused it") + ", so nothing was checked";
            return new CallComparison(call, Verdict.UNSUPPORTED, kind, 0, unchecked(describe(e), describe(a), reason),
                    refusal, side, null);
        }
        if (Objects.equals(e, a)) {
            return new CallComparison(call, Verdict.EXACT, kind, 0, null, e, e == null ? null : "both", null);
        }
        String reason = e == null || a == null ? "only one side raised" : "the errors differ";
        return new CallComparison(call, Verdict.DIVERGED, kind, 0, structural("", describe(e), describe(a), reason));
    }

    /** What each side said about a call that was not compared: no element counts as diverging. */
    private static Difference unchecked(String expected, String actual, String reason) {
        return new Difference(Verdict.DIVERGED, "", -1, expected, actual, null, null, -1, -1, 0, 0, reason);
    }

    private static String describe(ErrorInfo error) {
        return error == null ? "no error" : error.type() + ": " + error.message();
    }

    private static Difference structural(String path, String expected, String actual, String reason) {
        return new Difference(Verdict.DIVERGED, path, -1, expected, actual, null, null, -1, -1, 1, 1, reason);
    }

    private static void compareValues(String path, Value e, Value a, Accumulator acc) {
        if (e instanceof ArrayValue ea && a instanceof ArrayValue aa) {
            compareArrays(path, ea, aa, acc);
        } else if (e instanceof ArrayDigest ed && a instanceof ArrayDigest ad) {
            compareDigests(path, ed, ad, acc);
        } else if (e instanceof ArrayDigest ed && a instanceof ArrayValue aa) {
            compareDigests(path, ed, ArrayDigest.of(aa, ed.head().length), acc); // a long array sent as a digest
        } else if (e instanceof ArrayValue ea && a instanceof ArrayDigest ad) {
            compareDigests(path, ArrayDigest.of(ea, ad.head().length), ad, acc);
        } else if (e instanceof SeqValue es && a instanceof SeqValue as && es.tuple() == as.tuple()) {
            if (es.items().size() != as.items().size()) {
                acc.structural(path, es.items().size() + " items", as.items().size() + " items", "lengths differ");
                return;
            }
            for (int i = 0; i < es.items().size(); i++) {
                compareValues(path + "items[" + i + "]", es.items().get(i), as.items().get(i), acc);
            }
        } else if (e instanceof DictValue ed && a instanceof DictValue ad) {
            if (!ed.items().keySet().equals(ad.items().keySet())) {
                acc.structural(path, "keys " + ed.items().keySet(), "keys " + ad.items().keySet(), "keys differ");
                return;
            }
            Iterator<Map.Entry<String, Value>> it = ed.items().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Value> entry = it.next();
                compareValues(path + "items['" + entry.getKey() + "']", entry.getValue(), ad.items().get(entry.getKey()), acc);
            }
        } else if (e instanceof ObjectValue eo && a instanceof ObjectValue ao) {
            if (!eo.className().equals(ao.className()) || !eo.fields().keySet().equals(ao.fields().keySet())) {
                acc.structural(path, eo.className() + eo.fields().keySet(), ao.className() + ao.fields().keySet(),
                        "objects differ in class or fields");
                return;
            }
            for (Map.Entry<String, Value> f : eo.fields().entrySet()) {
                compareValues(path + f.getKey() + ".", f.getValue(), ao.fields().get(f.getKey()), acc);
            }
        } else if (e instanceof BytesValue eb && a instanceof BytesValue ab) {
            compareBytes(path, eb.bytes(), ab.bytes(), acc);
        } else {
            acc.elements++;
            if (!Objects.equals(e, a)) {
                acc.structural(path, describe(e), describe(a), "values differ");
            }
        }
    }

    private static void compareArrays(String path, ArrayValue e, ArrayValue a, Accumulator acc) {
        if (e.dtype() != a.dtype() || !Arrays.equals(e.shape(), a.shape())) {
            acc.elements += e.size();
            acc.structural(path, e.dtype().pythonName() + Arrays.toString(e.shape()),
                    a.dtype().pythonName() + Arrays.toString(a.shape()), "dtype or shape differ");
            return;
        }
        DType dtype = e.dtype();
        long[] ed = e.data();
        long[] ad = a.data();
        acc.elements += ed.length;
        for (int i = 0; i < ed.length; i++) {
            if (ed[i] != ad[i]) {
                long ulp = dtype.isFloat() ? Ulp.distance(dtype, ed[i], ad[i]) : -1;
                acc.element(path, i, dtype, ed[i], ad[i], ulp);
            }
        }
    }

    /** Digests: equal hashes are exact; otherwise the stored heads locate the divergence if they can. */
    private static void compareDigests(String path, ArrayDigest e, ArrayDigest a, Accumulator acc) {
        if (e.dtype() != a.dtype() || !Arrays.equals(e.shape(), a.shape()) || e.count() != a.count()) {
            acc.elements += e.count();
            acc.structural(path, e.dtype().pythonName() + Arrays.toString(e.shape()),
                    a.dtype().pythonName() + Arrays.toString(a.shape()), "dtype or shape differ");
            return;
        }
        acc.elements += e.count();
        if (e.sha256().equals(a.sha256())) {
            return;
        }
        long[] eh = e.head();
        long[] ah = a.head();
        int n = Math.min(eh.length, ah.length);
        boolean found = false;
        for (int i = 0; i < n; i++) {
            if (eh[i] != ah[i]) {
                found = true;
                long ulp = e.dtype().isFloat() ? Ulp.distance(e.dtype(), eh[i], ah[i]) : -1;
                acc.element(path, i, e.dtype(), eh[i], ah[i], ulp);
            }
        }
        // Beyond the stored head only the hash is known: the count and ULP size of the rest are not.
        acc.structural(path, "sha256 " + e.sha256(), "sha256 " + a.sha256(), found
                ? "also differs beyond the stored first " + n + " elements (digest only)"
                : "differs beyond the stored first " + n + " elements (digest only; compare live for the index)");
    }

    private static void compareBytes(String path, byte[] e, byte[] a, Accumulator acc) {
        acc.elements += Math.max(e.length, a.length);
        if (e.length != a.length) {
            acc.structural(path, e.length + " bytes", a.length + " bytes", "lengths differ");
            return;
        }
        for (int i = 0; i < e.length; i++) {
            if (e[i] != a[i]) {
                acc.element(path, i, DType.UINT8, e[i] & 0xff, a[i] & 0xff, -1);
            }
        }
    }

    private static String describe(Value v) {
        String s = ValueJson.line(ValueJson.toJson(v));
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }

    /** Readable decimal form of one element. */
    static String readable(DType dtype, long bits) {
        switch (dtype.kind()) {
            case BOOL:
                return bits != 0 ? "True" : "False";
            case SIGNED:
                return Long.toString(bits);
            case UNSIGNED:
                return Long.toUnsignedString(bits);
            default: {
                ArrayValue one = new ArrayValue(dtype, new int[0], new long[] {bits});
                double d = Py.elementAsDouble(one, 0);
                return dtype == DType.FLOAT64 ? Double.toString(d) : Float.toString((float) d);
            }
        }
    }

    private static String bits(DType dtype, long v) {
        if (dtype.isFloat()) {
            return ValueJson.hexBits(dtype, v);
        }
        if (dtype.kind() == DType.Kind.UNSIGNED) {
            return "0x" + new BigInteger(Long.toUnsignedString(v)).toString(16);
        }
        return "0x" + HexFormat.of().toHexDigits(v).replaceFirst("^0+(?=.)", "");
    }

    /** Beyond this distance two floats are different values, not a last-bit finding (the README's verdict table). */
    static final long MAX_ULP_FINDING = 1L << 20;

    /** Whether two floats of {@code dtype} lie on opposite sides of zero (a signed zero crosses nothing). */
    static boolean signsCross(DType dtype, long e, long a) {
        int bits = dtype.bits();
        long signBit = 1L << (bits - 1);
        long magnitude = signBit - 1;
        return (e & magnitude) != 0 && (a & magnitude) != 0 && ((e ^ a) & signBit) != 0;
    }

    /**
     * Collects the first divergence, the count and the worst ULP distance. Only floats that stay
     * close (at most {@link #MAX_ULP_FINDING} ULP apart, same sign, neither NaN alone) make a
     * {@link Verdict#ULP}; the distance itself is kept whenever every diverging element has one.
     */
    private static final class Accumulator {
        long elements;
        long diverging;
        long maxUlp;
        boolean onlyNearFloats = true;
        boolean allComparable = true;
        Difference first;

        void structural(String path, String e, String a, String reason) {
            diverging++;
            onlyNearFloats = false;
            allComparable = false;
            if (first == null) {
                first = Diff.structural(path, e, a, reason);
            }
        }

        void element(String path, long index, DType dtype, long e, long a, long ulp) {
            diverging++;
            boolean far = false;
            if (ulp < 0) {
                onlyNearFloats = false;
                allComparable = false;
            } else {
                maxUlp = Math.max(maxUlp, ulp);
                far = ulp > MAX_ULP_FINDING || signsCross(dtype, e, a);
                if (far) {
                    onlyNearFloats = false;
                }
            }
            if (first == null) {
                String reason = !dtype.isFloat() ? "values differ"
                        : ulp < 0 ? "float values differ (a NaN: no ULP distance)"
                        : ulp > MAX_ULP_FINDING ? "float values differ by more than 2^20 ULP"
                        : far ? "float values differ in sign" : "float values differ";
                first = new Difference(Verdict.DIVERGED, path, index, readable(dtype, e), readable(dtype, a),
                        bits(dtype, e), bits(dtype, a), ulp, 0, 0, 0, reason);
            }
        }

        Difference result() {
            if (first == null) {
                return null;
            }
            Verdict v = onlyNearFloats ? Verdict.ULP : Verdict.DIVERGED;
            return new Difference(v, first.path(), first.index(), first.expected(), first.actual(),
                    first.expectedBits(), first.actualBits(), first.ulp(), allComparable ? maxUlp : -1,
                    diverging, elements, first.reason());
        }
    }
}
