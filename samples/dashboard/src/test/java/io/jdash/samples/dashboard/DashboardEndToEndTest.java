package io.jdash.samples.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.testing.AppUnderTest;
import io.jdash.testing.Browser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The dashboard in headless Chromium: all 100,000 orders reach the scattergl chart, the server filters, and the
 * browser-side interactions (currency, search, chart style) happen without a request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardEndToEndTest {
    static AppUnderTest app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = AppUnderTest.open(
                DashboardApp.app(),
                "document.querySelector('#scatter .js-plotly-plot')"
                        + " && document.querySelector('#scatter .js-plotly-plot').data"
                        + " && document.querySelector('#orders-table td')",
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

    private static int scatterPoints() throws Exception {
        return browser.eval("document.querySelector('#scatter .js-plotly-plot').data"
                        + ".reduce((n, t) => n + t.x.length, 0)")
                .asInt();
    }

    /** Sets a prop as if the user changed it: the renderer then runs the callbacks that depend on it. */
    private static void set(String id, String propsJson) throws Exception {
        browser.eval("window.dash_clientside.set_props('" + id + "', " + propsJson + ")");
    }

    @Test
    @Order(1)
    void firstLoad_showsEveryOrderAndEveryChart() throws Exception {
        assertEquals(SalesData.ROWS, scatterPoints());
        assertEquals("100,000", browser.text("#kpi-orders"));
        assertTrue(browser.text("#kpi-revenue").startsWith("$"), browser.text("#kpi-revenue"));
        assertEquals(
                5,
                browser.eval("document.querySelector('#monthly .js-plotly-plot').data.length")
                        .asInt());
        assertTrue(browser.eval("document.querySelectorAll('#monthly .bars path').length")
                        .asInt()
                > 50);
        assertTrue(
                browser.eval("document.querySelectorAll('#scatter canvas').length")
                                .asInt()
                        > 0,
                "WebGL");
        assertTrue(
                !browser.text("#scatter").contains("WebGL is not supported"), "scattergl draws (needs 'unsafe-eval')");
        assertEquals("1000 largest orders", browser.text("#orders-count"));
        browser.screenshot(Path.of("target/e2e/dashboard.png"));
        assertEquals(List.of(), browser.errors);
    }

    @Test
    @Order(2)
    void browserSide_currencySearchAndStyle_sendNoRequest() throws Exception {
        int before = browser.callbackRequests().size();
        set("currency", "{value: 'EUR'}");
        browser.waitFor("document.querySelector('#kpi-revenue').textContent.startsWith('€')", 10_000);
        browser.waitFor(
                "document.querySelector('#orders-table td[data-dash-column=revenue]').textContent" + ".startsWith('€')",
                10_000);
        browser.type("#search", "north");
        browser.waitFor("document.querySelector('#orders-count').textContent.includes('match \"north\"')", 10_000);
        assertEquals("North", browser.text("#orders-table td[data-dash-column=region]"));
        set("marker-size", "{value: 8}");
        set("highlight", "{value: 'East'}");
        browser.waitFor("document.querySelector('#scatter .js-plotly-plot').data[0].marker.size === 8", 10_000);
        assertEquals(
                0.06,
                browser.eval("document.querySelector('#scatter .js-plotly-plot').data[0].marker.opacity")
                        .asDouble(),
                1e-9,
                "North dimmed while East is highlighted");
        assertEquals(
                0.5,
                browser.eval("document.querySelector('#scatter .js-plotly-plot').data[2].marker.opacity")
                        .asDouble(),
                1e-9);
        assertEquals(SalesData.ROWS, scatterPoints(), "a Patch restyles without resending the points");
        assertEquals(
                before,
                browser.callbackRequests().size(),
                browser.callbackRequests().toString());
        browser.screenshot(Path.of("target/e2e/dashboard-browser.png"));
        assertEquals(List.of(), browser.errors);
    }

    @Test
    @Order(3)
    void lassoSelection_isSummedInTheBrowser() throws Exception {
        int before = browser.callbackRequests().size();
        set(
                "scatter",
                "{selectedData: {points: [{curveNumber: 0, pointIndex: 1, x: 10, y: 1000.5},"
                        + " {curveNumber: 2, pointIndex: 7, x: 20, y: 2000}]}}");
        browser.waitFor("document.querySelector('#selection').textContent.startsWith('2 orders selected')", 10_000);
        assertEquals("2 orders selected: €2,760 revenue, €1,380.23 per order", browser.text("#selection"));
        assertEquals(before, browser.callbackRequests().size());
    }

    @Test
    @Order(4)
    void serverSide_filtersAggregateAllOrders() throws Exception {
        int before = browser.callbackRequests().size();
        set("region", "{value: ['North']}");
        browser.waitFor("document.querySelector('#kpi-orders').textContent !== '100,000'", 20_000);
        int north = Integer.parseInt(browser.text("#kpi-orders").replace(",", ""));
        assertTrue(north > 20_000 && north < 30_000, "about 26% of the orders: " + north);
        assertEquals(north, scatterPoints());
        assertTrue(browser.text("#kpi-revenue").startsWith("€"), "the browser still formats in the chosen currency");
        assertEquals(before + 1, browser.callbackRequests().size(), "one request: the filter");
        assertEquals(
                8,
                browser.eval("document.querySelector('#scatter .js-plotly-plot').data[0].marker.size")
                        .asInt(),
                "the server draws with the browser's chosen style");
        assertEquals(List.of(), browser.errors);
    }

    @Test
    @Order(5)
    void dateRange_narrowsTheOrdersOnTheServer() throws Exception {
        int north = Integer.parseInt(browser.text("#kpi-orders").replace(",", ""));
        set("dates", "{start_date: '2025-11-01', end_date: '2025-12-31'}");
        browser.waitFor(
                "document.querySelector('#kpi-orders').textContent !== '" + String.format("%,d", north) + "'", 20_000);
        int lastTwoMonths = Integer.parseInt(browser.text("#kpi-orders").replace(",", ""));
        assertTrue(lastTwoMonths > 0 && lastTwoMonths < north / 4, lastTwoMonths + " of " + north);
        assertEquals(lastTwoMonths, scatterPoints());
        assertTrue(
                browser.text("#orders-table td[data-dash-column=date]").startsWith("2025-1"),
                browser.text("#orders-table td[data-dash-column=date]"));
        assertEquals(List.of(), browser.errors);
    }
}
