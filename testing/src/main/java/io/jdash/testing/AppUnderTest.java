package io.jdash.testing;

import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import java.util.List;

/**
 * A jdash app served on a free port and opened in headless Chromium, ready when a page expression holds.
 *
 * <pre>{@code
 * try (AppUnderTest app = AppUnderTest.open(MyApp.app(), "document.querySelector('#total')", 30_000)) {
 *     app.browser().eval("document.querySelector('#go').click()");
 * }
 * }</pre>
 *
 * @param server the running server
 * @param browser the browser showing its page
 */
public record AppUnderTest(DashServer server, Browser browser) implements AutoCloseable {

    /** Starts {@code app}, opens it, and waits until {@code readyExpression} is truthy in the page. */
    public static AppUnderTest open(DashApp app, String readyExpression, long millis) throws Exception {
        return open(app, readyExpression, millis, List.of());
    }

    /** As {@link #open(DashApp, String, long)}, with extra Chromium flags (see {@link Browser#launch(List)}). */
    public static AppUnderTest open(DashApp app, String readyExpression, long millis, List<String> chromiumFlags)
            throws Exception {
        DashServer server = DashServer.start(app, 0);
        Browser browser = null;
        try {
            browser = Browser.launch(chromiumFlags);
            browser.navigate(server.url());
            browser.waitFor(readyExpression, millis);
            return new AppUnderTest(server, browser);
        } catch (Exception | Error e) {
            if (browser != null) {
                browser.close();
            }
            server.close();
            throw e;
        }
    }

    /** Closes the browser, then the server. */
    @Override
    public void close() throws Exception {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
