package io.jdash.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes and reads the manifest. Writing is deterministic (same manifest, same bytes); reading refuses a manifest
 * of another {@code manifestVersion}, or one whose entries lack what they need, with a message saying how to fix it.
 */
public final class ManifestCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ManifestCodec() {}

    /** The manifest as the file's bytes: indented UTF-8 JSON ending with a line break. */
    public static byte[] write(Manifest manifest) {
        try {
            return (JSON.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a manifest of records always writes", e);
        }
    }

    /**
     * Reads a manifest.
     *
     * @param in the file's bytes
     * @param source where it was read from, for the messages (e.g. its class path location)
     * @throws ManifestException when it is not a manifest this version of jdash can use
     * @throws IOException when reading {@code in} fails
     */
    public static Manifest read(InputStream in, String source) throws ManifestException, IOException {
        return read(in.readAllBytes(), source);
    }

    /** Reads a manifest from its bytes; see {@link #read(InputStream, String)}. */
    public static Manifest read(byte[] bytes, String source) throws ManifestException {
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ManifestException(
                    source + " is not JSON (" + originalMessage(e) + "): rebuild the app" + " (mvn package)", e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ManifestException(source + " is not a JSON object: rebuild the app (mvn package)");
        }
        JsonNode version = tree.get("manifestVersion");
        if (version == null || !version.isInt() || version.intValue() != Manifest.VERSION) {
            throw new ManifestException(source + " has manifestVersion " + version + ", but this jdash reads"
                    + " version " + Manifest.VERSION + " only: build the app with the jdash-maven-plugin of the"
                    + " same jdash version as its jdash-server (then mvn package)");
        }
        Manifest manifest;
        try {
            manifest = manifest(tree);
        } catch (IllegalArgumentException e) {
            throw new ManifestException(
                    source + " does not follow manifest version " + Manifest.VERSION + " (" + e.getMessage()
                            + "): rebuild the app (mvn package)",
                    e);
        }
        check(manifest, source);
        return manifest;
    }

    // The records are read from the tree by hand rather than by Jackson's data binding: binding records costs a
    // server ~150 ms of its start (introspection of every record, its annotations and creators), this a few.

    private static Manifest manifest(JsonNode tree) {
        Fields f = new Fields(tree, "the manifest");
        Manifest manifest = new Manifest(
                f.integer("manifestVersion", true).intValue(),
                f.text("generator"),
                f.list("bundles", ManifestCodec::bundle),
                f.list("callbacks", ManifestCodec::callback));
        f.noOthers();
        return manifest;
    }

    private static Manifest.Bundle bundle(Fields f) {
        return new Manifest.Bundle(
                f.text("path"),
                f.text("sourceMap"),
                f.text("integrity"),
                f.integer("bytes", true),
                f.integer("gzipBytes", true));
    }

    private static Manifest.Callback callback(Fields f) {
        String runs = f.text("runs");
        Manifest.Runs where = null;
        for (Manifest.Runs r : Manifest.Runs.values()) {
            if (r.wireName().equals(runs)) {
                where = r;
            }
        }
        if (where == null) {
            throw new IllegalArgumentException(
                    f.where + ": runs is " + f.node.get("runs") + ", but must be \"browser\" or \"server\"");
        }
        return new Manifest.Callback(
                f.text("method"),
                f.strings("outputs"),
                f.strings("inputs"),
                f.strings("state"),
                f.bool("preventInitialCall"),
                where,
                f.text("namespace"),
                f.text("function"),
                f.text("bundle"),
                f.text("reason"),
                f.integer("memoizeTtlMillis", false));
    }

    /** The fields of one JSON object of the manifest, read once each; {@link #noOthers} refuses the rest. */
    private static final class Fields {
        final JsonNode node;
        final String where;
        private final Set<String> read = new HashSet<>();

        Fields(JsonNode node, String where) {
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(where + " is " + node + ", but must be an object");
            }
            this.node = node;
            this.where = where;
        }

        private JsonNode get(String name) {
            read.add(name);
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : v;
        }

        private IllegalArgumentException wrong(String name, String expected) {
            return new IllegalArgumentException(
                    where + ": " + name + " is " + node.get(name) + ", but must be " + expected);
        }

        String text(String name) {
            JsonNode v = get(name);
            if (v != null && !v.isTextual()) {
                throw wrong(name, "a string");
            }
            return v == null ? null : v.textValue();
        }

        Long integer(String name, boolean required) {
            JsonNode v = get(name);
            if (v == null ? required : !v.canConvertToExactIntegral() || !v.canConvertToLong()) {
                throw wrong(name, "an integer");
            }
            return v == null ? null : v.longValue();
        }

        boolean bool(String name) {
            JsonNode v = get(name);
            if (v == null || !v.isBoolean()) {
                throw wrong(name, "true or false");
            }
            return v.booleanValue();
        }

        List<String> strings(String name) {
            JsonNode v = array(name);
            List<String> items = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual()) {
                    throw new IllegalArgumentException(
                            where + ": " + name + "[" + i + "] is " + v.get(i) + ", but must be a string");
                }
                items.add(v.get(i).textValue());
            }
            return items;
        }

        <T> List<T> list(String name, Function<Fields, T> element) {
            JsonNode v = array(name);
            List<T> items = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                Fields fields = new Fields(v.get(i), name + "[" + i + "]");
                items.add(element.apply(fields));
                fields.noOthers();
            }
            return items;
        }

        private JsonNode array(String name) {
            JsonNode v = get(name);
            if (v == null || !v.isArray()) {
                throw wrong(name, "a list");
            }
            return v;
        }

        void noOthers() {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!read.contains(name)) {
                    throw new IllegalArgumentException(where + " has the unknown field \"" + name + "\"");
                }
            }
        }
    }

    private static void check(Manifest manifest, String source) throws ManifestException {
        if (manifest.bundles() == null || manifest.callbacks() == null) {
            throw new ManifestException(source + " lacks its bundles or callbacks: rebuild the app (mvn package)");
        }
        Set<String> bundles = new HashSet<>();
        for (Manifest.Bundle b : manifest.bundles()) {
            if (b.path() == null || !b.path().startsWith(ClassPathLocations.ASSETS)) {
                throw new ManifestException(source + " lists a bundle outside " + ClassPathLocations.ASSETS + " ("
                        + b.path() + "): rebuild the app (mvn package)");
            }
            bundles.add(b.path());
        }
        Set<String> methods = new HashSet<>();
        for (Manifest.Callback c : manifest.callbacks()) {
            String what = source + " entry " + c.method();
            if (c.method() == null || c.runs() == null) {
                throw new ManifestException(what + " lacks its method or runs: rebuild the app (mvn package)");
            }
            if (!methods.add(c.method())) {
                throw new ManifestException(what + " is listed twice: rebuild the app (mvn package)");
            }
            if (c.runs() == Manifest.Runs.BROWSER
                    && (c.namespace() == null
                            || c.function() == null
                            || c.bundle() == null
                            || !bundles.contains(c.bundle()))) {
                throw new ManifestException(what + " runs in the browser but lacks its namespace, function or a"
                        + " listed bundle: rebuild the app (mvn package)");
            }
        }
    }

    private static String originalMessage(IOException e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
