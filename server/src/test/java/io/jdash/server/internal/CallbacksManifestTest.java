package io.jdash.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.contract.ClassPathLocations;
import io.jdash.server.ClientsideCallback;
import io.jdash.server.cache.MemoCache;
import io.jdash.server.fixtures.ServerCallbacks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** How the server treats the manifest on its class path: used, refused (falling back to the server), or absent. */
class CallbacksManifestTest {
    private static String testManifest() throws IOException {
        try (InputStream in =
                CallbacksManifestTest.class.getClassLoader().getResourceAsStream(ClassPathLocations.MANIFEST)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A class loader whose manifest is {@code text}, everything else as the test's. */
    private static ClassLoader withManifest(String text) {
        return new ClassLoader(CallbacksManifestTest.class.getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return ClassPathLocations.MANIFEST.equals(name)
                        ? new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))
                        : super.getResourceAsStream(name);
            }
        };
    }

    private static List<String> warningsWhile(Runnable action) {
        List<String> warnings = new ArrayList<>();
        Logger logger = Logger.getLogger("io.jdash.server");
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(r.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return warnings;
    }

    private static Callbacks load(ClassLoader loader) {
        return Callbacks.load(List.of(ServerCallbacks.class), List.of(), loader, MemoCache::shared);
    }

    @Test
    void aManifestOfThisVersion_putsItsBrowserCallbacksInTheBrowser() throws Exception {
        Callbacks callbacks = load(withManifest(testManifest()));
        assertTrue(callbacks.byOutput("fast.children").clientside());
        assertEquals(
                List.of(ClassPathLocations.ASSETS + "app.0123abcd.js"),
                List.copyOf(callbacks.bundles().keySet()));
    }

    @Test
    void aManifestOfAnotherVersion_isRefusedWithOneWarning_andItsCallbacksRunOnTheServer() throws Exception {
        for (String version : List.of("0", "2", "\"1\"")) {
            String text = testManifest().replace("\"manifestVersion\": 1", "\"manifestVersion\": " + version);
            Callbacks[] loaded = new Callbacks[1];
            List<String> warnings = warningsWhile(() -> loaded[0] = load(withManifest(text)));
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(
                    warnings.get(0).contains(ClassPathLocations.MANIFEST + " has manifestVersion " + version)
                            && warnings.get(0).contains("reads version 1 only")
                            && warnings.get(0).contains("ServerCallbacks#fast(java.lang.String)")
                            && warnings.get(0).contains("run on the server"),
                    warnings.get(0));
            assertFalse(loaded[0].byOutput("fast.children").clientside());
            assertNoBundles(loaded[0]);
        }
    }

    @Test
    void aManifestThatIsNotJson_isRefusedTheSameWay() {
        Callbacks[] loaded = new Callbacks[1];
        List<String> warnings = warningsWhile(() -> loaded[0] = load(withManifest("{\"manifestVersion\": 1,")));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("is not JSON"), warnings.get(0));
        assertFalse(loaded[0].byOutput("fast.children").clientside());
    }

    private static void assertNoBundles(Callbacks callbacks) {
        assertEquals(List.of(), List.copyOf(callbacks.bundles().keySet()));
    }

    @Test
    void malformedDependencies_ofJavaScriptCallbacks_failAtStartWithTheBuildsCode() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Callbacks.load(
                        List.of(),
                        List.of(ClientsideCallback.of("ui", "f")
                                .outputs("panel")
                                .inputs("{\"type\":\"a\",\"index\":1}.value")),
                        getClass().getClassLoader(),
                        MemoCache::shared));
        assertTrue(e.getMessage().startsWith("jdash: 2 problems in the app's callbacks:"), e.getMessage());
        assertTrue(
                e.getMessage()
                                .contains("JavaScript callback ui.f: [JDASH-E007] outputs \"panel\" of ui.f has no"
                                        + " '.'")
                        && e.getMessage()
                                .contains("[JDASH-E007] inputs \"{\"type\":\"a\",\"index\":1}.value\" of"
                                        + " ui.f has a pattern-matching id whose keys are not sorted"),
                e.getMessage());
        assertTrue(e.getMessage().contains("fix: write a dependency as"), e.getMessage());
    }
}
