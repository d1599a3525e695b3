package io.jdash.compiler.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed dependency string {@code "<component id>.<property>"}. A string id ends at the first {@code .} (Dash
 * forbids dots in string ids); a pattern-matching id is a JSON object and ends at the {@code .} after it.
 *
 * @param id the component id as written (a JSON object's text for pattern-matching ids)
 * @param property the property name
 */
public record DependencyRef(String id, String property) {
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
     * Parses a dependency, or says what is wrong with it.
     *
     * @return the dependency, or empty with {@code problem[0]} set to the reason
     */
    public static Optional<DependencyRef> parse(String text, String[] problem) {
        if (text == null || text.isBlank()) {
            problem[0] = "is empty";
            return Optional.empty();
        }
        int dot;
        if (text.startsWith("{")) {
            dot = text.lastIndexOf('.');
            if (dot < 0 || text.lastIndexOf('}') > dot) {
                problem[0] = "has no '.<property>' after its JSON id";
                return Optional.empty();
            }
            String json = text.substring(0, dot);
            try {
                JsonNode node = JSON.readTree(json);
                if (!node.isObject() || node.isEmpty()) {
                    problem[0] = "has a pattern-matching id that is not a non-empty JSON object";
                    return Optional.empty();
                }
                String previous = null;
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (previous != null && previous.compareTo(key) > 0) {
                        problem[0] = "has a pattern-matching id whose keys are not sorted (Dash matches ids by"
                                + " their sorted-key JSON): write the keys in alphabetical order";
                        return Optional.empty();
                    }
                    previous = key;
                }
            } catch (JsonProcessingException e) {
                problem[0] = "has a pattern-matching id that is not valid JSON (" + e.getOriginalMessage() + ")";
                return Optional.empty();
            }
        } else {
            dot = text.indexOf('.');
            if (dot < 0) {
                problem[0] = "has no '.': it needs a component id and a property";
                return Optional.empty();
            }
        }
        String id = text.substring(0, dot);
        String property = text.substring(dot + 1);
        if (id.isEmpty()) {
            problem[0] = "has an empty component id";
            return Optional.empty();
        }
        if (!PROPERTY.matcher(property).matches()) {
            problem[0] = property.isEmpty() ? "has an empty property" : "has an invalid property '" + property + "'";
            return Optional.empty();
        }
        return Optional.of(new DependencyRef(id, property));
    }
}
