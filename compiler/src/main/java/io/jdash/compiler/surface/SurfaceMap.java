package io.jdash.compiler.surface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which JDK methods jdash's differential conformance suite proves to give the JVM's results in the browser: the
 * methods its cases' callbacks call (found by {@link CallSiteScanner}), recorded by the compiler module's build
 * into the resource {@value #RESOURCE} and checked against the suite by a test, so it cannot drift. A method that
 * is not in the map is unverified.
 */
public final class SurfaceMap {
    /** The resource holding the map. */
    public static final String RESOURCE = "/io/jdash/compiler/surface/verified-methods.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What is known about a JDK method's behaviour in the browser. */
    public enum Kind {
        /** Called by the conformance suite's differential cases. */
        PROVEN,
        /** Not called by any of them. */
        UNVERIFIED
    }

    private final Map<String, Integer> proven;

    private SurfaceMap(Map<String, Integer> proven) {
        this.proven = Collections.unmodifiableMap(new TreeMap<>(proven));
    }

    /** The map shipped with the compiler. */
    public static SurfaceMap shipped() {
        try (InputStream in = SurfaceMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new SurfaceMap(Map.of());
            }
            return of(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** A map from its JSON form: {@code {"proven": {"<method key>": <call sites in the suite>, ...}}}. */
    public static SurfaceMap of(JsonNode json) {
        Map<String, Integer> proven = new TreeMap<>();
        json.path("proven")
                .fields()
                .forEachRemaining(e -> proven.put(e.getKey(), e.getValue().asInt()));
        return new SurfaceMap(proven);
    }

    /** The kind of {@code method}. */
    public Kind kind(JdkMethod method) {
        return proven.containsKey(method.key()) ? Kind.PROVEN : Kind.UNVERIFIED;
    }

    /** The proven methods' keys with how many call sites of the suite reach each. */
    public Map<String, Integer> proven() {
        return proven;
    }
}
