package io.jdash.compiler.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Wraps TeaVM's COMMON_JS module in runtime-js's {@code dash-wrapper.js}: the module runs in a closure, and its
 * exports are merged into {@code window.dash_clientside[namespace]} without replacing anything the renderer owns
 * and without leaking a global. When some callbacks are {@code @Memoize}, runtime-js's {@code dash-memo.js} wraps
 * those functions in a bounded in-browser memo; bundles without such callbacks do not carry it.
 */
public final class DashWrapper {
    private static final String TEMPLATE = "/io/jdash/runtime/js/dash-wrapper.js";
    private static final String MEMO = "/io/jdash/runtime/js/dash-memo.js";
    private static final String TEAVM = "/*@teavm@*/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DashWrapper() {}

    /**
     * The wrapped code; TeaVM's code starts at line {@link #linesBefore()} + 1.
     *
     * @param memoized the {@code @Memoize} functions and their ttl in milliseconds
     */
    public static String wrap(
            String teavmModule, String namespace, List<String> functions, Map<String, Long> memoized) {
        String template = template(TEMPLATE);
        try {
            String memo =
                    memoized.isEmpty() ? "" : template(MEMO).replace("/*@ttls@*/", JSON.writeValueAsString(memoized));
            return template.replace("/*@memo@*/\n", memo)
                    .replace("/*@names@*/", JSON.writeValueAsString(functions))
                    .replace("/*@namespace@*/", JSON.writeValueAsString(namespace))
                    .replace(
                            TEAVM,
                            teavmModule.endsWith("\n")
                                    ? teavmModule.substring(0, teavmModule.length() - 1)
                                    : teavmModule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many lines the wrapper puts before TeaVM's first line. */
    public static int linesBefore() {
        String template = template(TEMPLATE);
        String head = template.substring(0, template.indexOf(TEAVM));
        return (int) head.chars().filter(c -> c == '\n').count();
    }

    /**
     * The wrapped module with TeaVM's source map fitted to it (see {@link SourceMaps#forWrappedModule}).
     *
     * @param teavmMap TeaVM's map of {@code teavmModule}, or null
     */
    public static BundleCode wrap(
            String teavmModule, String teavmMap, String namespace, List<String> functions, Map<String, Long> memoized)
            throws IOException {
        return new BundleCode(
                wrap(teavmModule, namespace, functions, memoized),
                teavmMap != null ? SourceMaps.forWrappedModule(teavmMap, linesBefore()) : null);
    }

    private static String template(String name) {
        try (InputStream in = DashWrapper.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("jdash-runtime-js lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
