package io.jdash.compiler.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The edits jdash makes to V3 source maps, written compactly as TeaVM and Closure write them. */
public final class SourceMaps {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SourceMaps() {
    }

    /**
     * TeaVM's map of its module, made to fit the module inside {@link DashWrapper}: without {@code sourceRoot}
     * (the sources are named relative to their roots) and with the generated lines shifted down by the wrapper's
     * {@code linesBefore}.
     */
    public static String forWrappedModule(String teavmMap, int linesBefore) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(teavmMap);
        node.remove("sourceRoot");
        node.put("mappings", ";".repeat(linesBefore) + node.get("mappings").asText());
        return JSON.writeValueAsString(node);
    }

    /** The map as the file next to the bundle {@code fileName}: its {@code file} names the bundle. */
    public static byte[] named(String map, String fileName) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(map);
        node.put("file", fileName);
        return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    }
}
