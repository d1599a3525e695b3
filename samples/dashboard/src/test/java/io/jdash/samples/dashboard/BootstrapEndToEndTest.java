package io.jdash.samples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.server.DashApp;
import io.jdash.server.Html;
import io.jdash.testing.AppUnderTest;
import io.jdash.testing.Browser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The dashboard's background job in headless Chromium with the real dash-renderer: the progress bar advances, the
 * run button is disabled while it runs, cancel stops the worker thread, a newer click supersedes a run, and a
 * cached result comes back without a poll.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BootstrapEndToEndTest {
    static AppUnderTest app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.open(
                DashboardApp.app(),
                "document.querySelector('#ci-run')" + " && document.querySelector('#orders-table td')",
                90_000,
                Browser.SOFTWARE_WEBGL);
        browser = app.browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static boolean disabled(String id) throws Exception {
        return browser.eval("document.querySelector('#" + id + "').disabled").asBoolean();
    }

    private static double progress() throws Exception {
        return browser.eval("Number(document.querySelector('#ci-progress').value)")
                .asDouble();
    }

    /** Threads of this JVM that are inside the bootstrap job right now. */
    private static List<String> jobThreads() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> e :
                Thread.getAllStackTraces().entrySet()) {
            for (StackTraceElement f : e.getValue()) {
                if (f.getMethodName().equals("confidenceInterval")) {
                    out.add(e.getKey().getName());
                }
            }
        }
        return out;
    }

    private static void waitNoJobThread() throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!jobThreads().isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the job thread still runs: " + jobThreads());
            Thread.sleep(20);
        }
    }

    @Test
    @Order(1)
    void run_showsProgressAndTheLog_disablesTheButton_thenTheResult() throws Exception {
        browser.click("#ci-run");
        browser.waitFor("document.querySelector('#ci-run').disabled", 5_000);
        assertFalse(disabled("ci-cancel"), "cancel is enabled while it runs");
        TreeSet<Double> seen = new TreeSet<>();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!browser.text("#ci-result").startsWith("95%") && System.nanoTime() < deadline) {
            seen.add(progress());
            Thread.sleep(25);
        }
        assertTrue(
                browser.text("#ci-result").startsWith("95% confidence interval of the mean revenue per order: $"),
                browser.text("#ci-result"));
        assertTrue(seen.size() >= 3, "the bar advanced through several values: " + seen);
        assertTrue(browser.text("#ci-log").contains("batch 20/20: 2,000 resamples"), browser.text("#ci-log"));
        browser.waitFor("!document.querySelector('#ci-run').disabled", 5_000);
        assertTrue(disabled("ci-cancel"), "cancel is disabled again");
        assertEquals(0, progress(), 1e-9, "progressDefault resets the bar");
        browser.eval("document.querySelector('#ci-run').scrollIntoView()");
        browser.screenshot(Path.of("target/e2e/dashboard-bootstrap.png"));
        assertEquals(List.of(), browser.errors);
    }

    @Test
    @Order(2)
    void sameFiltersAgain_areAnsweredFromTheCache_withoutAPoll() throws Exception {
        String before = browser.text("#ci-result");
        int requests = browser.callbackRequestsFor("ci-result.children").size();
        browser.click("#ci-run");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (browser.callbackRequestsFor("ci-result.children").size() == requests) {
            assertTrue(System.nanoTime() < deadline, "no request");
            Thread.sleep(10);
        }
        browser.waitFor("!document.querySelector('#ci-run').disabled", 10_000);
        Thread.sleep(800); // longer than the interval: a poll would have been sent by now
        assertEquals(before, browser.text("#ci-result"), "the cached interval, computed once");
        List<String> mine = browser.callbackRequestsFor("ci-result.children");
        assertEquals(requests + 1, mine.size(), "one request, no poll: " + mine.subList(requests, mine.size()));
        assertFalse(mine.get(mine.size() - 1).contains("cacheKey="), mine.get(mine.size() - 1));
        assertTrue(mine.get(mine.size() - 1).contains("endId="), "the renderer echoes the page's end_id");
    }

    @Test
    @Order(3)
    void cancel_stopsTheWorkerThread_andResetsTheButtons() throws Exception {
        browser.eval("window.dash_clientside.set_props('ci-resamples', {value: 10000})");
        browser.eval("window.dash_clientside.set_props('region', {value: ['North']})");
        browser.waitFor("document.querySelector('#kpi-orders').textContent !== '100,000'", 20_000);
        browser.click("#ci-run");
        browser.waitFor("Number(document.querySelector('#ci-progress').value) >= 1", 30_000);
        assertEquals(1, jobThreads().size(), "one job thread runs: " + jobThreads());
        String result = browser.text("#ci-result");
        browser.click("#ci-cancel");
        browser.waitFor("!document.querySelector('#ci-run').disabled", 10_000);
        waitNoJobThread();
        assertTrue(disabled("ci-cancel"));
        assertEquals(0, progress(), 1e-9);
        Thread.sleep(700);
        assertEquals(result, browser.text("#ci-result"), "a cancelled job writes no result");
        assertTrue(
                browser.callbackRequestsFor("ci-cancel.id").stream().anyMatch(r -> r.contains("cancelJob=")),
                browser.callbackRequestsFor("ci-cancel.id").toString());
        assertEquals(List.of(), browser.errors);
    }

    @Test
    @Order(4)
    void aNewerRun_supersedesTheRunningOne() throws Exception {
        browser.click("#ci-run"); // the run cancelled before: not in the cache
        browser.waitFor("Number(document.querySelector('#ci-progress').value) >= 1", 30_000);
        // the run button is disabled; a click can still come from elsewhere, as set_props does here
        browser.eval("window.dash_clientside.set_props('ci-resamples', {value: 500})");
        browser.eval("window.dash_clientside.set_props('ci-run', {n_clicks: 100})");
        browser.waitFor("document.querySelector('#ci-result').textContent.includes('500 resamples')", 60_000);
        assertTrue(
                browser.callbackRequestsFor("ci-result.children").stream().anyMatch(r -> r.contains("oldJob=")),
                "the renderer named the old job");
        waitNoJobThread();
        assertEquals(List.of(), browser.errors);
    }

    @Test
    @Order(5)
    void aFailingJob_showsItsErrorInThePage() throws Exception {
        DashApp failing = DashApp.builder()
                .debug(true)
                .layout(Html.div(
                        Html.button("Go").id("boom"),
                        Html.progress().id("boom-progress").prop("value", "0").prop("max", "1"),
                        Html.div().id("boom-out")))
                .callbacks(FailingJob.class)
                .build();
        try (AppUnderTest other = AppUnderTest.open(failing, "document.querySelector('#boom')", 60_000)) {
            other.browser().click("#boom");
            other.browser().waitFor("Number(document.querySelector('#boom-progress').value) === 1", 10_000);
            other.browser()
                    .waitFor(
                            "document.body.innerText.includes('the orders file is unreadable')"
                                    + " || document.querySelector('.dash-debug-menu__button, .dash-fe-error__title') !== null"
                                    + " && (document.querySelector('.test-devtools-error-count') || {}).textContent === '1'",
                            15_000);
            String page = other.browser().eval("document.body.innerText").asText();
            if (!page.contains("the orders file is unreadable")) {
                other.browser()
                        .eval("(document.querySelector('.test-devtools-error-toggle')"
                                + " || document.querySelector('.dash-debug-menu__button--errors')"
                                + " || document.querySelector('.dash-debug-menu__button')).click()");
                other.browser().waitFor("document.body.innerText.includes('the orders file is unreadable')", 10_000);
                page = other.browser().eval("document.body.innerText").asText();
            }
            assertTrue(
                    page.contains("jdash: FailingJob.boom threw java.lang.IllegalStateException: the orders file"
                            + " is unreadable (click 1)"),
                    page);
            other.browser().screenshot(Path.of("target/e2e/background-error.png"));
        }
    }
}
