package io.jdash.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jdash.api.Callback;
import io.jdash.api.Patch;
import io.jdash.api.PlainArrays;
import io.jdash.server.DashApp;
import io.jdash.server.Dcc;
import io.jdash.server.Html;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Figures as typed arrays in real headless Chromium with the real dash-renderer, dcc.Graph and plotly.js: a
 * 100,000-point scatter sent with typed arrays is drawn from exactly the values of the same figure sent as plain
 * JSON ({@code _fullData}, every point); a chart that a {@link Patch} appends to stays plain on its own (the app
 * declares the patch) or by {@link PlainArrays} (a page script patches it), and the patch works; the control, a
 * typed figure patched by a page script, shows why the opt-out exists: dash-renderer's Append replaces the typed
 * array with a list of the one appended value.
 */
class TypedFiguresEndToEndTest {
    static final int POINTS = 100_000;

    /** The app's callbacks. */
    public static final class Callbacks {
        private Callbacks() {}

        static Map<String, Object> figure(int points, long seed) {
            Random random = new Random(seed);
            double[] x = new double[points];
            double[] y = new double[points];
            int[] size = new int[points];
            for (int i = 0; i < points; i++) {
                x[i] = random.nextGaussian();
                y[i] = random.nextGaussian() * 1e3;
                size[i] = 3 + random.nextInt(18);
            }
            if (points > 4) {
                y[1] = Double.NaN; // a gap: null in plain JSON, NaN in a typed array; plotly skips both
                y[2] = -0.0;
                y[3] = Double.MIN_VALUE;
            }
            Map<String, Object> trace = new LinkedHashMap<>();
            trace.put("type", "scattergl");
            trace.put("mode", "markers");
            trace.put("x", x);
            trace.put("y", y);
            trace.put("marker", Map.of("size", size));
            return Map.of("data", List.of(trace), "layout", Map.of("title", Map.of("text", points + " points")));
        }

        @Callback(outputs = "typed.figure", inputs = "go.n_clicks")
        public static Map<String, Object> typed(Integer clicks) {
            return figure(POINTS, 7);
        }

        @PlainArrays
        @Callback(outputs = "plain.figure", inputs = "go.n_clicks")
        public static Map<String, Object> plain(Integer clicks) {
            return figure(POINTS, 7);
        }

        static Map<String, Object> heatmap() {
            Random random = new Random(11);
            double[][] z = new double[40][250];
            for (double[] row : z) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = random.nextGaussian();
                }
            }
            return Map.of("data", List.of(Map.of("type", "heatmap", "z", z)));
        }

        @Callback(outputs = "heat-typed.figure", inputs = "go.n_clicks")
        public static Map<String, Object> heatTyped(Integer clicks) {
            return heatmap();
        }

        @PlainArrays
        @Callback(outputs = "heat-plain.figure", inputs = "go.n_clicks")
        public static Map<String, Object> heatPlain(Integer clicks) {
            return heatmap();
        }

        /** Kept plain with no annotation: {@link #appendLive} declares a Patch of the same figure. */
        @Callback(outputs = "live.figure", inputs = "go.n_clicks")
        public static Map<String, Object> live(Integer clicks) {
            return figure(1000, 8);
        }

        @Callback(outputs = "live.figure@allow_duplicate", inputs = "append.n_clicks", preventInitialCall = true)
        public static Patch appendLive(Integer clicks) {
            return append(clicks);
        }

        /** Kept plain by the annotation: this chart is patched by a page script, which jdash cannot see. */
        @PlainArrays
        @Callback(outputs = "opted.figure", inputs = "go.n_clicks")
        public static Map<String, Object> opted(Integer clicks) {
            return figure(1000, 9);
        }

        /** The control: typed, and patched by a page script. */
        @Callback(outputs = "control.figure", inputs = "go.n_clicks")
        public static Map<String, Object> control(Integer clicks) {
            return figure(1000, 10);
        }

        private static Patch append(Integer clicks) {
            int n = clicks == null ? 0 : clicks;
            return Patch.create()
                    .append(List.of("data", 0, "x"), 100.0 + n)
                    .append(List.of("data", 0, "y"), 0.5 + n)
                    .append(List.of("data", 0, "marker", "size"), 12);
        }
    }

    private static String plot(String id) {
        return "document.querySelector('#" + id + " .js-plotly-plot')";
    }

    @Test
    void typedFigure_drawsThePointsOfThePlainOne_andPatchesWorkWhereOptedOut() throws Exception {
        DashApp app = DashApp.builder()
                .title("Typed figures")
                .layout(Html.div(
                        Html.button("go").id("go"),
                        Html.button("append").id("append"),
                        Dcc.graph().id("typed"),
                        Dcc.graph().id("plain"),
                        Dcc.graph().id("live"),
                        Dcc.graph().id("opted"),
                        Dcc.graph().id("control"),
                        Dcc.graph().id("heat-typed"),
                        Dcc.graph().id("heat-plain")))
                .callbacks(Callbacks.class)
                .build();
        String drawn =
                "['typed', 'plain', 'live', 'opted', 'control', 'heat-typed', 'heat-plain'].every(id => { const g ="
                        + " document.querySelector('#' + id + ' .js-plotly-plot');"
                        + " return g && g._fullData && g._fullData.length === 1"
                        + " && (g._fullData[0]._length > 0 || g._fullData[0].type === 'heatmap' && g.calcdata); })";
        try (AppUnderTest under = AppUnderTest.open(app, drawn, 120_000, Browser.SOFTWARE_WEBGL)) {
            Browser browser = under.browser();
            // what the renderer holds: a typed array for the typed chart, plain arrays for the others
            assertEquals(
                    "f8 u1",
                    browser.eval(plot("typed") + ".data[0].y.dtype + ' ' + " + plot("typed")
                                    + ".data[0].marker.size.dtype")
                            .asText());
            for (String id : List.of("plain", "live", "opted")) {
                assertTrue(
                        browser.eval("Array.isArray(" + plot(id) + ".data[0].y)")
                                .asBoolean(),
                        id);
            }
            assertEquals(
                    "f8", browser.eval(plot("control") + ".data[0].y.dtype").asText());
            // every point plotly drew: x, y and marker sizes, compared value by value (NaN, -0 included)
            JsonNode compared = browser.eval("(() => { const t = " + plot("typed") + "._fullData[0], p = "
                    + plot("plain") + "._fullData[0]; let differ = 0, n = 0;"
                    + " for (const k of ['x', 'y']) for (let i = 0; i < p[k].length; i++, n++)"
                    + "   if (!Object.is(+t[k][i], p[k][i] === null ? NaN : +p[k][i])) differ++;"
                    + " const ts = t.marker.size, ps = p.marker.size;"
                    + " for (let i = 0; i < ps.length; i++, n++) if (ts[i] !== ps[i]) differ++;"
                    + " return {n, differ, typedLength: t._length, plainLength: p._length,"
                    + "   typedX: ArrayBuffer.isView(t.x), y1: [String(t.y[1]), String(p.y[1])],"
                    + "   y2: [Object.is(t.y[2], -0), Object.is(p.y[2], -0)], y3: [t.y[3], p.y[3]]}; })()");
            assertEquals(3 * POINTS, compared.get("n").asInt(), compared.toString());
            assertEquals(0, compared.get("differ").asInt(), compared.toString());
            assertEquals(POINTS, compared.get("typedLength").asInt());
            assertEquals(POINTS, compared.get("plainLength").asInt());
            assertTrue(compared.get("typedX").asBoolean(), "plotly decoded the typed array: " + compared);
            assertEquals("[true,true]", compared.get("y2").toString(), "-0.0 survives both ways");
            assertEquals(compared.get("y3").get(0), compared.get("y3").get(1), "a subnormal survives both ways");
            // a matrix: one typed array with a shape, decoded by plotly into the rows of the plain one
            assertEquals(
                    "40,250",
                    browser.eval(plot("heat-typed") + ".data[0].z.shape").asText());
            JsonNode heat = browser.eval("(() => { const t = " + plot("heat-typed") + "._fullData[0].z, p = "
                    + plot("heat-plain") + "._fullData[0].z; let differ = 0, n = 0;"
                    + " for (let r = 0; r < p.length; r++) for (let c = 0; c < p[r].length; c++, n++)"
                    + "   if (!Object.is(t[r][c], p[r][c])) differ++;"
                    + " return {n, differ, rows: t.length}; })()");
            assertEquals("{\"n\":10000,\"differ\":0,\"rows\":40}", heat.toString());
            long typedBytes = responseBytes(browser, "typed");
            long plainBytes = responseBytes(browser, "plain");
            assertTrue(typedBytes < plainBytes * 0.8, typedBytes + " vs " + plainBytes);

            browser.click("#append");
            for (String id : List.of("opted", "control")) {
                browser.eval(
                        "window.dash_clientside.set_props('" + id + "', {figure: new window.dash_clientside.Patch()"
                                + ".append(['data', 0, 'x'], 101).append(['data', 0, 'y'], 1.5)"
                                + ".append(['data', 0, 'marker', 'size'], 12).build()})");
            }
            browser.waitFor(
                    plot("live") + "._fullData[0]._length === 1001 && "
                            + plot("opted") + "._fullData[0]._length === 1001 && "
                            + plot("control") + "._fullData[0]._length !== 1000",
                    30_000);
            for (String id : List.of("live", "opted")) {
                JsonNode last = browser.eval("(() => { const t = " + plot(id) + "._fullData[0];"
                        + " return [t.x[1000], t.y[1000], t.marker.size[1000]]; })()");
                assertEquals("[101,1.5,12]", last.toString().replace("101.0,", "101,"), id);
            }
            // the control: dash-renderer appended to the JSON it holds, and a typed array is no list to it
            assertEquals(
                    1, browser.eval(plot("control") + "._fullData[0]._length").asInt());
            assertEquals(List.of(), browser.errors);
            browser.screenshotFullPage(java.nio.file.Path.of("target/e2e/typed-figures.png"));
        }
    }

    /** The size of the callback answer for {@code id}'s figure, from the page's own resource timing. */
    private static long responseBytes(Browser browser, String id) throws Exception {
        return browser.eval("fetch('_dash-update-component', {method: 'POST', headers: {'Content-Type':"
                        + " 'application/json'}, body: JSON.stringify({output: '" + id + ".figure', outputs: {id: '"
                        + id + "', property: 'figure'}, inputs: [{id: 'go', property: 'n_clicks', value: 1}],"
                        + " changedPropIds: ['go.n_clicks']})}).then(r => r.text()).then(t => t.length)")
                .asLong();
    }
}
