package io.jdash.compiler.teavm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each callback's code reaches, and why: for every top-level class it reaches, the first call chain found
 * from the callback to a method of that class (breadth first, so a shortest one).
 */
public final class Reachability {
    /** For each callback function: top-level class -> method that reached it first; method -> its caller. */
    private final Map<String, Map<String, String>> firstMethod = new LinkedHashMap<>();

    private final Map<String, Map<String, String>> parent = new LinkedHashMap<>();

    void add(String function, Map<String, String> classToMethod, Map<String, String> methodToCaller) {
        firstMethod.put(function, classToMethod);
        parent.put(function, methodToCaller);
    }

    /** The top-level classes a callback function reaches. */
    public Set<String> classes(String function) {
        Map<String, String> m = firstMethod.get(function);
        return m == null ? Set.of() : Collections.unmodifiableSet(m.keySet());
    }

    /** Every callback function with its reached classes. */
    public Map<String, Set<String>> classesByFunction() {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        firstMethod.forEach((fn, m) -> result.put(fn, Collections.unmodifiableSet(m.keySet())));
        return result;
    }

    /** Why {@code function} includes {@code className}: {@code Callbacks.label -> Helper.run -> X.method}. */
    public List<String> chain(String function, String className) {
        Map<String, String> m = firstMethod.get(function);
        if (m == null || !m.containsKey(className)) {
            return List.of();
        }
        List<String> chain = new ArrayList<>();
        Map<String, String> callers = parent.get(function);
        for (String method = m.get(className); method != null; method = callers.get(method)) {
            chain.add(0, method);
        }
        return chain;
    }
}
