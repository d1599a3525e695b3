package io.jdash.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.api.Callback;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * A parsed dependency string {@code "<component id>.<property>"}: the one parser of the build and the server. A
 * string id ends at the first {@code .} (Dash forbids dots in string ids); a pattern-matching id is a JSON object
 * whose keys are sorted (Dash matches ids by their sorted-key JSON) and ends at the {@code .} after it.
 *
 * @param id the component id as written (a JSON object's text for pattern-matching ids)
 * @param property the property name
 */
public record Dependency(String id, String property) {
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code "<id>.<property>"}. */
    @Override
    public String toString() {
        return id + "." + property;
    }

    /** Whether the id is a pattern-matching (JSON object) id. */
    public boolean isPattern() {
        return id.startsWith("{");
    }

    /**
     * Parses a dependency.
     *
     * @throws IllegalArgumentException when it is not one; the message is {@link #problem(String)}
     */
    public static Dependency parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException("\"" + text + "\" " + problem);
        }
        int dot = dot(text);
        return new Dependency(text.substring(0, dot), text.substring(dot + 1));
    }

    /** Whether an output ends with {@link Callback#ALLOW_DUPLICATE}. */
    public static boolean allowsDuplicate(String output) {
        return output.endsWith(Callback.ALLOW_DUPLICATE);
    }

    /** The output as Dash matches it, without any {@link Callback#ALLOW_DUPLICATE} suffix. */
    public static String withoutAllowDuplicate(String output) {
        return allowsDuplicate(output)
                ? output.substring(0, output.length() - Callback.ALLOW_DUPLICATE.length())
                : output;
    }

    private static int dot(String text) {
        return text.startsWith("{") ? text.lastIndexOf('.') : text.indexOf('.');
    }

    /**
     * What is wrong with a dependency, worded to follow it (e.g. {@code has no '.': it needs a component id and a
     * property}), or null when it is well formed.
     */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "is empty";
        }
        int dot = dot(text);
        if (text.startsWith("{")) {
            if (dot < 0 || text.lastIndexOf('}') > dot) {
                return "has no '.<property>' after its JSON id";
            }
            String idProblem = patternIdProblem(text.substring(0, dot));
            if (idProblem != null) {
                return idProblem;
            }
        } else if (dot < 0) {
            return "has no '.': it needs a component id and a property";
        }
        String id = text.substring(0, dot);
        String property = text.substring(dot + 1);
        if (id.isEmpty()) {
            return "has an empty component id";
        }
        if (!PROPERTY.matcher(property).matches()) {
            return property.isEmpty() ? "has an empty property" : "has an invalid property '" + property + "'";
        }
        return null;
    }

    private static String patternIdProblem(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject() || node.isEmpty()) {
                return "has a pattern-matching id that is not a non-empty JSON object";
            }
            String previous = null;
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (previous != null && previous.compareTo(key) > 0) {
                    return "has a pattern-matching id whose keys are not sorted (Dash matches ids by their"
                            + " sorted-key JSON): write the keys in alphabetical order";
                }
                previous = key;
            }
            return null;
        } catch (JsonProcessingException e) {
            return "has a pattern-matching id that is not valid JSON (" + e.getOriginalMessage() + ")";
        }
    }
}
