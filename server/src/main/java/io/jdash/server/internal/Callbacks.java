package io.jdash.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.jdash.api.Callback;
import io.jdash.api.Clientside;
import io.jdash.server.ClientsideCallback;
import io.jdash.api.Memoize;
import io.jdash.server.cache.MemoCache;
import io.jdash.server.values.CallbackInvoker;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The app's callbacks: found by reflection on its callback classes, and for the {@code @Clientside} ones matched
 * against the jdash manifest. A clientside callback whose manifest entry is missing, stale or names a missing
 * bundle runs on the server instead, with one warning that says why.
 */
public final class Callbacks {
    /** Where the compiler puts the manifest on the class path. */
    public static final String MANIFEST = "META-INF/jdash/manifest.json";
    private static final System.Logger LOG = System.getLogger("io.jdash.server");

    private final List<CallbackSpec> specs;
    private final Map<String, CallbackSpec> byOutput = new HashMap<>();
    private final Map<String, String> bundles;

    private Callbacks(List<CallbackSpec> specs, Map<String, String> bundles) {
        this.specs = List.copyOf(specs);
        this.bundles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bundles));
        for (CallbackSpec s : specs) {
            byOutput.put(s.outputKey(), s);
        }
    }

    /** Reads the callbacks of {@code classes}, and the manifest through {@code loader}; memoizes with the shared cache. */
    public static Callbacks load(List<Class<?>> classes, ClassLoader loader) {
        return load(classes, List.of(), loader, MemoCache::shared);
    }

    /**
     * Reads the callbacks of {@code classes} and the manifest through {@code loader}, and adds the app's
     * JavaScript callbacks; {@code @Memoize} callbacks keep their results in {@code cache} (fetched when first
     * needed).
     *
     * @throws IllegalArgumentException for a callback that is not public static, a {@code @Memoize} one that
     *         takes a {@code CallbackContext} or has a bad ttl, or two callbacks that write the same output without
     *         {@code @allow_duplicate}
     */
    public static Callbacks load(List<Class<?>> classes, List<ClientsideCallback> javaScript, ClassLoader loader,
            Supplier<MemoCache> cache) {
        JsonNode manifest = readManifest(loader);
        Map<String, JsonNode> entries = new HashMap<>();
        if (manifest != null) {
            manifest.path("callbacks").forEach(e -> entries.put(e.path("method").asText(), e));
        }
        Map<String, String> integrity = new HashMap<>();
        if (manifest != null) {
            manifest.path("bundles").forEach(b -> integrity.put(b.path("path").asText(),
                    b.path("integrity").asText(null)));
        }
        List<CallbackSpec> specs = new ArrayList<>();
        Map<String, String> bundles = new java.util.LinkedHashMap<>();
        for (Class<?> cls : classes) {
            Method[] methods = cls.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            for (Method m : methods) {
                Callback cb = m.getAnnotation(Callback.class);
                if (cb == null) {
                    continue;
                }
                if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())) {
                    throw new IllegalArgumentException(CallbackSpec.methodKey(m) + " is not public static");
                }
                String namespace = null;
                String function = null;
                if (m.isAnnotationPresent(Clientside.class)) {
                    JsonNode entry = entries.get(CallbackSpec.methodKey(m));
                    String why = whyNotInBrowser(cb, entry, manifest, loader);
                    if (why == null) {
                        namespace = entry.get("namespace").asText();
                        function = entry.get("function").asText();
                        String bundle = entry.get("bundle").asText();
                        bundles.putIfAbsent(bundle, integrity.get(bundle));
                    } else {
                        LOG.log(System.Logger.Level.WARNING, "jdash: " + CallbackSpec.methodKey(m)
                                + " is @Clientside but runs on the server: " + why);
                    }
                }
                Memoize memoize = m.getAnnotation(Memoize.class);
                CallbackInvoker invoker = memoize == null ? new CallbackInvoker(m, cb.outputs().length)
                        : new MemoizedInvoker(m, cb.outputs().length, memoize, cache);
                specs.add(new CallbackSpec(m, List.of(cb.outputs()), List.of(cb.inputs()), List.of(cb.state()),
                        cb.preventInitialCall(), namespace, function, invoker));
            }
        }
        for (ClientsideCallback js : javaScript) {
            specs.add(new CallbackSpec(null, js.outputs(), js.inputs(), js.state(), js.preventInitialCall(),
                    js.namespace(), js.function(), null));
        }
        checkOutputsAreUnique(specs);
        return new Callbacks(specs, bundles);
    }

    private static void checkOutputsAreUnique(List<CallbackSpec> specs) {
        Map<String, CallbackSpec> writers = new HashMap<>();
        for (CallbackSpec s : specs) {
            for (String output : s.outputs()) {
                if (output.endsWith(Callback.ALLOW_DUPLICATE)) {
                    continue;
                }
                CallbackSpec first = writers.putIfAbsent(output, s);
                if (first != null && first != s) {
                    throw new IllegalArgumentException("jdash: output " + output + " is written by both "
                            + first.displayName() + " and " + s.displayName() + "; Dash allows one writer per"
                            + " output: write \"" + output + Callback.ALLOW_DUPLICATE + "\" in the second callback"
                            + " to allow several");
                }
            }
        }
    }

    private static String whyNotInBrowser(Callback cb, JsonNode entry, JsonNode manifest, ClassLoader loader) {
        if (manifest == null) {
            return "there is no " + MANIFEST + " on the class path (build with the jdash Maven plugin)";
        }
        if (entry == null) {
            return "the manifest does not list it (a stale build: run mvn package)";
        }
        if (!entry.path("runs").asText().equals("browser")) {
            return "the build left it to the server: " + entry.path("reason").asText();
        }
        if (!strings(entry.get("outputs")).equals(List.of(cb.outputs()))
                || !strings(entry.get("inputs")).equals(List.of(cb.inputs()))
                || !strings(entry.get("state")).equals(List.of(cb.state()))
                || entry.path("preventInitialCall").asBoolean() != cb.preventInitialCall()) {
            return "its declaration changed since the bundle was built (a stale build: run mvn package)";
        }
        if (loader.getResource(entry.path("bundle").asText()) == null) {
            return "its bundle " + entry.path("bundle").asText() + " is not on the class path";
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static JsonNode readManifest(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(MANIFEST)) {
            return in == null ? null : Http.JSON.readTree(in);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "jdash: cannot read " + MANIFEST + ": " + e.getMessage());
            return null;
        }
    }

    /** Every callback, in a stable order. */
    public List<CallbackSpec> all() {
        return specs;
    }

    /** The callback for Dash's output key, or null. */
    public CallbackSpec byOutput(String output) {
        return byOutput.get(output);
    }

    /** The bundles (class path resources) the page must load, with their SRI value (or null) from the manifest. */
    public Map<String, String> bundles() {
        return bundles;
    }
}
