package io.jdash.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jdash.server.values.JsText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One declared output, input or state, prepared for checking requests: its property, and its id as a plain string
 * or as a pattern (each key fixed to a value or a wildcard).
 *
 * @param declared the declaration as written, e.g. {@code "btn.n_clicks"}
 * @param property the property the request must name (an {@code allow_duplicate} output's with its suffix)
 * @param plainId the id when it is a string, else null
 * @param pattern for a pattern-matching id: each key's fixed value, or a {@code Wildcard}; else null
 * @param many whether an ALL or ALLSMALLER wildcard makes it a list of components
 * @param matchKeys the keys whose value is a MATCH wildcard (empty for a plain id)
 */
record DeclaredProp(
        String declared,
        String property,
        String plainId,
        Map<String, Object> pattern,
        boolean many,
        List<String> matchKeys) {
    /** The wildcards of Dash's pattern-matching ids ({@code dash/dependencies.py}). */
    enum Wildcard {
        ALL,
        ALLSMALLER,
        MATCH
    }

    /** Prepares {@code declared} ({@code "<id>.<prop>"}), answered under {@code property}. */
    static DeclaredProp of(String declared, String property) {
        String id = CallbackSpec.split(declared)[0];
        if (!id.startsWith("{")) {
            return new DeclaredProp(declared, property, id, null, false, List.of());
        }
        Map<String, Object> pattern = new LinkedHashMap<>();
        boolean many = false;
        List<String> matchKeys = new ArrayList<>();
        try {
            JsonNode parsed = Http.JSON.readTree(id);
            for (Iterator<Map.Entry<String, JsonNode>> it = parsed.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Wildcard w = wildcard(e.getValue());
                many |= w == Wildcard.ALL || w == Wildcard.ALLSMALLER;
                if (w == Wildcard.MATCH) {
                    matchKeys.add(e.getKey());
                }
                pattern.put(e.getKey(), w != null ? w : e.getValue());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the id of " + declared + " is not JSON: " + e.getMessage(), e);
        }
        return new DeclaredProp(declared, property, null, pattern, many, List.copyOf(matchKeys));
    }

    private static Wildcard wildcard(JsonNode v) {
        if (v.isArray() && v.size() == 1 && v.get(0).isTextual()) {
            for (Wildcard w : Wildcard.values()) {
                if (w.name().equals(v.get(0).textValue())) {
                    return w;
                }
            }
        }
        return null;
    }

    /** Why {@code id} is not an id this declaration matches, or null when it matches. */
    String mismatch(JsonNode id) {
        if (id == null || id.isNull()) {
            return "has no id";
        }
        if (plainId != null) {
            return id.isTextual() && id.textValue().equals(plainId) ? null : "has the id " + shown(id);
        }
        if (!id.isObject() || id.size() != pattern.size()) {
            return "has the id " + shown(id) + ", not one with the keys " + pattern.keySet();
        }
        for (Map.Entry<String, Object> e : pattern.entrySet()) {
            JsonNode v = id.get(e.getKey());
            if (v == null) {
                return "has the id " + shown(id) + ", without the key '" + e.getKey() + "'";
            }
            boolean fits = e.getValue() instanceof Wildcard
                    ? v.isTextual() || v.isNumber() || v.isBoolean()
                    : sameValue((JsonNode) e.getValue(), v);
            if (!fits) {
                return "has the id " + shown(id) + ", whose '" + e.getKey() + "' does not match";
            }
        }
        return null;
    }

    /** A value from the request, as a message quotes it: its JSON, cut to 80 characters. */
    static String shown(JsonNode v) {
        String s = JsText.stringify(v);
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.doubleValue() == b.doubleValue();
        }
        return a.equals(b);
    }
}
