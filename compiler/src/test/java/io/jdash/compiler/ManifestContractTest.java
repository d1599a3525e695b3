package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.contract.ClassPathLocations;
import io.jdash.contract.Manifest;
import io.jdash.fixtures.unsupported.UnsupportedCallbacks;
import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.Html;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build and the server agree: a bundle and manifest written by the real compiler, served by the real server
 * (embedded Jetty, over HTTP). Browser callbacks are declared with the function the manifest names, the bundle is
 * served with the integrity the manifest gives, demoted callbacks answer on the server, and a manifest of another
 * version makes the server run every callback itself.
 */
class ManifestContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    static Path classes;
    static CompilationResult result;

    @BeforeAll
    static void build() throws Exception {
        classes = Fixtures.copy("unsupported", tmp.resolve("classes"));
        result = JdashCompiler.compile(
                CompilerConfig.builder()
                        .scan(classes)
                        .reportDirectory(tmp.resolve("jdash"))
                        .onUnsupported(OnUnsupported.SERVER)
                        .build(),
                BuildListener.SILENT);
    }

    /** Serves the app with {@code classes} first on the class path for the jdash outputs. */
    private static <T> T withServer(ServerTest<T> test) throws Exception {
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(outputsFirst(original));
        DashServer server;
        try {
            server = DashServer.start(
                    DashApp.builder()
                            .layout(Html.div())
                            .callbacks(UnsupportedCallbacks.class)
                            .build(),
                    0);
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }
        try (AutoCloseable closing = server) {
            return test.run(server.url());
        }
    }

    private interface ServerTest<T> {
        T run(String url) throws Exception;
    }

    /** Finds the manifest and bundles in the compiled directory; everything else comes from the test's loader. */
    private static ClassLoader outputsFirst(ClassLoader parent) {
        return new ClassLoader(parent) {
            @Override
            public URL getResource(String name) {
                if (!name.equals(ClassPathLocations.MANIFEST) && !name.startsWith(ClassPathLocations.ASSETS)) {
                    return super.getResource(name);
                }
                Path file = classes.resolve(name);
                try {
                    return Files.isRegularFile(file) ? file.toUri().toURL() : null;
                } catch (MalformedURLException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public InputStream getResourceAsStream(String name) {
                URL url = getResource(name);
                try {
                    return url == null ? null : url.openStream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode dependency(JsonNode deps, String output) {
        for (JsonNode d : deps) {
            if (d.get("output").asText().equals(output)) {
                return d;
            }
        }
        throw new AssertionError("no dependency for " + output + " in " + deps);
    }

    @Test
    void theServer_declaresWhatTheManifestSays_servesTheBundleItNames_andRunsWhatWasDemoted() throws Exception {
        Manifest manifest = result.manifest();
        Manifest.Bundle bundle = manifest.bundles().get(0);
        byte[] bundleBytes = Files.readAllBytes(classes.resolve(bundle.path()));
        withServer(url -> {
            JsonNode deps = JSON.readTree(get(url + "_dash-dependencies").body());
            int browser = 0;
            for (Manifest.Callback entry : manifest.callbacks()) {
                JsonNode function = dependency(deps, entry.outputs().get(0)).get("clientside_function");
                if (entry.runs() == Manifest.Runs.BROWSER) {
                    assertEquals(entry.namespace(), function.get("namespace").asText());
                    assertEquals(entry.function(), function.get("function_name").asText());
                    browser++;
                } else {
                    assertTrue(function.isNull(), entry.method() + ": " + function);
                }
            }
            assertEquals(1, browser);
            String file = bundle.path().substring(ClassPathLocations.ASSETS.length());
            String index = new String(get(url).body(), StandardCharsets.UTF_8);
            assertTrue(index.contains("_jdash/" + file + "\"") && index.contains(bundle.integrity()), index);
            HttpResponse<byte[]> served = get(url + "_jdash/" + file);
            assertEquals(200, served.statusCode());
            assertArrayEquals(bundleBytes, served.body());
            assertEquals(
                    bundle.integrity(),
                    "sha384-"
                            + Base64.getEncoder()
                                    .encodeToString(
                                            MessageDigest.getInstance("SHA-384").digest(served.body())));
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url + "_dash-update-component"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"output\":\"u1.children\",\"outputs\":{\"id\":\"u1\","
                                            + "\"property\":\"children\"},\"inputs\":[{\"id\":\"u1\",\"property\":\"value\","
                                            + "\"value\":\"a\\nb\\nc\"}],\"changedPropIds\":[\"u1.value\"]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("{\"multi\":true,\"response\":{\"u1\":{\"children\":3}}}", answer.body());
            return null;
        });
    }

    @Test
    void aManifestOfAnotherVersion_makesTheServerRunEveryCallbackItself() throws Exception {
        Path manifestFile = classes.resolve(ClassPathLocations.MANIFEST);
        String written = Files.readString(manifestFile);
        try {
            Files.writeString(manifestFile, written.replace("\"manifestVersion\" : 1", "\"manifestVersion\" : 2"));
            withServer(url -> {
                JsonNode deps = JSON.readTree(get(url + "_dash-dependencies").body());
                for (Manifest.Callback entry : result.manifest().callbacks()) {
                    assertTrue(
                            dependency(deps, entry.outputs().get(0))
                                    .get("clientside_function")
                                    .isNull(),
                            entry.method());
                }
                assertFalse(new String(get(url).body(), StandardCharsets.UTF_8).contains("_jdash/app."));
                return null;
            });
        } finally {
            Files.writeString(manifestFile, written);
        }
    }
}
