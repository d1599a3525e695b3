package io.jdash.compiler.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The manifest, version 1 ({@code META-INF/jdash/manifest.json}): the only contract between the build and the
 * server. Field names and order are those of the format described in {@code docs/manifest.md}.
 *
 * @param manifestVersion always 1
 * @param generator e.g. {@code jdash-compiler 0.1.0}
 * @param bundles the bundles, usually one
 * @param callbacks every {@code @Clientside} callback, once
 */
@JsonPropertyOrder({"manifestVersion", "generator", "bundles", "callbacks"})
public record Manifest(int manifestVersion, String generator, List<Bundle> bundles, List<Callback> callbacks) {
    /** The current version. */
    public static final int VERSION = 1;

    /** Copies the lists. */
    public Manifest {
        bundles = List.copyOf(bundles);
        callbacks = List.copyOf(callbacks);
    }

    /**
     * One bundle file, paths relative to the class path root.
     *
     * @param path e.g. {@code META-INF/jdash/assets/app.3f9a2c1b.js}
     * @param sourceMap its map, or null
     * @param integrity the Subresource Integrity value, {@code sha384-...}
     * @param bytes its size
     * @param gzipBytes its gzip -9 size
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"path", "sourceMap", "integrity", "bytes", "gzipBytes"})
    public record Bundle(String path, String sourceMap, String integrity, long bytes, long gzipBytes) {
    }

    /**
     * One {@code @Clientside} callback.
     *
     * @param method {@code com.example.Callbacks#label(java.lang.Integer,java.lang.String)}
     * @param outputs as declared
     * @param inputs as declared
     * @param state as declared
     * @param preventInitialCall as declared
     * @param runs {@code browser} or {@code server}
     * @param namespace for {@code browser}: the {@code dash_clientside} namespace
     * @param function for {@code browser}: the function name in that namespace
     * @param bundle for {@code browser}: the path of the bundle that defines it
     * @param reason for {@code server}: why it cannot run in the browser
     * @param memoizeTtlMillis for a {@code @Memoize} callback: how long a result is kept (in the browser's memo for
     *        {@code browser}, in the server's cache for {@code server}); absent otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"method", "outputs", "inputs", "state", "preventInitialCall", "runs", "namespace", "function",
            "bundle", "reason", "memoizeTtlMillis"})
    public record Callback(String method, List<String> outputs, List<String> inputs, List<String> state,
            boolean preventInitialCall, String runs, String namespace, String function, String bundle,
            String reason, Long memoizeTtlMillis) {
        /** {@code browser}. */
        public static final String BROWSER = "browser";
        /** {@code server}. */
        public static final String SERVER = "server";
    }
}
