package io.jdash.compiler.codegen;

import io.jdash.compiler.scan.CallbackMethod;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated entry class: Java source with one {@code @JSExport} adapter per browser callback.
 *
 * @param className the entry class's binary name
 * @param source its Java source
 * @param functions the exported function name of each callback, in export order
 */
public record AdapterSource(String className, String source, Map<CallbackMethod, String> functions) {
    /** Copies the map, keeping its order. */
    public AdapterSource {
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
    }

    /** For each function, the first and last line (1-based) of its adapter method in {@link #source()}. */
    public Map<String, int[]> lines() {
        List<String> lines = source.lines().toList();
        Map<String, int[]> result = new LinkedHashMap<>();
        for (String fn : functions.values()) {
            String head = "    public static JSObject " + fn + "(";
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(head)) {
                    int end = i;
                    while (end < lines.size() && !lines.get(end).equals("    }")) {
                        end++;
                    }
                    result.put(fn, new int[] {i, end + 1});
                    break;
                }
            }
        }
        return result;
    }
}
