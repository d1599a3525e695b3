package io.jdash.compiler.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Wraps TeaVM's COMMON_JS module in runtime-js's {@code dash-wrapper.js}: the module runs in a closure, and its
 * exports are merged into {@code window.dash_clientside[namespace]} without replacing anything the renderer owns
 * and without leaking a global.
 */
public final class DashWrapper {
    private static final String TEMPLATE = "/io/jdash/runtime/js/dash-wrapper.js";
    private static final String TEAVM = "/*@teavm@*/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DashWrapper() {
    }

    /** The wrapped code; TeaVM's code starts at line {@link #linesBefore()} + 1. */
    public static String wrap(String teavmModule, String namespace, List<String> functions) {
        String template = template();
        try {
            return template.replace("/*@names@*/", JSON.writeValueAsString(functions))
                    .replace("/*@namespace@*/", JSON.writeValueAsString(namespace))
                    .replace(TEAVM, teavmModule.endsWith("\n") ? teavmModule.substring(0, teavmModule.length() - 1)
                            : teavmModule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many lines the wrapper puts before TeaVM's first line. */
    public static int linesBefore() {
        String template = template();
        String head = template.substring(0, template.indexOf(TEAVM));
        return (int) head.chars().filter(c -> c == '\n').count();
    }

    /** Shifts a V3 source map's generated lines down by {@link #linesBefore()}. */
    public static String shiftSourceMap(String map) throws IOException {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(map);
        node.put("mappings", ";".repeat(linesBefore()) + node.get("mappings").asText());
        return JSON.writeValueAsString(node);
    }

    private static String template() {
        try (InputStream in = DashWrapper.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("jdash-runtime-js lacks " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
