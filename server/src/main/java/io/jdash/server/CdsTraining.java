package io.jdash.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The training run of a class-data-sharing archive: with {@code -Djdash.cds.training=true} (and the JVM's
 * {@code -XX:ArchiveClassesAtExit=app.jsa}), {@link DashServer#start(DashApp, ServerOptions)} starts the app on a
 * free loopback port, asks it for what a browser asks when it opens the page (the page, its scripts, the layout and
 * the callbacks), then stops it and ends the JVM, which writes the archive of every class that run loaded. Later
 * starts with {@code -XX:SharedArchiveFile=app.jsa} map those classes instead of loading them.
 */
final class CdsTraining {
    /** The system property that asks for a training run. */
    static final String PROPERTY = "jdash.cds.training";

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]* src=\"([^\"]+)\"");

    private CdsTraining() {}

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** The options of a training run: those given, on a free loopback port. */
    static ServerOptions options(ServerOptions given) {
        return new ServerOptions(
                "127.0.0.1",
                0,
                given.acceptQueueSize(),
                given.idleTimeout(),
                given.requestHeaderSize(),
                given.minThreads(),
                given.maxThreads(),
                given.stopTimeout(),
                given.filters(),
                false);
    }

    /** Opens the page as a browser would, stops the server and ends the JVM (0: done, 1: a request failed). */
    static void runAndExit(DashServer server) {
        int status = 0;
        try {
            String page = get(server.url(), "text/html", false);
            List<String> paths = new ArrayList<>();
            Matcher scripts = SCRIPT.matcher(page);
            while (scripts.find()) {
                paths.add(scripts.group(1));
            }
            paths.add("_dash-layout");
            paths.add("_dash-dependencies");
            URI base = URI.create(server.url());
            for (String path : paths) {
                get(base.resolve(path).toString(), "*/*", true);
            }
            System.out.println("jdash: CDS training run served the page and " + paths.size() + " requests");
        } catch (IOException | RuntimeException e) {
            System.err.println("jdash: CDS training run failed: " + e);
            status = 1;
        }
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("jdash: CDS training run could not stop the server: " + e);
        }
        System.exit(status);
    }

    private static String get(String url, String accept, boolean compressed) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestProperty("Accept", accept);
        c.setRequestProperty("Connection", "close");
        if (compressed) {
            c.setRequestProperty("Accept-Encoding", "gzip, deflate, br, zstd");
        }
        c.setConnectTimeout(10_000);
        c.setReadTimeout(60_000);
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            byte[] body = in == null ? new byte[0] : in.readAllBytes();
            if (status != 200) {
                throw new IOException("GET " + url + " answered " + status);
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
