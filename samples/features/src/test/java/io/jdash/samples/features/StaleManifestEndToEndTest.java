package io.jdash.samples.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.server.DashServer;
import io.jdash.testing.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that no longer matches the code: the manifest says a {@code @Clientside} callback has other inputs than
 * its annotation now declares. The server runs that callback itself, says why once, and the page keeps working.
 */
class StaleManifestEndToEndTest {
    private static final String MANIFEST = "META-INF/jdash/manifest.json";

    @Test
    void aStaleCallbackRunsOnTheServerAndThePageKeepsWorking(@TempDir Path dir) throws Exception {
        String manifest;
        try (InputStream in = FeaturesApp.class.getClassLoader().getResourceAsStream(MANIFEST)) {
            manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(manifest.contains("\"same-compiled-btn.n_clicks\""), manifest);
        Path stale = dir.resolve("manifest.json");
        Files.writeString(stale, manifest.replace("\"same-compiled-btn.n_clicks\"", "\"old-button.n_clicks\""));
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        ClassLoader withStaleManifest = new ClassLoader(original) {
            @Override
            public URL getResource(String name) {
                return MANIFEST.equals(name) ? url(stale) : super.getResource(name);
            }

            @Override
            public InputStream getResourceAsStream(String name) {
                try {
                    return MANIFEST.equals(name) ? Files.newInputStream(stale) : super.getResourceAsStream(name);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                warnings.add(r.getLevel() + " " + r.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger("io.jdash.server");
        log.addHandler(capture);
        Thread.currentThread().setContextClassLoader(withStaleManifest);
        try (DashServer server = DashServer.start(FeaturesApp.app(), 0);
                Browser browser = Browser.launch()) {
            Thread.currentThread().setContextClassLoader(original);
            List<String> stalePaths =
                    warnings.stream().filter(w -> w.contains("viaCompiled")).toList();
            assertEquals(1, stalePaths.size(), warnings.toString());
            assertTrue(
                    stalePaths.get(0).startsWith("WARNING ")
                            && stalePaths.get(0).contains("runs on the server")
                            && stalePaths.get(0).contains("stale build: run mvn package"),
                    stalePaths.get(0));
            browser.navigate(server.url());
            browser.waitFor(
                    "document.querySelector('#same-compiled') && document.querySelector('#same-js')"
                            + ".textContent === 'clicked 0'",
                    60_000);
            browser.eval("document.querySelector('#same-compiled-btn').click()");
            browser.eval("document.querySelector('#same-js-btn').click()");
            browser.waitFor("document.querySelector('#same-compiled').textContent === 'clicked 1'", 10_000);
            browser.waitFor("document.querySelector('#same-js').textContent === 'clicked 1'", 10_000);
            assertEquals(
                    2,
                    browser.callbackRequests().stream()
                            .filter(r -> r.contains("same-compiled.children"))
                            .count(),
                    "the stale callback went to the server: initial call and click");
            assertEquals(
                    0,
                    browser.callbackRequests().stream()
                            .filter(r -> r.contains("item-label"))
                            .count(),
                    "callbacks whose build is current still run in the browser");
            assertEquals(List.of(), browser.errors);
        } finally {
            Thread.currentThread().setContextClassLoader(original);
            log.removeHandler(capture);
        }
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
