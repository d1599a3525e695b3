package io.jdash.server.components;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jdash.frontend.FrontendPackages;
import io.jdash.server.Component;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The propTypes of the real Dash bundles packaged by jdash-frontend (on the test class path), read and applied by
 * node: the prop names of every component, and the problems dash-renderer's prop validation finds in layout nodes.
 */
public final class DashPropTypes {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final String SUITES = "META-INF/jdash/component-suites/dash/";
    /** What the check loads, in this order: React's and prop-types' development builds, then the components. */
    private static final List<String> BUNDLES = List.of(
            "deps/react@" + FrontendPackages.REACT + ".js",
            "deps/prop-types@" + FrontendPackages.PROP_TYPES + ".js",
            "deps/react-dom@" + FrontendPackages.REACT_DOM + ".js",
            "dcc/dash_core_components.js",
            "dcc/dash_core_components-shared.js",
            "dcc/proptypes.js",
            "html/dash_html_components.min.js",
            "dash_table/bundle.js");
    /** Where the bundles and the checks' input go: the build directory (the tests run in the module's directory). */
    private static final Path WORK = Path.of("target", "prop-types");

    private static Path suites;

    /** A node to check, and what to call it in a problem. */
    public record Node(String label, Component component) {}

    /** The components' prop names by namespace and type, and the problems found. */
    public record Result(Map<String, Map<String, List<String>>> components, List<String> problems) {
        /** The component types of {@code namespace}. */
        public Set<String> types(String namespace) {
            return new TreeSet<>(components.getOrDefault(namespace, Map.of()).keySet());
        }
    }

    private DashPropTypes() {}

    /** Checks {@code nodes} (and every component nested in them) against the real propTypes. */
    public static Result check(List<Node> nodes) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(WORK), "check");
        Path input = dir.resolve("nodes.json");
        List<Map<String, Object>> payload = new ArrayList<>();
        for (Node n : nodes) {
            payload.add(Map.of("label", n.label(), "component", JSON.valueToTree(n.component())));
        }
        JSON.writeValue(input.toFile(), payload);
        Path script = dir.resolve("prop-types-check.cjs");
        try (InputStream in = DashPropTypes.class.getResourceAsStream("prop-types-check.cjs")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("node.executable", "node"),
                script.toString(),
                bundles().toString(),
                input.toString()));
        command.addAll(BUNDLES);
        Process p = new ProcessBuilder(command)
                .redirectError(dir.resolve("stderr").toFile())
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("node failed: " + Files.readString(dir.resolve("stderr")));
        }
        JsonNode result = JSON.readTree(new String(out, StandardCharsets.UTF_8));
        Map<String, Map<String, List<String>>> components = new TreeMap<>();
        result.get("components").fields().forEachRemaining(ns -> {
            Map<String, List<String>> types = new TreeMap<>();
            ns.getValue().fields().forEachRemaining(t -> {
                List<String> props = new ArrayList<>();
                t.getValue().forEach(v -> props.add(v.asText()));
                types.put(t.getKey(), props);
            });
            components.put(ns.getKey(), types);
        });
        List<String> problems = new ArrayList<>();
        result.get("problems").forEach(pr -> problems.add(pr.get("message").asText()));
        return new Result(components, problems);
    }

    /** The bundles, copied once per run from the class path (they may be inside the jdash-frontend jar). */
    private static synchronized Path bundles() throws IOException {
        if (suites == null) {
            Path dir = Files.createDirectories(WORK.resolve("component-suites"));
            for (String bundle : BUNDLES) {
                try (InputStream in = DashPropTypes.class.getClassLoader().getResourceAsStream(SUITES + bundle)) {
                    if (in == null) {
                        throw new IllegalStateException(
                                SUITES + bundle + " is not on the class path: jdash-frontend" + " packages it");
                    }
                    Path target = dir.resolve(bundle);
                    Files.createDirectories(target.getParent());
                    Files.write(target, in.readAllBytes());
                }
            }
            suites = dir;
        }
        return suites;
    }
}
