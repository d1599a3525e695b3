package io.jdash.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * The manifest ({@link ClassPathLocations#MANIFEST}): the build's account of every {@code @Clientside} callback,
 * where it runs and which bundle defines it. {@link ManifestCodec} writes and reads it; its field names and order
 * are the file format.
 *
 * @param manifestVersion the format version, {@link #VERSION} for what this module writes
 * @param generator e.g. {@code jdash-compiler 0.1.0}
 * @param bundles the bundles, usually one
 * @param callbacks every {@code @Clientside} callback, once
 */
@JsonPropertyOrder({"manifestVersion", "generator", "bundles", "callbacks"})
public record Manifest(int manifestVersion, String generator, List<Bundle> bundles, List<Callback> callbacks) {
    /** The format version this module writes and the only one it reads. */
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
    public record Bundle(String path, String sourceMap, String integrity, long bytes, long gzipBytes) {}

    /** Where a {@code @Clientside} callback runs. */
    public enum Runs {
        /** In the browser, from a bundle. */
        BROWSER,
        /** On the server: the build found code the browser cannot run (the entry says why). */
        SERVER;

        /** The name in the file: {@code browser} or {@code server}. */
        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One {@code @Clientside} callback.
     *
     * @param method its {@link MethodKey}, e.g.
     *        {@code com.example.Callbacks#label(java.lang.Integer,java.lang.String)}
     * @param outputs as declared
     * @param inputs as declared
     * @param state as declared
     * @param preventInitialCall as declared
     * @param runs where it runs
     * @param namespace for {@code browser}: the {@code dash_clientside} namespace
     * @param function for {@code browser}: the function name in that namespace
     * @param bundle for {@code browser}: the path of the bundle that defines it
     * @param reason for {@code server}: why it cannot run in the browser
     * @param memoizeTtlMillis for a {@code @Memoize} callback: how long a result is kept (in the browser's memo for
     *        {@code browser}, in the server's cache for {@code server}); absent otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "method",
        "outputs",
        "inputs",
        "state",
        "preventInitialCall",
        "runs",
        "namespace",
        "function",
        "bundle",
        "reason",
        "memoizeTtlMillis"
    })
    public record Callback(
            String method,
            List<String> outputs,
            List<String> inputs,
            List<String> state,
            boolean preventInitialCall,
            Runs runs,
            String namespace,
            String function,
            String bundle,
            String reason,
            Long memoizeTtlMillis) {

        /** Copies the lists. */
        public Callback {
            outputs = List.copyOf(outputs);
            inputs = List.copyOf(inputs);
            state = List.copyOf(state);
        }

        /** An entry for a callback the bundle {@code bundle} defines as {@code namespace.function}. */
        public static Callback inBrowser(
                String method,
                List<String> outputs,
                List<String> inputs,
                List<String> state,
                boolean preventInitialCall,
                String namespace,
                String function,
                String bundle,
                Long memoizeTtlMillis) {
            return new Callback(
                    method,
                    outputs,
                    inputs,
                    state,
                    preventInitialCall,
                    Runs.BROWSER,
                    namespace,
                    function,
                    bundle,
                    null,
                    memoizeTtlMillis);
        }

        /** An entry for a callback the build left to the server, with the reason. */
        public static Callback onServer(
                String method,
                List<String> outputs,
                List<String> inputs,
                List<String> state,
                boolean preventInitialCall,
                String reason,
                Long memoizeTtlMillis) {
            return new Callback(
                    method,
                    outputs,
                    inputs,
                    state,
                    preventInitialCall,
                    Runs.SERVER,
                    null,
                    null,
                    null,
                    reason,
                    memoizeTtlMillis);
        }

        /** Whether the entry declares the same dependencies as a method annotated this way. */
        public boolean declares(
                List<String> outputs, List<String> inputs, List<String> state, boolean preventInitialCall) {
            return this.outputs.equals(outputs)
                    && this.inputs.equals(inputs)
                    && this.state.equals(state)
                    && this.preventInitialCall == preventInitialCall;
        }
    }
}
