package io.jdash.server.values;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.api.NoUpdate;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * jdash's value mapping on the JVM ({@code docs/values.md}): JSON to the Java types a
 * callback declares, and a callback's result back to JSON. The browser runtime implements the same table; the
 * differential tests prove they agree, including the wording of every error.
 */
public final class ValueMapper {
    /** The {@code $jdash} field of a {@link NoUpdateNode} when it is written out. */
    public static final String NO_UPDATE_MARKER = "no_update";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** From this many numbers on, a list of numbers is written without a node per number. */
    private static final int NUMBER_LIST = 64;

    private ValueMapper() {}

    // ---- JSON -> Java ----

    /**
     * Converts {@code v} to the declared {@code type}; {@code null} (or a missing value) gives {@code null}, or the
     * zero value for a primitive.
     *
     * @throws ValueMismatchException when the value does not fit, with the path to the bad part
     */
    public static Object fromJson(JsonNode v, Type type) {
        Class<?> raw = raw(type);
        boolean absent = v == null || v.isNull() || v.isMissingNode();
        if (raw.isPrimitive()) {
            if (absent) {
                return zero(raw);
            }
        } else if (absent) {
            return null;
        }
        if (raw == String.class) {
            if (!v.isTextual()) {
                throw mismatch("a string", v);
            }
            return v.textValue();
        }
        if (raw == Integer.class || raw == int.class) {
            if (!isIntegral(v) || v.doubleValue() < Integer.MIN_VALUE || v.doubleValue() > Integer.MAX_VALUE) {
                throw mismatch("an integral number in int range", v);
            }
            return (int) v.doubleValue();
        }
        if (raw == Long.class || raw == long.class) {
            if (!isIntegral(v)
                    || v.doubleValue() < -9.223372036854775808E18
                    || v.doubleValue() >= 9.223372036854775808E18) {
                throw mismatch("an integral number in long range", v);
            }
            return (long) v.doubleValue();
        }
        if (raw == Double.class || raw == double.class) {
            if (!v.isNumber()) {
                throw mismatch("a number", v);
            }
            return v.doubleValue();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (!v.isBoolean()) {
                throw mismatch("a boolean", v);
            }
            return v.booleanValue();
        }
        if (raw == Object.class) {
            return untyped(v);
        }
        if (raw == List.class) {
            return list(v, argument(type, 0));
        }
        if (raw.isArray()) {
            Type element = type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
            List<Object> items = list(v, element);
            Object array = Array.newInstance(raw.getComponentType(), items.size());
            for (int i = 0; i < items.size(); i++) {
                Array.set(array, i, items.get(i));
            }
            return array;
        }
        if (raw == Map.class) {
            return map(v, argument(type, 1));
        }
        if (raw.isRecord()) {
            return record(v, raw);
        }
        throw new IllegalArgumentException(type.getTypeName() + " is not in jdash's value mapping");
    }

    /** The untyped mapping for {@code Object}: Integer/Long where integral, Double, String, List, Map, Boolean. */
    public static Object untyped(JsonNode v) {
        v = plain(v);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (isIntegral(v)) {
                if (d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                    return (int) d;
                }
                if (d >= -9.223372036854775808E18 && d < 9.223372036854775808E18) {
                    return (long) d;
                }
            }
            return d;
        }
        if (v.isArray()) {
            return list(v, Object.class);
        }
        return map(v, Object.class);
    }

    /**
     * A typed array as the plain JSON array it stands for, where a list, an array, a map, a record or an untyped
     * value is declared (a scalar parameter reports the object as it arrived, as the browser does, whose bundles
     * with only scalar parameters carry no decoder); any other value as it is.
     */
    private static JsonNode plain(JsonNode v) {
        if (v != null && v.isObject() && v.has("bdata")) {
            JsonNode decoded = TypedArrays.decode(v);
            return decoded != null ? decoded : v;
        }
        return v;
    }

    private static List<Object> list(JsonNode v, Type element) {
        v = plain(v);
        if (!v.isArray()) {
            throw mismatch("an array", v);
        }
        List<Object> list = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            try {
                list.add(fromJson(v.get(i), element));
            } catch (ValueMismatchException e) {
                throw e.atIndex(i);
            }
        }
        return list;
    }

    private static Map<String, Object> map(JsonNode v, Type value) {
        v = plain(v);
        if (!v.isObject()) {
            throw mismatch("an object", v);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            map.put(e.getKey(), field(v, e.getKey(), value));
        }
        return map;
    }

    private static Object field(JsonNode object, String name, Type type) {
        try {
            return fromJson(object.get(name), type);
        } catch (ValueMismatchException e) {
            throw e.atKey(name);
        }
    }

    private static Object record(JsonNode v, Class<?> type) {
        v = plain(v);
        if (!v.isObject()) {
            throw mismatch("an object", v);
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = field(v, components[i].getName(), components[i].getGenericType());
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct record " + type.getName(), e);
        }
    }

    private static boolean isIntegral(JsonNode v) {
        if (!v.isNumber()) {
            return false;
        }
        if (v.isIntegralNumber()) {
            return true;
        }
        double d = v.doubleValue();
        return !Double.isInfinite(d) && d == Math.rint(d);
    }

    private static ValueMismatchException mismatch(String expected, JsonNode v) {
        return new ValueMismatchException(expected, JsText.describe(v));
    }

    private static Object zero(Class<?> primitive) {
        if (primitive == boolean.class) {
            return false;
        }
        if (primitive == long.class) {
            return 0L;
        }
        if (primitive == double.class) {
            return 0.0;
        }
        return 0;
    }

    // ---- Java -> JSON ----

    /**
     * Converts a callback result (or part of one) to JSON. {@code NoUpdate.VALUE} becomes a {@link NoUpdateNode},
     * which no user value converts to; records convert only if {@code records} has their class, as in the browser.
     *
     * @throws IllegalArgumentException for a value outside the mapping, worded as the browser words it
     */
    public static JsonNode toJson(Object value, Set<Class<?>> records) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l.longValue());
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.nullNode();
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Character c) {
            return NODES.textNode(String.valueOf(c.charValue()));
        }
        if (value == NoUpdate.VALUE) {
            return NoUpdateNode.create();
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                o.set(String.valueOf(e.getKey()), toJson(e.getValue(), records));
            }
            return o;
        }
        if (value instanceof Collection<?> c) {
            JsonNode numbers = c.size() >= NUMBER_LIST ? numbers(c) : null;
            if (numbers != null) {
                return numbers;
            }
            ArrayNode a = NODES.arrayNode();
            for (Object e : c) {
                a.add(toJson(e, records));
            }
            return a;
        }
        if (value instanceof Object[] arr) {
            ArrayNode a = NODES.arrayNode();
            for (Object e : arr) {
                a.add(toJson(e, records));
            }
            return a;
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (value instanceof double[] d) {
            return NumericArrayNode.of(d);
        }
        if (value instanceof int[] i) {
            return NumericArrayNode.of(i);
        }
        if (value instanceof long[] l) {
            return NumericArrayNode.of(l);
        }
        if (value instanceof boolean[]) {
            ArrayNode a = NODES.arrayNode();
            for (int i = 0; i < Array.getLength(value); i++) {
                a.add(toJson(Array.get(value, i), records));
            }
            return a;
        }
        if (value instanceof io.jdash.server.Component c) {
            ObjectNode o = NODES.objectNode().put("type", c.getType()).put("namespace", c.getNamespace());
            o.set("props", toJson(c.getProps(), records));
            return o;
        }
        if (value instanceof Record r && records.contains(r.getClass())) {
            ObjectNode o = NODES.objectNode();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    Object component = c.getAccessor().invoke(r);
                    o.set(c.getName(), toJson(component, records));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
            }
            return o;
        }
        throw new IllegalArgumentException("a " + value.getClass().getName() + " cannot be sent to Dash: return a"
                + " String, number, Boolean, List, Map, array, enum or a record that a callback declares");
    }

    /**
     * A list of only {@code Double}s, only {@code Integer}s or only {@code Long}s as a {@link NumericArrayNode}
     * (the same JSON, without a node per number), else null.
     */
    private static JsonNode numbers(Collection<?> c) {
        Object first = c.iterator().next();
        Class<?> type = first == null ? null : first.getClass();
        if (type != Double.class && type != Integer.class && type != Long.class) {
            return null;
        }
        for (Object e : c) {
            if (e == null || e.getClass() != type) {
                return null;
            }
        }
        int i = 0;
        if (type == Double.class) {
            double[] d = new double[c.size()];
            for (Object e : c) {
                d[i++] = (Double) e;
            }
            return NumericArrayNode.of(d);
        }
        if (type == Integer.class) {
            int[] a = new int[c.size()];
            for (Object e : c) {
                a[i++] = (Integer) e;
            }
            return NumericArrayNode.of(a);
        }
        long[] a = new long[c.size()];
        for (Object e : c) {
            a[i++] = (Long) e;
        }
        return NumericArrayNode.of(a);
    }

    /**
     * A Jackson mapper set up as the server writes JSON: doubles with Jackson's shortest-digits writer (Schubfach),
     * which writes a 100,000-point figure ~1.6x as fast as {@link Double#toString} (benchmarks/results/
     * cache-benchmark.json) and prints the digits the browser prints.
     */
    public static ObjectMapper newObjectMapper() {
        return new ObjectMapper(JsonFactory.builder()
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .build());
    }

    /** The records a set of declared types mention, directly or through lists, arrays, maps and components. */
    public static Set<Class<?>> declaredRecords(List<Type> types) {
        Set<Class<?>> records = new LinkedHashSet<>();
        for (Type t : types) {
            collectRecords(t, records);
        }
        return records;
    }

    private static void collectRecords(Type type, Set<Class<?>> records) {
        if (type instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                collectRecords(a, records);
            }
        } else if (type instanceof GenericArrayType g) {
            collectRecords(g.getGenericComponentType(), records);
        } else if (type instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                collectRecords(b, records);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collectRecords(c.getComponentType(), records);
            } else if (c.isRecord() && records.add(c)) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    collectRecords(rc.getGenericType(), records);
                }
            }
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType g) {
            return Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            Type[] lower = w.getLowerBounds();
            return lower.length > 0 ? Object.class : raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            Type a = p.getActualTypeArguments()[index];
            if (a instanceof WildcardType w) {
                return w.getLowerBounds().length > 0 ? Object.class : w.getUpperBounds()[0];
            }
            return a;
        }
        return Object.class;
    }
}
