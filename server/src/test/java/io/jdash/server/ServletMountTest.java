package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.server.fixtures.ServerCallbacks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** {@link DashServlet} mounted in an existing servlet container, under a context path and a servlet path. */
class ServletMountTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void servesTheAppUnderTheContainersContextPath() throws Exception {
        Server existing = new Server();
        ServerConnector connector = new ServerConnector(existing);
        existing.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/shop");
        context.addServlet(
                new ServletHolder(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void doGet(
                            jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                            throws java.io.IOException {
                        resp.getWriter().write("the shop's own page");
                    }
                }),
                "/");
        DashApp app = DashApp.builder()
                .title("Reports")
                .pathPrefix("/reports/")
                .layout(Html.div(Html.h1("Hi")))
                .callbacks(ServerCallbacks.class)
                .build();
        context.addServlet(new ServletHolder(new DashServlet(app)), "/reports/*");
        existing.setHandler(context);
        existing.start();
        try {
            String base = "http://127.0.0.1:" + connector.getLocalPort();
            String page = get(base + "/shop/reports/").body();
            Matcher config =
                    Pattern.compile("\"requests_pathname_prefix\":\"([^\"]*)\"").matcher(page);
            assertTrue(config.find(), page);
            assertEquals("/shop/reports/", config.group(1));
            Matcher renderer = Pattern.compile(
                            "src=\"(/shop/reports/_dash-component-suites/[^\"]*dash_renderer[^\"]*)\"")
                    .matcher(page);
            assertTrue(renderer.find(), page);
            assertEquals(200, get(base + renderer.group(1)).statusCode());
            assertEquals(
                    "H1",
                    new ObjectMapper()
                            .readTree(get(base + "/shop/reports/_dash-layout").body())
                            .at("/props/children/type")
                            .asText());
            HttpResponse<String> update = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/shop/reports/_dash-update-component"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"output\":\"greeting.children\",\"outputs\":{\"id\":\"greeting\",\"property\":\"children\"},"
                                            + "\"inputs\":[{\"id\":\"btn\",\"property\":\"n_clicks\",\"value\":1}],\"state\":[{\"id\":"
                                            + "\"name\",\"property\":\"value\",\"value\":\"Bo\"}]}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("{\"multi\":true,\"response\":{\"greeting\":{\"children\":\"Hello Bo #1\"}}}", update.body());
            assertEquals("the shop's own page", get(base + "/shop/cart").body(), "the container's other routes");
        } finally {
            existing.stop();
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
