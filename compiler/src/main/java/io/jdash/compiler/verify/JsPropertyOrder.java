package io.jdash.compiler.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Puts the keys of JSON objects in the order a JavaScript object has them: array-index keys ({@code "0"} to
 * {@code "4294967294"}, no leading zeros) ascending first, then the others in insertion order (ECMAScript's
 * OrdinaryOwnPropertyKeys). A Dash prop reaches the server as JSON written from such an object, so this is the
 * order in which the JVM side of a real app sees the keys too.
 */
public final class JsPropertyOrder {
    private static final long MAX_INDEX = 4294967294L;

    private JsPropertyOrder() {}

    /** A copy of {@code v} with every object's keys in JavaScript's order. */
    public static JsonNode of(JsonNode v) {
        if (v.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            v.forEach(e -> a.add(of(e)));
            return a;
        }
        if (!v.isObject()) {
            return v;
        }
        List<Map.Entry<String, JsonNode>> indices = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> others = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            (isIndex(e.getKey()) ? indices : others).add(e);
        }
        indices.sort((x, y) -> Long.compare(Long.parseLong(x.getKey()), Long.parseLong(y.getKey())));
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        indices.forEach(e -> o.set(e.getKey(), of(e.getValue())));
        others.forEach(e -> o.set(e.getKey(), of(e.getValue())));
        return o;
    }

    static boolean isIndex(String key) {
        if (key.isEmpty() || key.length() > 10 || key.length() > 1 && key.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(key) <= MAX_INDEX;
    }
}
