package io.jdash.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jdash.dev.DevOptions;
import io.jdash.dev.DevServer;
import io.jdash.testing.Browser;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Edit-to-pixels in the development loop on a copy of the dashboard sample, in headless Chromium: from the file save
 * to the changed text (or style) in the open page, seen by a probe that every page load installs (a
 * MutationObserver, and an animation-frame check for styles). Ten edits each: a server-side Java edit (the page's
 * heading, in the layout), two {@code @Clientside} edits (the orders KPI's format, whose inputs come from server
 * callbacks over the 100,000 orders after every reload, and the selection hint, whose callback needs no server
 * data; first pixels may come from the server while the bundle is rebuilt, "bundle pixels" from the page once it
 * loaded the new bundle), and a stylesheet edit.
 * Reports medians and p90 with the javac / TeaVM / app-start split, and writes {@code dev-loop-benchmark.json}.
 */
public final class DevLoopBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EDITS = Integer.getInteger("jdash.benchmark.edits", 10);
    private static final String APP = "src/main/java/io/jdash/samples/dashboard/DashboardApp.java";
    private static final String CALLBACKS = "src/main/java/io/jdash/samples/dashboard/DashboardCallbacks.java";
    private static final String CSS = "src/main/resources/assets/dashboard.css";
    private static final String PROBE =
            """
            (() => {
              const check = () => {
                const probe = JSON.parse(sessionStorage.getItem('jdashProbe') || 'null');
                if (!probe || probe.seen) return;
                const el = document.querySelector(probe.selector);
                if (!el) return;
                const value = probe.style ? getComputedStyle(el)[probe.style] : el.textContent;
                const bundles = [...document.scripts].map(s => s.src).filter(s => s.includes('/_jdash/app.'));
                const before = (probe.notBundle || '').split(' ');
                if (value === probe.expected && (!probe.notBundle || bundles.some(b => !before.includes(b)))) {
                  probe.seen = Date.now();
                  sessionStorage.setItem('jdashProbe', JSON.stringify(probe));
                }
              };
              new MutationObserver(check).observe(document, {subtree: true, childList: true, characterData: true});
              const frame = () => { check(); requestAnimationFrame(frame); };
              requestAnimationFrame(frame);
            })();
            """;

    private DevLoopBenchmark() {}

    /** Runs the benchmark; the first argument is the results folder. */
    public static void main(String[] args) throws Exception {
        Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        Path project = Files.createTempDirectory("jdash-dev-bench").toAbsolutePath();
        copy(Path.of("..", "samples", "dashboard", "src", "main"), project.resolve("src/main"));
        List<Path> classpath = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                classpath.add(Path.of(e));
            }
        }
        ObjectNode out = JSON.createObjectNode();
        try (DevServer dev = DevServer.start(
                        DevOptions.mavenLayout(project).withPort(0).withClasspath(classpath));
                Browser browser = Browser.launch()) {
            DevServer.Build first = dev.builds().get(0);
            out.putObject("firstBuild")
                    .put("javacMillis", first.javacMillis())
                    .put("bundleMillis", first.teavmMillis())
                    .put("appMillis", first.appMillis())
                    .put("totalMillis", first.totalMillis());
            browser.call("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
            browser.navigate(dev.url());
            browser.waitFor(
                    "document.querySelector('#kpi-orders') && /\\d/.test(document.querySelector('#kpi-orders')"
                            + ".textContent)",
                    120_000);
            String orders = browser.text("#kpi-orders");
            ArrayNode server = out.putArray("serverEdits");
            ArrayNode clientside = out.putArray("clientsideEdits");
            ArrayNode local = out.putArray("clientsideLocalEdits");
            ArrayNode css = out.putArray("stylesheetEdits");
            for (int i = 1; i <= EDITS; i++) {
                server.add(edit(
                        dev,
                        browser,
                        project.resolve(APP),
                        "Html\\.h1\\(\"Sales explorer[^\"]*\"\\)",
                        "Html.h1(\"Sales explorer " + i + "\")",
                        "h1",
                        null,
                        "Sales explorer " + i,
                        false));
                clientside.add(edit(
                        dev,
                        browser,
                        project.resolve(CALLBACKS),
                        "String\\.format\\(\"%,d\", kpis\\.orders\\(\\)\\)( \\+ \" #\\d+\")?",
                        "String.format(\"%,d\", kpis.orders()) + \" #" + i + "\"",
                        "#kpi-orders",
                        null,
                        orders + " #" + i,
                        true));
                local.add(edit(
                        dev,
                        browser,
                        project.resolve(CALLBACKS),
                        "\"Drag a box or lasso on the chart to sum the orders inside it\\.[^\"]*\"",
                        "\"Drag a box or lasso on the chart to sum the orders inside it. (" + i + ")\"",
                        "#selection",
                        null,
                        "Drag a box or lasso on the chart to sum the orders inside it. (" + i + ")",
                        true));
                css.add(edit(
                        dev,
                        browser,
                        project.resolve(CSS),
                        "header h1 \\{ margin: 4px 0 2px; font-size: \\d+px; \\}",
                        "header h1 { margin: 4px 0 2px; font-size: " + (27 + i) + "px; }",
                        "header h1",
                        "fontSize",
                        (27 + i) + "px",
                        false));
            }
        }
        ObjectNode summary = out.putObject("summary");
        summarize(summary, "serverEditToPixelsMillis", out.get("serverEdits"), "pixelsMillis");
        summarize(summary, "clientsideEditToFirstPixelsMillis", out.get("clientsideEdits"), "pixelsMillis");
        summarize(summary, "clientsideEditToBundlePixelsMillis", out.get("clientsideEdits"), "bundlePixelsMillis");
        summarize(summary, "clientsideBundleBuildMillis", out.get("clientsideEdits"), "bundleMillis");
        summarize(summary, "serverJavacMillis", out.get("serverEdits"), "javacMillis");
        summarize(summary, "serverAppStartMillis", out.get("serverEdits"), "appMillis");
        summarize(summary, "clientsideLocalEditToFirstPixelsMillis", out.get("clientsideLocalEdits"), "pixelsMillis");
        summarize(
                summary,
                "clientsideLocalEditToBundlePixelsMillis",
                out.get("clientsideLocalEdits"),
                "bundlePixelsMillis");
        summarize(summary, "stylesheetEditToPixelsMillis", out.get("stylesheetEdits"), "pixelsMillis");
        out.put(
                "machine",
                Runtime.getRuntime().availableProcessors() + " cores, load average "
                        + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage());
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        Files.createDirectories(results);
        Files.writeString(results.resolve("dev-loop-benchmark.json"), text + "\n");
    }

    /** Saves the edit, waits until the page shows it (and, for browser code, the page with the new bundle). */
    private static ObjectNode edit(
            DevServer dev,
            Browser browser,
            Path file,
            String regex,
            String replacement,
            String selector,
            String style,
            String expected,
            boolean bundle)
            throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String edited = text.replaceFirst(regex, java.util.regex.Matcher.quoteReplacement(replacement));
        if (edited.equals(text)) {
            throw new IllegalStateException(file + " no longer matches " + regex);
        }
        int builds = dev.builds().size();
        String bundleBefore = browser.eval(
                        "[...document.scripts].map(s => s.src).filter(s => s.includes(" + "'/_jdash/app.')).join(' ')")
                .asText();
        ObjectNode probe = JSON.createObjectNode().put("selector", selector).put("expected", expected);
        if (style != null) {
            probe.put("style", style);
        }
        browser.eval("sessionStorage.setItem('jdashProbe', " + JSON.writeValueAsString(probe.toString()) + ")");
        long saved = System.currentTimeMillis();
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        JsonNode seen = waitSeen(browser, 180_000);
        ObjectNode row =
                JSON.createObjectNode().put("pixelsMillis", seen.path("seen").asLong() - saved);
        if (bundle) {
            // the first pixels came from the server while TeaVM ran; now wait for a page with a new bundle showing it
            probe.put("notBundle", bundleBefore);
            browser.eval("sessionStorage.setItem('jdashProbe', " + JSON.writeValueAsString(probe.toString()) + ")");
            JsonNode again = waitSeen(browser, 180_000);
            row.put("bundlePixelsMillis", again.path("seen").asLong() - saved);
        }
        long deadline = System.currentTimeMillis() + 180_000;
        while (dev.builds().size() == builds && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        DevServer.Build b = dev.builds().get(dev.builds().size() - 1);
        row.put("change", b.change().name())
                .put("javacMillis", b.javacMillis())
                .put("bundleMillis", b.teavmMillis())
                .put("appMillis", b.appMillis())
                .put("buildTotalMillis", b.totalMillis());
        System.out.println(row);
        settle(browser);
        return row;
    }

    /**
     * Waits until no component of the page is loading for 500 ms (at most 60 s): a dashboard reload runs its server
     * callbacks over the 100,000 orders, and the next edit must not be measured against that work.
     */
    private static void settle(Browser browser) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        long quietSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            boolean loading;
            try {
                loading = browser.eval("document.readyState !== 'complete' || !!document.querySelector("
                                + "'[data-dash-is-loading=\"true\"]')")
                        .asBoolean();
            } catch (Exception reloading) {
                loading = true;
            }
            if (loading) {
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince >= 500) {
                return;
            }
            Thread.sleep(25);
        }
    }

    private static JsonNode waitSeen(Browser browser, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            try {
                JsonNode probe = JSON.readTree(
                        browser.eval("sessionStorage.getItem('jdashProbe')").asText());
                if (probe.path("seen").asLong() > 0) {
                    return probe;
                }
            } catch (Exception reloading) {
                // the page is loading again; ask once more
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the page never showed the edit");
    }

    private static void summarize(ObjectNode summary, String name, JsonNode rows, String field) {
        List<Long> values = new ArrayList<>();
        rows.forEach(r -> {
            if (r.has(field)) {
                values.add(r.get(field).asLong());
            }
        });
        if (values.isEmpty()) {
            return;
        }
        Collections.sort(values);
        summary.putObject(name)
                .put("median", values.get(values.size() / 2))
                .put("p90", values.get(Math.min(values.size() - 1, (int) Math.ceil(values.size() * 0.9) - 1)))
                .put("min", values.get(0))
                .put("n", values.size());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
