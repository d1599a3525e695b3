package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Front-end files go out as the copies the frontend build compressed, chosen by the request's Accept-Encoding. */
class CompressedFrontendHttpTest {
    private static final String SUITES = "META-INF/jdash/component-suites/";
    private static final String PLOTLY = "plotly/package_data/plotly.min.js";
    private static DashServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DashServer.start(DashApp.builder().layout(Html.div("hi")).build(), 0);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static byte[] jar(String name) throws Exception {
        try (InputStream in = CompressedFrontendHttpTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    private static HttpResponse<byte[]> fetch(String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "_dash-component-suites/" + PLOTLY));
        if (accept != null) {
            b.header("Accept-Encoding", accept);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void chromiumGetsTheBrotliCopyAndOthersTheGzipCopyOrThePlainFile() throws Exception {
        HttpResponse<byte[]> br = fetch("gzip, deflate, br, zstd");
        assertEquals(200, br.statusCode());
        assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("Accept-Encoding", br.headers().firstValue("Vary").orElse(""));
        assertArrayEquals(jar(SUITES + PLOTLY + ".br"), br.body());

        HttpResponse<byte[]> gz = fetch("gzip, deflate");
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
        assertArrayEquals(jar(SUITES + PLOTLY + ".gz"), gz.body());

        HttpResponse<byte[]> plain = fetch(null);
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertArrayEquals(jar(SUITES + PLOTLY), plain.body());
        assertTrue(
                br.body().length < gz.body().length && gz.body().length < plain.body().length,
                br.body().length + " / " + gz.body().length + " / " + plain.body().length);
    }

    @Test
    void theCompressedCopiesAreNotFilesOfTheirOwn() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.url() + "_dash-component-suites/" + PLOTLY + ".br"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, r.statusCode());
    }
}
