package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * JSON equality as Dash sees values: numbers by value ({@code 3} equals {@code 3.0}: JS has one number type),
 * objects as unordered maps (JSON objects have no order, and JS orders integer-like keys first), arrays in order.
 */
public final class JsonCompare {
    private JsonCompare() {}

    /** The path of the first difference, or null when equal. */
    public static String difference(JsonNode a, JsonNode b, String path) {
        return difference(a, b, path, 0);
    }

    /** As {@link #difference(JsonNode, JsonNode, String)}, numbers allowed to differ by {@code ulps}. */
    public static String difference(JsonNode a, JsonNode b, String path, int ulps) {
        if (a.isNumber() && b.isNumber()) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            boolean close = Math.abs(x - y) <= ulps * Math.ulp(Math.max(Math.abs(x), Math.abs(y)));
            return Double.compare(x, y) == 0 || x == y || close ? null : path + ": " + a + " vs " + b;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return path + ": " + a + " vs " + b;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return path + ": length " + a.size() + " vs " + b.size() + " (" + a + " vs " + b + ")";
            }
            for (int i = 0; i < a.size(); i++) {
                String d = difference(a.get(i), b.get(i), path + "[" + i + "]", ulps);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.isObject()) {
            Set<String> keys = new HashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            Set<String> other = new HashSet<>();
            b.fieldNames().forEachRemaining(other::add);
            if (!keys.equals(other)) {
                return path + ": keys " + keys + " vs " + other;
            }
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                String d = difference(a.get(k), b.get(k), path + "." + k, ulps);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return a.equals(b) ? null : path + ": " + a + " vs " + b;
    }

    /** A copy with every array's elements sorted by their JSON text, recursively. */
    public static JsonNode sortArrays(JsonNode v) {
        if (v.isArray()) {
            java.util.List<JsonNode> items = new java.util.ArrayList<>();
            v.forEach(e -> items.add(sortArrays(e)));
            items.sort(java.util.Comparator.comparing(JsonNode::toString));
            var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            items.forEach(out::add);
            return out;
        }
        if (v.isObject()) {
            var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            v.fields().forEachRemaining(e -> out.set(e.getKey(), sortArrays(e.getValue())));
            return out;
        }
        return v;
    }
}
