package io.jdash.server.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Typed arrays on the wire: for generated arrays of every family, the figure written with typed arrays reads back
 * as the same Java values as the figure written plain, for every declared type, with the same errors; the dtype is
 * the narrowest exact one; a typed array is chosen only where it is the shorter; and the node-free writer writes
 * the bytes the node-per-number tree wrote.
 */
class TypedArraysTest {
    private static final ObjectMapper JSON = ValueMapper.newObjectMapper();
    private static final List<Type> TYPES = List.of(
            Object.class,
            new TypeReference<List<Double>>() {}.getType(),
            new TypeReference<List<Integer>>() {}.getType(),
            new TypeReference<List<Long>>() {}.getType(),
            double[].class,
            int[].class,
            long[].class,
            new TypeReference<Map<String, Object>>() {}.getType());

    /** Arrays of every family, with their edges, in several lengths (odd ones exercise base64 padding). */
    static List<Object> arrays() {
        Random random = new Random(16);
        List<Object> arrays = new ArrayList<>();
        double[] edges = {
            0.0,
            -0.0,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            Double.MIN_NORMAL,
            -Double.MIN_VALUE,
            2.2250738585072009E-308,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            1e-310,
            Float.MIN_VALUE,
            Float.MAX_VALUE,
            0.1,
            1 / 3.0,
            9007199254740993.0,
            1e21,
            2147483648.0,
            -2147483649.0
        };
        for (int length : new int[] {0, 1, 2, 3, 4, 5, 7, 64, 301, 1000}) {
            for (int family = 0; family < 12; family++) {
                double[] d = new double[length];
                int[] ints = new int[length];
                long[] longs = new long[length];
                for (int i = 0; i < length; i++) {
                    switch (family) {
                        case 0 -> d[i] = random.nextGaussian() * 100; // f8
                        case 1 -> d[i] = (float) (random.nextGaussian() * 1e3); // f4
                        case 2 -> d[i] = random.nextInt(256); // u1
                        case 3 -> d[i] = random.nextInt(256) - 128; // i1
                        case 4 -> d[i] = random.nextInt(65536); // u2
                        case 5 -> d[i] = random.nextInt(); // i4
                        case 6 -> d[i] = random.nextLong() & 0xFFFF_FFFFL; // u4
                        case 7 -> d[i] = edges[random.nextInt(edges.length)];
                        case 8 -> d[i] = Math.round(random.nextDouble() * 100_000) / 100.0; // cents: shorter as text
                        case 9 -> d[i] = i * 0.001;
                        case 10 -> d[i] = random.nextInt(3) == 0 ? Double.NaN : random.nextGaussian(); // gaps
                        default -> d[i] = random.nextLong() >> random.nextInt(64); // integral, any size
                    }
                    ints[i] = switch (family % 4) {
                        case 0 -> random.nextInt(256);
                        case 1 -> random.nextInt(65536) - 32768;
                        case 2 -> random.nextInt();
                        default -> random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
                    };
                    longs[i] = switch (family % 4) {
                        case 0 -> random.nextInt(1000);
                        case 1 -> random.nextLong() >> 11; // within 2^53: f8
                        case 2 -> random.nextLong(); // beyond: plain
                        default -> random.nextBoolean() ? 0xFFFF_FFFFL : 0;
                    };
                }
                arrays.add(d);
                if (family < 4) {
                    arrays.add(ints);
                    arrays.add(longs);
                }
            }
        }
        return arrays;
    }

    private static Map<String, Object> figure(Object x) {
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("type", "scatter");
        trace.put("y", x);
        trace.put("marker", Map.of("size", x));
        return Map.of("data", List.of(trace), "layout", Map.of("range", x));
    }

    @Test
    void typedFigure_readsBackAsThePlainOne_forEveryType() throws Exception {
        int typed = 0;
        int cases = 0;
        for (Object array : arrays()) {
            JsonNode plainTree = JSON.readTree(JSON.writeValueAsBytes(ValueMapper.toJson(figure(array), Set.of())));
            JsonNode typedFigure = TypedArrays.inFigure(ValueMapper.toJson(figure(array), Set.of()));
            JsonNode typedTree = JSON.readTree(JSON.writeValueAsBytes(typedFigure));
            JsonNode y = typedTree.get("data").get(0).get("y");
            if (y.isObject()) {
                typed++;
                assertTrue(typedTree.get("layout").get("range").isArray(), "layout stays plain");
                assertEquals(y, typedTree.get("data").get(0).get("marker").get("size"));
            }
            assertEquals(
                    ValueMapper.untyped(plainTree), ValueMapper.untyped(typedTree), describe(array) + " as Object");
            for (Type type : TYPES) {
                cases++;
                assertEquals(
                        outcome(plainTree.get("data").get(0).get("y"), type),
                        outcome(y, type),
                        describe(array) + " as " + type.getTypeName());
            }
        }
        assertTrue(typed > 25 && typed < arrays().size() - 100, typed + " typed of " + arrays().size());
        assertTrue(cases >= 1600, cases + " cases");
    }

    /** The Java value or the mismatch, as text (arrays by content). */
    private static String outcome(JsonNode v, Type type) {
        try {
            Object value = ValueMapper.fromJson(v, type);
            if (value instanceof double[] d) {
                return Arrays.toString(d);
            }
            if (value instanceof int[] i) {
                return Arrays.toString(i);
            }
            if (value instanceof long[] l) {
                return Arrays.toString(l);
            }
            if (value instanceof double[][] m) {
                return Arrays.deepToString(m);
            }
            if (value instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof int[]) {
                return l.stream().map(r -> Arrays.toString((int[]) r)).toList().toString();
            }
            return classes(value) + " " + value;
        } catch (ValueMismatchException e) {
            return "mismatch " + e.path() + " " + e.expected() + " " + e.arrived();
        }
    }

    private static String classes(Object v) {
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            l.forEach(e ->
                    sb.append(e == null ? "null" : e.getClass().getSimpleName()).append(','));
            return sb.append(']').toString();
        }
        return v == null ? "null" : v.getClass().getSimpleName();
    }

    private static String describe(Object array) {
        String text = array instanceof double[] d
                ? "double" + Arrays.toString(d)
                : array instanceof int[] i ? "int" + Arrays.toString(i) : "long" + Arrays.toString((long[]) array);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    @Test
    void dtype_isTheNarrowestExactOne_andTypedOnlyWhereShorter() throws Exception {
        for (Object array : arrays()) {
            NumericArrayNode node = (NumericArrayNode) ValueMapper.toJson(array, Set.of());
            JsonNode encoded = TypedArrays.encode(node);
            int plainLength = JSON.writeValueAsBytes(node).length;
            if (!encoded.isObject()) {
                continue;
            }
            int typedLength = JSON.writeValueAsBytes(encoded).length;
            assertTrue(
                    typedLength <= plainLength * 0.65 + 30,
                    describe(array) + ": " + typedLength + " vs " + plainLength);
            String dtype = encoded.get("dtype").asText();
            ArrayNode decoded = TypedArrays.decode(encoded);
            assertEquals(node.size(), decoded.size());
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            boolean integral = true;
            boolean floats = true;
            for (int i = 0; i < node.size(); i++) {
                double v = array instanceof double[] d ? d[i] : node.get(i).doubleValue();
                JsonNode back = decoded.get(i);
                if (Double.isFinite(v)) {
                    assertEquals(
                            Double.doubleToLongBits(v),
                            Double.doubleToLongBits(back.doubleValue()),
                            dtype + " at " + i);
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                } else {
                    assertTrue(back.isNull());
                }
                integral &= Double.isFinite(v) && v == Math.rint(v) && Double.doubleToLongBits(v) != Long.MIN_VALUE;
                floats &= Double.isNaN(v) || (float) v == v;
            }
            String narrowest = !integral || array instanceof long[] && (min < Integer.MIN_VALUE || max > 0xFFFF_FFFFL)
                    ? (floats && array instanceof double[] ? "f4" : "f8")
                    : min >= 0
                            ? max <= 255
                                    ? "u1"
                                    : max <= 65535 ? "u2" : max <= 0xFFFF_FFFFL ? "u4" : floats ? "f4" : "f8"
                            : min >= -128 && max <= 127
                                    ? "i1"
                                    : min >= -32768 && max <= 32767
                                            ? "i2"
                                            : min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE
                                                    ? "i4"
                                                    : floats ? "f4" : "f8";
            assertEquals(narrowest, dtype, describe(array));
        }
    }

    @Test
    void longArrays_ofEachFamily_takeTheirDtype_orStayPlain() {
        Random random = new Random(3);
        double[] gaussian = random.doubles(1000).map(v -> v * 100).toArray();
        double[] floats = new double[1000];
        double[] cents = new double[1000];
        double[] small = new double[1000];
        for (int i = 0; i < 1000; i++) {
            floats[i] = (float) gaussian[i];
            cents[i] = Math.round(random.nextDouble() * 100_000) / 100.0;
            small[i] = random.nextInt(10);
        }
        assertEquals("f8", dtype(gaussian));
        assertEquals("f4", dtype(floats));
        assertEquals("u1", dtype(small));
        assertEquals("plain", dtype(cents), "prices in cents are shorter as text");
    }

    private static String dtype(double[] d) {
        JsonNode e = TypedArrays.encode(NumericArrayNode.of(d));
        return e.isObject() ? e.get("dtype").asText() : "plain";
    }

    @Test
    void nodeFreeWriter_writesWhatTheNodeTreeWrote() throws Exception {
        for (Object array : arrays()) {
            ArrayNode tree = JsonNodeFactory.instance.arrayNode();
            int n = java.lang.reflect.Array.getLength(array);
            for (int i = 0; i < n; i++) {
                Object e = java.lang.reflect.Array.get(array, i);
                tree.add(
                        e instanceof Double d
                                ? (Double.isFinite(d)
                                        ? JsonNodeFactory.instance.numberNode(d)
                                        : JsonNodeFactory.instance.nullNode())
                                : e instanceof Integer x
                                        ? JsonNodeFactory.instance.numberNode(x)
                                        : JsonNodeFactory.instance.numberNode((Long) e));
            }
            JsonNode node = ValueMapper.toJson(array, Set.of());
            assertEquals(JSON.writeValueAsString(tree), JSON.writeValueAsString(node));
            assertEquals(tree, node);
        }
        List<Double> boxed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            boxed.add(i * 0.5);
        }
        assertTrue(ValueMapper.toJson(boxed, Set.of()) instanceof NumericArrayNode);
        List<Object> mixed = new ArrayList<>(boxed);
        mixed.set(50, 3);
        assertEquals("3", ValueMapper.toJson(mixed, Set.of()).get(50).toString(), "a mixed list keeps its Integer");
    }

    @Test
    void notATypedArray_staysAnObject() throws Exception {
        for (String v : List.of(
                "{\"dtype\":\"f8\"}",
                "{\"dtype\":\"i8\",\"bdata\":\"AAAAAAAAAAA=\"}",
                "{\"dtype\":\"f8\",\"bdata\":\"AAAA\"}",
                "{\"dtype\":\"f4\",\"bdata\":\"AAAAAA\"}",
                "{\"dtype\":\"u1\",\"bdata\":\"AA A\"}",
                "{\"dtype\":\"u1\",\"bdata\":\"AAA\"}",
                "{\"dtype\":\"u1\",\"bdata\":5}",
                "{\"dtype\":\"u1\",\"bdata\":\"AAAA\",\"shape\":\"2,2\"}",
                "{\"dtype\":\"u1\",\"bdata\":\"AAAA\",\"shape\":\"x\"}",
                "{\"dtype\":\"u1\",\"bdata\":\"\",\"shape\":\"999999999,0\"}",
                "{\"dtype\":\"u1\",\"bdata\":\"AAAA\",\"shape\":\"999999999,999999999,999999999\"}")) {
            JsonNode node = JSON.readTree(v);
            assertNull(TypedArrays.decode(node), v);
            assertTrue(ValueMapper.untyped(node) instanceof Map, v);
        }
        assertEquals(
                List.of(List.of(1, 2, 3), List.of(4, 5, 6)),
                ValueMapper.untyped(JSON.readTree("{\"dtype\":\"uint8\",\"bdata\":\"AQIDBAUG\",\"shape\":\"2,3\"}")));
        assertEquals(
                List.of(1, 2, 3),
                ValueMapper.untyped(JSON.readTree(
                        "{\"dtype\":\"u1\",\"bdata\":\"AQID\",\"_inputArray\":{\"0\":1,\"1\":2,\"2\":3}}")));
        assertNotNull(TypedArrays.decode(JSON.readTree("{\"dtype\":\"f8\",\"bdata\":\"\"}")));
    }

    @Test
    void matrices_areOneTypedArrayWithAShape_andReadBackAsTheirRows() throws Exception {
        Random random = new Random(4);
        List<Type> types = List.of(
                Object.class,
                double[][].class,
                new TypeReference<List<List<Double>>>() {}.getType(),
                new TypeReference<List<int[]>>() {}.getType());
        int typed = 0;
        for (int rows : new int[] {1, 2, 3, 17}) {
            for (int columns : new int[] {1, 5, 64, 300}) {
                double[][] z = new double[rows][columns];
                int[][] counts = new int[rows][columns];
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < columns; c++) {
                        z[r][c] = random.nextGaussian();
                        counts[r][c] = random.nextInt(200);
                    }
                }
                for (Object matrix : List.of(z, counts)) {
                    Map<String, Object> figure = Map.of("data", List.of(Map.of("type", "heatmap", "z", matrix)));
                    JsonNode plain = JSON.readTree(JSON.writeValueAsBytes(ValueMapper.toJson(figure, Set.of())));
                    JsonNode sent = JSON.readTree(
                            JSON.writeValueAsBytes(TypedArrays.inFigure(ValueMapper.toJson(figure, Set.of()))));
                    JsonNode zSent = sent.at("/data/0/z");
                    if (zSent.isObject()) {
                        typed++;
                        assertEquals(rows + "," + columns, zSent.get("shape").asText());
                    }
                    for (Type type : types) {
                        assertEquals(outcome(plain.at("/data/0/z"), type), outcome(zSent, type), rows + "x" + columns);
                    }
                }
            }
        }
        assertTrue(typed >= 8, typed + " typed");
        List<Object> ragged = List.of(new double[300], new double[299]);
        JsonNode sent =
                TypedArrays.inFigure(ValueMapper.toJson(Map.of("data", List.of(Map.of("z", ragged))), Set.of()));
        assertTrue(sent.at("/data/0/z").isArray(), "ragged rows stay rows");
    }

    @Test
    void patchAndAllOutputs() throws Exception {
        double[] y = new Random(1).doubles(500).toArray();
        Map<String, Object> patch =
                Map.of("__dash_patch_update", "__dash_patch_update", "data", List.of(Map.of("y", y)));
        JsonNode patched = TypedArrays.inFigure(ValueMapper.toJson(patch, Set.of()));
        assertTrue(patched.get("data").get(0).get("y").isArray(), "a patch stays plain");
        JsonNode all = TypedArrays.inFigure(ValueMapper.toJson(List.of(figure(y), figure(y)), Set.of()));
        assertTrue(all.get(1).get("data").get(0).get("y").isObject(), "each figure of an ALL output");
        JsonNode frames = TypedArrays.inFigure(ValueMapper.toJson(
                Map.of("data", List.of(), "frames", List.of(Map.of("data", List.of(Map.of("y", y))))), Set.of()));
        assertTrue(frames.get("frames").get(0).get("data").get(0).get("y").isObject(), "frames' traces");
    }
}
