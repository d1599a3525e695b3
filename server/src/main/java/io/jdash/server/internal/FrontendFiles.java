package io.jdash.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The files of the Dash front end (jdash-frontend's jar) and the jdash bundles, read from the class path once and
 * kept in memory. Page URLs carry a content fingerprint the way Dash writes it ({@code name.v<version>m<hash>.rest}),
 * so browsers may cache them for a year; unfingerprinted requests (the async chunks and plotly.js that the bundles
 * load by plain name) revalidate with an ETag.
 */
public final class FrontendFiles {
    /** Where jdash-frontend puts the Dash front end. */
    public static final String SUITES = "META-INF/jdash/component-suites/";

    private static final Pattern FINGERPRINT = Pattern.compile("^v[\\w-]+m[0-9a-fA-F]+$");

    /** A request path resolved to a known file. */
    public record Resolved(String path, boolean fingerprinted) {}

    private final ClassLoader loader;
    private final Map<String, String> integrity = new TreeMap<>();
    private final Map<String, String> fingerprints = new TreeMap<>();
    private final Map<String, JsonNode> entries = new TreeMap<>();
    private final Map<String, Optional<StaticFile>> cache = new ConcurrentHashMap<>();

    /** Reads jdash-frontend's index through {@code loader}; fails if the frontend jar is not on the class path. */
    public FrontendFiles(ClassLoader loader) {
        this.loader = loader;
        try (InputStream in = loader.getResourceAsStream(SUITES + "index.json")) {
            if (in == null) {
                throw new IllegalStateException("jdash-frontend is not on the class path (no " + SUITES
                        + "index.json): add the io.jdash:jdash-frontend dependency");
            }
            for (JsonNode f : Http.JSON.readTree(in).path("files")) {
                String path = f.path("path").asText();
                String sri = f.path("integrity").asText();
                integrity.put(path, sri);
                entries.put(path, f);
                byte[] hash = Base64.getDecoder().decode(sri.substring(sri.indexOf('-') + 1));
                fingerprints.put(
                        path,
                        "v" + f.path("version").asText().replaceAll("\\W", "_") + "m"
                                + HexFormat.of().formatHex(hash, 0, 6));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("jdash-frontend's index is unreadable", e);
        }
    }

    /** Whether the front end has {@code path} (relative to the component suites). */
    public boolean has(String path) {
        return integrity.containsKey(path);
    }

    /** The Subresource Integrity value of a front-end file. */
    public String integrity(String path) {
        return integrity.get(path);
    }

    /** The URL path of a front-end file with its fingerprint after the first dot of its name. */
    public String fingerprinted(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.indexOf('.', slash + 1);
        String print = fingerprints.get(path);
        if (dot < 0 || print == null) {
            return path;
        }
        return path.substring(0, dot) + "." + print + path.substring(dot);
    }

    /** Strips a Dash fingerprint from a request path; empty if the file is not part of the front end. */
    public Optional<Resolved> resolve(String requested) {
        int slash = requested.lastIndexOf('/');
        String file = requested.substring(slash + 1);
        String[] parts = file.split("\\.", -1);
        boolean fingerprinted =
                parts.length > 2 && FINGERPRINT.matcher(parts[1]).matches();
        String path = requested;
        if (fingerprinted) {
            StringBuilder clean = new StringBuilder(parts[0]);
            for (int i = 2; i < parts.length; i++) {
                clean.append('.').append(parts[i]);
            }
            path = requested.substring(0, slash + 1) + clean;
        }
        return Http.safe(path) && integrity.containsKey(path)
                ? Optional.of(new Resolved(path, fingerprinted))
                : Optional.empty();
    }

    /** A front-end file with the gzip and brotli copies the frontend build made, read once, ready to serve. */
    public StaticFile suiteFile(String path) {
        return cache.computeIfAbsent(SUITES + path, name -> {
                    JsonNode entry = entries.get(path);
                    byte[] bytes = read(name, true);
                    boolean built = entry != null && (entry.has("gzipBytes") || entry.has("brotliBytes"));
                    if (!built) {
                        // an index without compressed copies (small files, or a front-end jar built before they
                        // existed)
                        return Optional.of(StaticFile.of(name, bytes));
                    }
                    byte[] gzip = entry.has("gzipBytes") ? read(name + ".gz", true) : null;
                    byte[] brotli = entry.has("brotliBytes") ? read(name + ".br", true) : null;
                    return Optional.of(StaticFile.precompressed(
                            name, bytes, gzip, brotli, entry.path("integrity").asText()));
                })
                .orElseThrow();
    }

    private byte[] read(String name, boolean required) {
        try (InputStream in = open(name)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("jdash-frontend's index lists " + name.substring(SUITES.length())
                            + " but the jar lacks it: rebuild jdash-frontend");
                }
                return null;
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any class path resource, read once; empty if there is none. */
    public Optional<StaticFile> classpathFile(String resource) {
        return cache.computeIfAbsent(resource, name -> {
            byte[] bytes = read(name, false);
            return bytes == null ? Optional.empty() : Optional.of(StaticFile.of(name, bytes));
        });
    }

    private InputStream open(String name) {
        InputStream in = loader.getResourceAsStream(name);
        return in != null ? in : FrontendFiles.class.getClassLoader().getResourceAsStream(name);
    }
}
