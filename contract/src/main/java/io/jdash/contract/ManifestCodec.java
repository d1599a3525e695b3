package io.jdash.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes and reads the manifest. Writing is deterministic (same manifest, same bytes); reading refuses a manifest
 * of another {@code manifestVersion}, or one whose entries lack what they need, with a message saying how to fix it.
 */
public final class ManifestCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

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
            manifest = JSON.treeToValue(tree, Manifest.class);
        } catch (IOException e) {
            throw new ManifestException(
                    source + " does not follow manifest version " + Manifest.VERSION + " (" + originalMessage(e)
                            + "): rebuild the app (mvn package)",
                    e);
        }
        check(manifest, source);
        return manifest;
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
