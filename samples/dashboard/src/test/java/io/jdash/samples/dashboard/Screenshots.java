package io.jdash.samples.dashboard;

import io.jdash.server.DashServer;
import io.jdash.testing.Browser;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Takes the README's pictures of the dashboard, with software WebGL so the scattergl chart draws:
 * from the repository root, {@code mvn -pl samples/dashboard test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jdash.samples.dashboard.Screenshots -Dexec.args=docs/images}.
 */
public final class Screenshots {
    private Screenshots() {}

    public static void main(String[] args) throws Exception {
        Path into = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        try (DashServer server = DashServer.start(DashboardApp.app(), 0);
                Browser browser = Browser.launch(
                        Stream.concat(Browser.SOFTWARE_WEBGL.stream(), Stream.of("--window-size=1280,900"))
                                .toList())) {
            browser.navigate(server.url());
            browser.waitFor(
                    "document.querySelector('#orders-table td') && document.querySelector('#scatter"
                            + " .js-plotly-plot') && document.querySelector('#scatter .js-plotly-plot').data",
                    120_000);
            browser.eval("window.dash_clientside.set_props('highlight', {value: 'East'})");
            Thread.sleep(3000);
            browser.screenshotFullPage(into.resolve("dashboard.png"));
            if (!browser.errors.isEmpty()) {
                throw new IllegalStateException("page errors: " + browser.errors);
            }
        }
    }
}
