package io.jdash.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdash.server.DashApp;
import io.jdash.server.HotReload;
import io.jdash.server.Html;
import io.jdash.server.LiveApp;
import io.jdash.server.ServerOptions;
import io.jdash.testing.Browser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two in-place reloads close together, as the development host makes them (the interim server build while TeaVM
 * runs, then the new bundle), in headless Chromium against the real dash-renderer: the layout and callbacks asked
 * for by the first reload must not win over the second's when their answers arrive late.
 */
class SupersededReloadAnswersTest {
    /** Holds the layout and callback answers while {@code jdashHold} is on, to be released in a chosen order. */
    private static final String HOLD_ANSWERS = "(() => {"
            + " const real = window.fetch; window.jdashHeld = []; window.jdashHold = false;"
            + " window.jdashPolls = 0;"
            + " window.fetch = function (input) {"
            + "  const url = typeof input === 'string' ? input : (input && input.url) || '';"
            + "  const answer = real.apply(this, arguments);"
            + "  if (url.indexOf('_reload-hash') >= 0) { answer.then(() => window.jdashPolls++); }"
            + "  if (!window.jdashHold || !/_dash-(layout|dependencies)/.test(url)) { return answer; }"
            + "  return new Promise((resolve, reject) => window.jdashHeld.push(() => answer.then(resolve, reject)));"
            + " };"
            + "})();";

    private static DashApp app(String heading) {
        return DashApp.builder()
                .layout(Html.div(Html.h1(heading).id("heading")))
                .debug(true)
                .build();
    }

    @Test
    void answersOfASupersededReload_areNotDelivered_soThePageShowsTheLatestBuild() throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (LiveApp live = LiveApp.start(
                        ServerOptions.builder().host("127.0.0.1").port(0).build(),
                        HotReload.every(Duration.ofMillis(200), 40));
                Browser browser = Browser.launch()) {
            live.show(app("first build"), loader, false);
            browser.call("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOLD_ANSWERS));
            browser.navigate(live.server().url());
            browser.waitFor("document.querySelector('#heading')?.textContent === 'first build'", 30_000);

            // the renderer's poller has its baseline
            browser.waitFor("window.jdashPolls >= 2", 10_000);
            browser.eval("window.jdashHold = true");
            live.show(app("interim build"), loader, false);
            browser.waitFor("window.jdashHeld.length === 2", 10_000);
            live.show(app("latest build"), loader, false);
            browser.waitFor("window.jdashHeld.length === 4", 10_000);
            // the first reload's answers (the interim build's) arrive after the second reload asked again
            browser.eval("window.jdashHold = false; window.jdashHeld[0](); window.jdashHeld[1]();"
                    + " setTimeout(() => { window.jdashHeld[2](); window.jdashHeld[3](); }, 300); true");

            browser.waitFor("document.querySelector('#heading')?.textContent === 'latest build'", 10_000);
            Thread.sleep(500);
            assertEquals("latest build", browser.text("#heading"), "a late answer replaced the page");
            assertEquals(0, browser.errors.size(), browser.errors.toString());
        }
    }
}
