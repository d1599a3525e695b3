package io.jdash.samples.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.testing.AppUnderTest;
import io.jdash.testing.Browser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The features tour in real headless Chromium against the real Dash front end. */
class FeaturesEndToEndTest {
    static AppUnderTest app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.open(
                FeaturesApp.app(),
                "document.querySelector('#chart .main-svg') && document"
                        + ".querySelectorAll('[id*=item-total]')[2].textContent.includes('running total')",
                60_000);
        browser = app.browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void patternMatching_allInTheBrowserMatchAndAllSmallerOnTheServer() throws Exception {
        browser.click("button[id*='\"index\":1']");
        browser.click("button[id*='\"index\":1']");
        browser.click("button[id*='\"index\":0']");
        browser.waitFor(
                "document.querySelector('[id*=item-label][id*=\\'\"index\":1\\']').textContent"
                        + " === 'clicked 2 times'",
                10_000);
        browser.waitFor(
                "document.querySelector('[id*=item-total][id*=\\'\"index\":1\\']').textContent"
                        + " === 'running total 3 (server)'",
                10_000);
        assertEquals("clicked 1 time", browser.text("[id*=item-label][id*='\"index\":0']"));
        assertEquals("not clicked", browser.text("[id*=item-label][id*='\"index\":2']"));
        assertEquals(List.of(), browser.callbackRequestsFor("item-label"), "the ALL callback runs in the browser");
        assertTrue(browser.callbackRequestsFor("item-total").size() >= 3, "MATCH runs on the server, once per item");
        assertEquals(List.of(), browser.errors);
    }

    @Test
    void patch_serverAppendsAPointAndTheBrowserRecolours() throws Exception {
        browser.click("#add-point");
        browser.waitFor("(document.querySelector('#chart .gtitle') || {}).textContent === '12 points'", 10_000);
        assertEquals("12 points", browser.text("#chart .gtitle"));
        assertEquals(
                12,
                browser.eval("document.querySelector('#chart .js-plotly-plot').data[0].x.length")
                        .asInt());
        int before = browser.callbackRequests().size();
        browser.click("#recolor");
        browser.waitFor("document.querySelector('#chart .js-plotly-plot').data[0].line.color === '#d62728'", 10_000);
        assertEquals(
                12,
                browser.eval("document.querySelector('#chart .js-plotly-plot').data[0].x.length")
                        .asInt(),
                "the browser's patch kept the server's point");
        assertEquals(before, browser.callbackRequests().size(), "recolouring sends nothing");
        assertEquals(List.of(), browser.errors);
    }

    @Test
    void allowDuplicate_twoCallbacksWriteOneOutput() throws Exception {
        browser.click("#counter-up");
        browser.click("#counter-up");
        browser.waitFor("document.querySelector('#counter').textContent === '2'", 10_000);
        browser.click("#counter-reset");
        browser.waitFor("document.querySelector('#counter').textContent === '0'", 10_000);
        assertEquals(1, browser.callbackRequestsFor("counter.children@").size(), "the reset went to the server");
        assertEquals(List.of(), browser.errors);
    }

    @Test
    void sameCallbackThreeWays_onlyTheServerOneSendsARequest() throws Exception {
        for (String way : List.of("same-compiled", "same-js", "same-server")) {
            browser.click("#" + way + "-btn");
            browser.waitFor("document.querySelector('#" + way + "').textContent === 'clicked 1'", 10_000);
        }
        assertEquals(List.of(), browser.callbackRequestsFor("same-compiled.children"));
        assertEquals(List.of(), browser.callbackRequestsFor("same-js.children"));
        assertEquals(2, browser.callbackRequestsFor("same-server.children").size(), "the initial call and the click");
        assertEquals(List.of(), browser.errors);
    }

    @Test
    void graph_rendersTheFigure() throws Exception {
        assertTrue(
                browser.eval("document.querySelectorAll('#chart .scatterlayer .trace path.js-line').length")
                                .asInt()
                        >= 1,
                "the line is drawn");
        assertTrue(browser.eval("document.querySelectorAll('#chart .scatterlayer .point').length")
                        .asInt()
                >= 11);
        browser.screenshot(Path.of("target/e2e/features.png"));
        assertEquals(List.of(), browser.errors);
    }
}
