package io.jdash.compiler.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.debugging.sourcemap.SourceMapConsumerV3;
import com.google.debugging.sourcemap.SourceMapParseException;
import io.jdash.compiler.scan.ClassIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The edits jdash makes to V3 source maps, written compactly as TeaVM and Closure write them. */
public final class SourceMaps {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SourceMaps() {}

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

    /**
     * The map with jdash's {@link StackTable} for its sources, and with {@code sourcesContent} when
     * {@code sourceRoots} is not null: each source's text read from the first root that has it (the generated
     * sources from {@code generated}, by path), null for the others (TeaVM's class library).
     */
    public static String withDebugInfo(
            String map,
            ClassIndex index,
            Map<String, String> labels,
            List<Path> sourceRoots,
            Map<String, String> generated)
            throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(map);
        List<String> sources = new ArrayList<>();
        for (JsonNode s : node.path("sources")) {
            sources.add(s.asText());
        }
        node.set(StackTable.FIELD, StackTable.of(sources, mappedLines(map), index, labels));
        if (sourceRoots != null) {
            ArrayNode contents = node.putArray("sourcesContent");
            for (String source : sources) {
                String text = generated.get(source);
                for (Path root : sourceRoots) {
                    Path file = root.resolve(source).normalize();
                    if (text == null && file.startsWith(root.normalize()) && Files.isRegularFile(file)) {
                        text = Files.readString(file, StandardCharsets.UTF_8);
                    }
                }
                contents.add(text);
            }
        }
        return JSON.writeValueAsString(node);
    }

    /** The 1-based lines of each source that some position of the code maps to. */
    private static Map<String, BitSet> mappedLines(String map) throws IOException {
        SourceMapConsumerV3 consumer = new SourceMapConsumerV3();
        try {
            consumer.parse(map);
        } catch (SourceMapParseException e) {
            throw new IOException("cannot read the bundle's source map: " + e.getMessage(), e);
        }
        Map<String, BitSet> lines = new HashMap<>();
        consumer.visitMappings((source, symbol, sourceStart, start, end) -> {
            if (source != null) {
                lines.computeIfAbsent(source, s -> new BitSet()).set(sourceStart.getLine() + 1);
            }
        });
        return lines;
    }
}
