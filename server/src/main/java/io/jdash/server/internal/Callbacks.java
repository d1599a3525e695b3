package io.jdash.server.internal;

import io.jdash.api.Callback;
import io.jdash.api.CallbackContext;
import io.jdash.api.Clientside;
import io.jdash.api.Memoize;
import io.jdash.contract.ClassPathLocations;
import io.jdash.contract.Declaration;
import io.jdash.contract.DeclarationRules;
import io.jdash.contract.Manifest;
import io.jdash.contract.ManifestCodec;
import io.jdash.contract.ManifestException;
import io.jdash.contract.MethodKey;
import io.jdash.contract.Violation;
import io.jdash.server.ClientsideCallback;
import io.jdash.server.cache.MemoCache;
import io.jdash.server.values.CallbackInvoker;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The app's callbacks: found by reflection on its callback classes, checked against the declaration rules the build
 * enforces, and for the {@code @Clientside} ones matched against the jdash manifest. A clientside callback whose
 * manifest entry is missing, stale or names a missing bundle runs on the server instead, with one warning that says
 * why; so do all of them, with one warning, when the manifest cannot be used (another format version, not JSON).
 */
public final class Callbacks {
    private static final System.Logger LOG = System.getLogger("io.jdash.server");

    private final List<CallbackSpec> specs;
    private final Map<String, CallbackSpec> byOutput = new HashMap<>();
    private final Map<String, String> bundles;

    private Callbacks(List<CallbackSpec> specs, Map<String, String> bundles) {
        this.specs = List.copyOf(specs);
        this.bundles = Collections.unmodifiableMap(new LinkedHashMap<>(bundles));
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
     * @throws IllegalArgumentException naming every callback that breaks a declaration rule (not public static, a
     *         malformed dependency, an output written twice without {@code @allow_duplicate}, {@code @Memoize} with
     *         a {@code CallbackContext} or a bad ttl), with the build's code and fix for each
     */
    public static Callbacks load(
            List<Class<?>> classes,
            List<ClientsideCallback> javaScript,
            ClassLoader loader,
            Supplier<MemoCache> cache) {
        List<Method> methods = callbackMethods(classes);
        checkDeclarations(methods, javaScript);
        FigureOutputs figures = FigureOutputs.of(methods, javaScript, FigureOutputs::systemSetting);
        ManifestOnClassPath manifest = ManifestOnClassPath.read(loader);
        Map<String, String> bundles = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        List<CallbackSpec> specs = new ArrayList<>();
        for (Method m : methods) {
            Callback cb = m.getAnnotation(Callback.class);
            String namespace = null;
            String function = null;
            if (m.isAnnotationPresent(Clientside.class)) {
                Manifest.Callback entry = manifest.entry(MethodKey.of(m));
                String why = manifest.refusal() == null ? whyNotInBrowser(cb, entry, manifest, loader) : null;
                if (manifest.refusal() != null) {
                    refused.add(MethodKey.of(m));
                } else if (why != null) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "jdash: " + MethodKey.of(m) + " is @Clientside but runs on the server: " + why);
                } else {
                    namespace = entry.namespace();
                    function = entry.function();
                    bundles.putIfAbsent(entry.bundle(), manifest.integrity(entry.bundle()));
                }
            }
            Memoize memoize = m.getAnnotation(Memoize.class);
            CallbackInvoker invoker = memoize == null
                    ? new CallbackInvoker(m, cb.outputs().length, figures.typed(m))
                    : new MemoizedInvoker(m, cb.outputs().length, figures.typed(m), memoize, cache);
            specs.add(new CallbackSpec(
                    m,
                    List.of(cb.outputs()),
                    List.of(cb.inputs()),
                    List.of(cb.state()),
                    cb.preventInitialCall(),
                    namespace,
                    function,
                    invoker));
        }
        if (!refused.isEmpty()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "jdash: " + manifest.refusal() + "; these @Clientside callbacks run" + " on the server: "
                            + String.join(", ", refused));
        }
        for (ClientsideCallback js : javaScript) {
            specs.add(new CallbackSpec(
                    null,
                    js.outputs(),
                    js.inputs(),
                    js.state(),
                    js.preventInitialCall(),
                    js.namespace(),
                    js.function(),
                    null));
        }
        return new Callbacks(specs, bundles);
    }

    /** The {@code @Callback} methods of the classes, each class's in a stable order. */
    private static List<Method> callbackMethods(List<Class<?>> classes) {
        List<Method> out = new ArrayList<>();
        for (Class<?> cls : classes) {
            Method[] methods = cls.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            for (Method m : methods) {
                if (m.isAnnotationPresent(Callback.class)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Refuses declarations that break the build's rules, all of them in one message. */
    private static void checkDeclarations(List<Method> methods, List<ClientsideCallback> javaScript) {
        Map<Declaration, String> names = new IdentityHashMap<>();
        List<Declaration> declarations = new ArrayList<>();
        for (Method m : methods) {
            Callback cb = m.getAnnotation(Callback.class);
            Memoize memoize = m.getAnnotation(Memoize.class);
            Declaration d = new Declaration(
                    MethodKey.displayName(m.getDeclaringClass().getName(), m.getName()),
                    null,
                    Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()),
                    m.getParameterCount() > 0 && m.getParameterTypes()[0] == CallbackContext.class,
                    memoize != null ? memoize.ttl() : null,
                    List.of(cb.outputs()),
                    List.of(cb.inputs()),
                    List.of(cb.state()));
            declarations.add(d);
            names.put(d, MethodKey.of(m));
        }
        for (ClientsideCallback js : javaScript) {
            Declaration d = new Declaration(
                    js.namespace() + "." + js.function(),
                    null,
                    true,
                    false,
                    null,
                    js.outputs(),
                    js.inputs(),
                    js.state());
            declarations.add(d);
            names.put(d, "JavaScript callback " + d.displayName());
        }
        List<Violation> violations = DeclarationRules.check(declarations);
        if (violations.isEmpty()) {
            return;
        }
        List<String> lines = violations.stream()
                .map(v -> names.get(v.subject()) + ": " + v.format())
                .toList();
        throw new IllegalArgumentException(
                lines.size() == 1
                        ? "jdash: " + lines.get(0)
                        : "jdash: " + lines.size() + " problems in the app's callbacks:\n  "
                                + lines.stream().collect(Collectors.joining("\n  ")));
    }

    private static String whyNotInBrowser(
            Callback cb, Manifest.Callback entry, ManifestOnClassPath manifest, ClassLoader loader) {
        if (manifest.manifest() == null) {
            return "there is no " + ClassPathLocations.MANIFEST + " on the class path (build with the jdash Maven"
                    + " plugin)";
        }
        if (entry == null) {
            return "the manifest does not list it (a stale build: run mvn package)";
        }
        if (entry.runs() != Manifest.Runs.BROWSER) {
            return "the build left it to the server: " + entry.reason();
        }
        if (!entry.declares(
                List.of(cb.outputs()), List.of(cb.inputs()), List.of(cb.state()), cb.preventInitialCall())) {
            return "its declaration changed since the bundle was built (a stale build: run mvn package)";
        }
        if (loader.getResource(entry.bundle()) == null) {
            return "its bundle " + entry.bundle() + " is not on the class path";
        }
        return null;
    }

    /**
     * The manifest as found on the class path: absent (both null), usable, or refused with the reason.
     *
     * @param manifest the manifest, or null
     * @param refusal why the manifest on the class path cannot be used, or null
     */
    private record ManifestOnClassPath(Manifest manifest, String refusal) {
        static ManifestOnClassPath read(ClassLoader loader) {
            try (InputStream in = loader.getResourceAsStream(ClassPathLocations.MANIFEST)) {
                return new ManifestOnClassPath(
                        in == null ? null : ManifestCodec.read(in, ClassPathLocations.MANIFEST), null);
            } catch (ManifestException e) {
                return new ManifestOnClassPath(null, e.getMessage());
            } catch (IOException e) {
                return new ManifestOnClassPath(
                        null, "cannot read " + ClassPathLocations.MANIFEST + ": " + e.getMessage());
            }
        }

        Manifest.Callback entry(String methodKey) {
            if (manifest == null) {
                return null;
            }
            return manifest.callbacks().stream()
                    .filter(c -> c.method().equals(methodKey))
                    .findFirst()
                    .orElse(null);
        }

        String integrity(String bundle) {
            return manifest.bundles().stream()
                    .filter(b -> b.path().equals(bundle))
                    .map(Manifest.Bundle::integrity)
                    .findFirst()
                    .orElse(null);
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
