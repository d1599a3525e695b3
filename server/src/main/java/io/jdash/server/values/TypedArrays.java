package io.jdash.server.values;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plotly's typed arrays on the wire ({@code docs/values.md}, "Figures on the wire"): {@code {"dtype": "f8",
 * "bdata": "<base64 of the little-endian values>"}}, which plotly.js 3 decodes wherever it reads a trace's data.
 *
 * <p>Writing: {@link #inFigure} turns the numeric arrays of a figure's traces into typed arrays where that is
 * smaller, in the narrowest dtype that holds every value exactly. Reading: {@link #decode} turns a typed array back
 * into the plain JSON array it stands for (NaN and the infinities as {@code null}, as plain JSON writes them), so a
 * callback sees the same Java values whichever way the figure travelled; the browser runtime decodes the same way.
 */
public final class TypedArrays {
    /**
     * A typed array is written when its base64 is at most this share of the array's JSON text. Base64 keeps 6 bits
     * a character and gzip gets nothing more out of it, while the digits of a JSON array gzip to about 45% of their
     * length; below this share the typed array is the smaller one also after gzip.
     */
    static final double TYPED_SHARE = 0.6;

    /** How many elements of a {@code double[]} are printed to estimate the length of its text. */
    private static final int SAMPLE = 256;

    /** The {@code "dtype": "", "bdata": ""} around a typed array, in characters. */
    private static final int OVERHEAD = 26;

    /** The marker key of a Dash patch, whose values the browser applies to the stored JSON as lists. */
    private static final String PATCH = "__dash_patch_update";

    private static final Pattern BASE64 =
            Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");
    private static final Pattern SHAPE = Pattern.compile("[0-9]{1,9}(?:,[0-9]{1,9}){0,2}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TypedArrays() {}

    /** The dtypes plotly.js 3 decodes (its {@code lib/array.js}), with their aliases, except the clamped {@code u1c}. */
    enum Dtype {
        I1("i1", "int8", 1),
        U1("u1", "uint8", 1),
        I2("i2", "int16", 2),
        U2("u2", "uint16", 2),
        I4("i4", "int32", 4),
        U4("u4", "uint32", 4),
        F4("f4", "float32", 4),
        F8("f8", "float64", 8);

        final String code;
        final String alias;
        final int bytes;

        Dtype(String code, String alias, int bytes) {
            this.code = code;
            this.alias = alias;
            this.bytes = bytes;
        }

        static Dtype named(String name) {
            for (Dtype d : values()) {
                if (d.code.equals(name) || d.alias.equals(name)) {
                    return d;
                }
            }
            return null;
        }

        /** The narrowest integer dtype for values in {@code [min, max]}, or null. */
        static Dtype forIntegers(long min, long max) {
            if (min >= 0) {
                return max <= 0xFF ? U1 : max <= 0xFFFF ? U2 : max <= 0xFFFF_FFFFL ? U4 : null;
            }
            if (min >= Byte.MIN_VALUE && max <= Byte.MAX_VALUE) {
                return I1;
            }
            if (min >= Short.MIN_VALUE && max <= Short.MAX_VALUE) {
                return I2;
            }
            return min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE ? I4 : null;
        }
    }

    // ---- writing ----

    /**
     * Writes the numeric arrays in the traces of {@code figure} ({@code data[i]} and {@code frames[j].data[i]}, in
     * the traces' objects at any depth, not inside other lists) as typed arrays where {@link #encode} finds that
     * smaller; a list of equally long rows of one type (a matrix) as one typed array with a shape.
     * An {@code ALL} output's list of figures is handled figure by figure; a Patch is left as it is. Changes the
     * objects in place (they are fresh from {@link ValueMapper#toJson}) and returns {@code figure}.
     */
    public static JsonNode inFigure(JsonNode figure) {
        if (figure instanceof ObjectNode o && !o.has(PATCH)) {
            traces(o.get("data"));
            JsonNode frames = o.get("frames");
            if (frames != null && frames.isArray() && !(frames instanceof NumericArrayNode)) {
                frames.forEach(f -> traces(f.get("data")));
            }
        } else if (figure instanceof ArrayNode list && !(figure instanceof NumericArrayNode)) {
            list.forEach(TypedArrays::inFigure);
        }
        return figure;
    }

    private static void traces(JsonNode data) {
        if (data != null && data.isArray() && !(data instanceof NumericArrayNode)) {
            for (JsonNode trace : data) {
                if (trace instanceof ObjectNode o) {
                    withinTrace(o);
                }
            }
        }
    }

    private static void withinTrace(ObjectNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue() instanceof NumericArrayNode n) {
                e.setValue(encode(n));
            } else if (e.getValue() instanceof ObjectNode inner) {
                withinTrace(inner);
            } else if (e.getValue() instanceof ArrayNode rows) {
                NumericArrayNode matrix = matrix(rows);
                if (matrix != null) {
                    JsonNode encoded = encode(matrix);
                    if (encoded instanceof ObjectNode spec) {
                        spec.put("shape", rows.size() + "," + matrix.size() / rows.size());
                        e.setValue(spec);
                    }
                }
            }
        }
    }

    /**
     * The rows of a matrix ({@code double[][]}, {@code z} of a heatmap) as one array in row order, when they are
     * all numeric arrays of one type and one length; else null. Plotly decodes a typed array with a
     * {@code "rows,columns"} shape into such rows.
     */
    private static NumericArrayNode matrix(ArrayNode rows) {
        if (rows instanceof NumericArrayNode || rows.isEmpty() || !(rows.get(0) instanceof NumericArrayNode first)) {
            return null;
        }
        Class<?> type = first.values().getClass();
        int columns = first.size();
        for (JsonNode row : rows) {
            if (!(row instanceof NumericArrayNode r) || r.values().getClass() != type || r.size() != columns) {
                return null;
            }
        }
        if (columns == 0) {
            return null;
        }
        Object all = java.lang.reflect.Array.newInstance(type.getComponentType(), rows.size() * columns);
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(((NumericArrayNode) rows.get(i)).values(), 0, all, i * columns, columns);
        }
        return all instanceof double[] d
                ? NumericArrayNode.of(d)
                : all instanceof int[] a ? NumericArrayNode.of(a) : NumericArrayNode.of((long[]) all);
    }

    /**
     * {@code array} as a typed array, if one is at most {@link #TYPED_SHARE} of its JSON text, else {@code array}
     * itself. The dtype is the narrowest that holds every value exactly: {@code u1}…{@code i4}/{@code u4} for
     * integers (also integral doubles, but not {@code -0.0}), {@code f4} for doubles that are floats, else
     * {@code f8}; a {@code long[]} beyond 32 bits is {@code f8} while every value is within ±2^53, else plain.
     */
    public static JsonNode encode(NumericArrayNode array) {
        Object values = array.values();
        int n = array.size();
        if (n == 0) {
            return array;
        }
        Dtype dtype;
        double textLength;
        if (values instanceof double[] d) {
            dtype = dtypeOf(d);
            textLength = estimatedText(d);
        } else if (values instanceof int[] a) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            long text = 0;
            for (int v : a) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                text += digits(v) + 1;
            }
            dtype = Dtype.forIntegers(min, max);
            textLength = text;
        } else {
            long[] a = (long[]) values;
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            long text = 0;
            for (long v : a) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                text += digits(v) + 1;
            }
            dtype = Dtype.forIntegers(min, max);
            if (dtype == null && min >= -(1L << 53) && max <= (1L << 53)) {
                dtype = Dtype.F8;
            }
            textLength = text;
        }
        if (dtype == null) {
            return array;
        }
        long base64 = 4 * (((long) n * dtype.bytes + 2) / 3);
        if (base64 + OVERHEAD > TYPED_SHARE * (textLength + 1)) {
            return array;
        }
        ObjectNode spec = NODES.objectNode();
        spec.put("dtype", dtype.code);
        spec.put("bdata", Base64.getEncoder().encodeToString(bytes(values, n, dtype)));
        return spec;
    }

    private static Dtype dtypeOf(double[] d) {
        boolean integral = true;
        boolean floats = true;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : d) {
            if (integral && (v != Math.rint(v) || Double.isInfinite(v) || (v == 0 && 1 / v < 0))) {
                integral = false; // NaN fails v == rint(v) too
            }
            if (floats && (double) (float) v != v && !Double.isNaN(v)) {
                floats = false;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
            if (!integral && !floats) {
                return Dtype.F8;
            }
        }
        if (integral) {
            Dtype ints = Dtype.forIntegers((long) min, (long) max);
            if (ints != null) {
                return ints;
            }
        }
        return floats ? Dtype.F4 : Dtype.F8;
    }

    /** The length of {@code d} as JSON text (with commas), from up to {@link #SAMPLE} evenly spaced elements. */
    private static double estimatedText(double[] d) {
        int step = Math.max(1, d.length / SAMPLE);
        long chars = 0;
        int printed = 0;
        for (int i = 0; i < d.length; i += step) {
            double v = d[i];
            chars += (Double.isFinite(v) ? NumberOutput.toString(v, true).length() : 4) + 1;
            printed++;
        }
        return (double) chars / printed * d.length;
    }

    private static int digits(long v) {
        if (v == Long.MIN_VALUE) {
            return 20;
        }
        int sign = v < 0 ? 1 : 0;
        long a = Math.abs(v);
        int digits = 1;
        while (a >= 10) {
            a /= 10;
            digits++;
        }
        return digits + sign;
    }

    private static byte[] bytes(Object values, int n, Dtype dtype) {
        ByteBuffer b = ByteBuffer.allocate(n * dtype.bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            double dv = values instanceof double[] d ? d[i] : 0;
            long lv = values instanceof int[] a ? a[i] : values instanceof long[] l ? l[i] : (long) dv;
            switch (dtype) {
                case I1, U1 -> b.put((byte) lv);
                case I2, U2 -> b.putShort((short) lv);
                case I4, U4 -> b.putInt((int) lv);
                case F4 -> b.putFloat((float) dv);
                case F8 -> b.putDouble(values instanceof double[] ? dv : (double) lv);
                default -> throw new IllegalStateException(dtype.toString());
            }
        }
        return b.array();
    }

    // ---- reading ----

    /**
     * The plain JSON array a typed array stands for: numbers ({@code IntNode} or {@code LongNode} for the integer
     * dtypes, {@code DoubleNode} for {@code f4}/{@code f8}, with NaN and the infinities as {@code null}), nested
     * rows for a {@code shape} of 2 or 3 dimensions. Null when {@code v} is no typed array: an object whose
     * {@code dtype} is one of plotly's, whose {@code bdata} is padded base64 of a whole number of elements and whose
     * optional {@code shape} ({@code "rows,columns"}) multiplies to that number (other keys are ignored, such as
     * the {@code _inputArray} plotly.js adds to a figure it drew).
     */
    public static ArrayNode decode(JsonNode v) {
        if (v == null || !v.isObject()) {
            return null;
        }
        JsonNode dtypeNode = v.get("dtype");
        JsonNode bdata = v.get("bdata");
        if (dtypeNode == null || !dtypeNode.isTextual() || bdata == null || !bdata.isTextual()) {
            return null;
        }
        Dtype dtype = Dtype.named(dtypeNode.textValue());
        String text = bdata.textValue();
        if (dtype == null || !BASE64.matcher(text).matches()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null; // the pattern lets no such text through; kept so that no input can throw here
        }
        if (bytes.length % dtype.bytes != 0) {
            return null;
        }
        int count = bytes.length / dtype.bytes;
        int[] shape = shape(v.get("shape"), count);
        if (shape == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return rows(b, dtype, shape, 0);
    }

    /** Whether {@code v} is a typed array that {@link #decode} reads. */
    public static boolean isTypedArray(JsonNode v) {
        return decode(v) != null;
    }

    private static int[] shape(JsonNode shape, int count) {
        if (shape == null) {
            return new int[] {count};
        }
        String text;
        if (shape.isTextual()) {
            text = shape.textValue();
        } else if (shape.isNumber() && shape.doubleValue() == Math.rint(shape.doubleValue())) {
            text = Long.toString((long) shape.doubleValue());
        } else {
            return null;
        }
        if (!SHAPE.matcher(text).matches()) {
            return null;
        }
        String[] parts = text.split(",");
        int[] dims = new int[parts.length];
        long product = 1;
        for (int i = 0; i < parts.length; i++) {
            dims[i] = Integer.parseInt(parts[i]);
            if (dims[i] > Math.max(count, 1)) {
                return null; // no dimension beyond the elements: "999999999,0" would be a billion empty rows
            }
            product *= dims[i];
        }
        return product == count ? dims : null;
    }

    private static ArrayNode rows(ByteBuffer b, Dtype dtype, int[] shape, int dim) {
        ArrayNode out = NODES.arrayNode(shape[dim]);
        for (int i = 0; i < shape[dim]; i++) {
            out.add(dim + 1 < shape.length ? rows(b, dtype, shape, dim + 1) : element(b, dtype));
        }
        return out;
    }

    private static JsonNode element(ByteBuffer b, Dtype dtype) {
        return switch (dtype) {
            case I1 -> IntNode.valueOf(b.get());
            case U1 -> IntNode.valueOf(b.get() & 0xFF);
            case I2 -> IntNode.valueOf(b.getShort());
            case U2 -> IntNode.valueOf(b.getShort() & 0xFFFF);
            case I4 -> IntNode.valueOf(b.getInt());
            case U4 -> LongNode.valueOf(b.getInt() & 0xFFFF_FFFFL);
            case F4 -> number(b.getFloat());
            case F8 -> number(b.getDouble());
        };
    }

    private static JsonNode number(double v) {
        return Double.isFinite(v) ? DoubleNode.valueOf(v) : NullNode.getInstance();
    }
}
