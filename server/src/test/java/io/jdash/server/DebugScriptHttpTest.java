package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The debug script that gives browser callbacks' errors Java frames, and the Java sources a map may embed: both
 * only in debug mode, over real HTTP.
 */
class DebugScriptHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MAP = "_jdash/sourcestest.0badc0de.js.map";

    private static HttpResponse<String> get(DashServer server, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static DashServer start(boolean debug) throws Exception {
        return DashServer.start(
                DashApp.builder().layout(Html.div()).debug(debug).build(), 0);
    }

    @Test
    void production_neitherServesNorLoadsTheDebugScript_andStripsSourcesFromMaps() throws Exception {
        try (DashServer server = start(false)) {
            assertEquals(404, get(server, "_jdash/debug.js").statusCode());
            assertFalse(get(server, "").body().contains("debug.js"), "the page does not load it");
            HttpResponse<String> map = get(server, MAP);
            assertEquals(200, map.statusCode());
            assertFalse(map.body().contains("sourcesContent") || map.body().contains("secret"), map.body());
            assertTrue(map.body().contains("\"mappings\":\"AAAA\""), "the map itself is served: " + map.body());
        }
    }

    @Test
    void debug_servesTheScriptAfterTheBundles_andMapsAsBuilt() throws Exception {
        try (DashServer server = start(true)) {
            HttpResponse<String> script = get(server, "_jdash/debug.js");
            assertEquals(200, script.statusCode());
            assertTrue(script.headers().firstValue("Content-Type").orElse("").contains("javascript"));
            assertTrue(script.body().contains("window.jdash_error"), script.body());
            String page = get(server, "").body();
            assertTrue(
                    page.indexOf("_jdash/debug.js") > 0
                            && page.indexOf("_jdash/debug.js") < page.indexOf("_jdash/bootstrap.js"),
                    page);
            assertTrue(get(server, MAP).body().contains("the secret source"), "debug mode serves the sources");
        }
    }
}
