package io.jdash.compiler.manifest;

import io.jdash.compiler.scan.CallbackMethod;
import io.jdash.contract.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the manifest of a build: one entry per {@code @Clientside} callback, in the browser or demoted. */
public final class ManifestEntries {
    private ManifestEntries() {}

    /**
     * The manifest.
     *
     * @param generator e.g. {@code jdash-compiler 0.1.0}
     * @param bundle the bundle, or null when no callback runs in the browser
     * @param browser every {@code @Clientside} callback, in scan order
     * @param functions the bundle's function of each callback it defines
     * @param demoted why each callback left to the server cannot run in the browser
     * @param namespace the {@code dash_clientside} namespace of the functions
     */
    public static Manifest of(
            String generator,
            Manifest.Bundle bundle,
            List<CallbackMethod> browser,
            Map<CallbackMethod, String> functions,
            Map<CallbackMethod, String> demoted,
            String namespace) {
        List<Manifest.Callback> entries = new ArrayList<>();
        for (CallbackMethod cb : browser) {
            String fn = functions.get(cb);
            entries.add(
                    fn != null
                            ? Manifest.Callback.inBrowser(
                                    cb.methodKey(),
                                    cb.outputs(),
                                    cb.inputs(),
                                    cb.state(),
                                    cb.preventInitialCall(),
                                    namespace,
                                    fn,
                                    bundle.path(),
                                    cb.memoizeMillis())
                            : Manifest.Callback.onServer(
                                    cb.methodKey(),
                                    cb.outputs(),
                                    cb.inputs(),
                                    cb.state(),
                                    cb.preventInitialCall(),
                                    demoted.get(cb),
                                    cb.memoizeMillis()));
        }
        return new Manifest(Manifest.VERSION, generator, bundle != null ? List.of(bundle) : List.of(), entries);
    }
}
