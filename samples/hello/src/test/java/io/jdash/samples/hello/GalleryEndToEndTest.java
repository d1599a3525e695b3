package io.jdash.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.server.Component;
import io.jdash.server.DashApp;
import io.jdash.server.DashServer;
import io.jdash.server.DashTable;
import io.jdash.server.Dcc;
import io.jdash.server.Html;
import io.jdash.server.components.StorageType;
import io.jdash.server.components.dcc.Button;
import io.jdash.server.components.dcc.DatePickerComponent;
import io.jdash.server.components.dcc.DatePickerRange;
import io.jdash.server.components.dcc.Dropdown;
import io.jdash.server.components.dcc.GraphConfig;
import io.jdash.server.components.dcc.Input;
import io.jdash.server.components.dcc.Loading;
import io.jdash.server.components.dcc.Markdown;
import io.jdash.server.components.dcc.Option;
import io.jdash.server.components.dcc.SliderComponent;
import io.jdash.server.components.dcc.SliderTooltip;
import io.jdash.server.components.dcc.Tooltip;
import io.jdash.server.components.table.CellStyle;
import io.jdash.server.components.table.Column;
import io.jdash.server.components.table.DataStyle;
import io.jdash.server.components.table.DataTable;
import io.jdash.server.components.table.HeaderStyle;
import io.jdash.server.components.table.SortBy;
import io.jdash.testing.Browser;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A gallery of every typed layout builder, served with Dash's dev tools on (debug) to real headless Chromium: the
 * page renders every component without a console error or a Dash error, and the components show their props.
 */
class GalleryEndToEndTest {
    private static final String PIXEL =
            "data:image/gif;base64," + "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==";
    /** The errors dash-renderer's dev tools hold (and show in their overlay), as JSON. */
    private static final ThrowingFunction DASH_ERRORS = b -> b.eval("JSON.stringify(window.store.getState().error,"
                    + " (key, value) => value instanceof Error ? value.message : value)")
            .asText();

    @AutoClose
    static DashServer server;

    @AutoClose
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = DashServer.start(
                DashApp.builder()
                        .title("gallery")
                        .layout(GalleryEndToEndTest::gallery)
                        .debug(true)
                        .build(),
                0);
        browser = Browser.launch();
        browser.navigate(server.url());
        browser.waitFor(
                "document.querySelector('#graph .main-svg') && document.querySelector('#table td')"
                        + " && document.querySelector('#md h2')",
                60_000);
        Thread.sleep(1000); // lets late errors (async chunks, effects) surface
    }

    /**
     * React's development build (Dash's debug mode) warns about code inside the pinned dcc's own bundles: its
     * Markdown updates state from render, and its icons use {@code defaultProps} on function components. These are
     * warnings of the component library, whatever the back end; any other console error fails the test.
     */
    private static boolean isDccDevWarning(String error) {
        return (error.contains("Can't perform a React state update on a component that hasn't mounted yet")
                        || error.contains("Support for defaultProps will be removed from function components"))
                && error.matches("(?s).*\\\\n    at \\w+ \\(http://[^)]*/_dash-component-suites/dash/dcc/.*");
    }

    @Test
    void gallery_rendersWithoutAnyError() throws Exception {
        browser.screenshot(Path.of("target/e2e/gallery.png"));
        assertEquals(
                List.of(),
                browser.errors.stream().filter(e -> !isDccDevWarning(e)).toList());
        assertEquals("{\"frontEnd\":[],\"backEnd\":[],\"backEndConnected\":true}", DASH_ERRORS.apply(browser));
    }

    /**
     * The checks above see Dash's errors: with debug on, dash-renderer's prop-type check stops a slider given a text
     * value before it renders, and both checks report it.
     */
    @Test
    void errorChecks_seeADashError() throws Exception {
        try (DashServer broken = DashServer.start(
                        DashApp.builder()
                                .layout(Html.div(
                                        Dcc.slider(0, 10, 5).id("broken").prop("value", "high")))
                                .debug(true)
                                .build(),
                        0);
                Browser b = Browser.launch()) {
            b.navigate(broken.url());
            b.waitFor("window.store && window.store.getState().error.frontEnd.length > 0", 30_000);
            assertTrue(DASH_ERRORS.apply(b).contains("\"myID\":\"broken\""), DASH_ERRORS.apply(b));
            assertTrue(
                    b.errors.stream()
                            .anyMatch(e -> e.contains(
                                    "Invalid argument `value` passed into Slider with" + " ID \\\"broken\\\"")),
                    b.errors.toString());
        }
    }

    @Test
    void dccComponents_showTheirProps() throws Exception {
        assertTrue(text("#country").contains("France"), text("#country"));
        assertEquals(
                "Ada", browser.eval("document.querySelector('#name').value").asText());
        assertEquals("Markdown", text("#md h2"));
        assertTrue(
                text("#tabs-parent").contains("One") && text("#tabs-parent").contains("first"), text("#tabs-parent"));
        assertTrue(browser.eval("document.querySelector('#check input[value=\"a\"]').checked")
                .asBoolean());
        assertTrue(browser.eval("document.querySelector('#radio input[value=\"y\"]').checked")
                .asBoolean());
        assertTrue(browser.eval("document.querySelectorAll('#graph .bars path').length")
                        .asInt()
                >= 2);
        assertEquals(
                "2024-05-01",
                browser.eval("document.querySelector('#dates').value").asText());
        assertEquals(
                "2024-05-15",
                browser.eval("document.querySelector('#date').value").asText());
        String slider = browser.eval("(document.querySelector('#slider') || {}).outerHTML || 'none'")
                .asText();
        assertTrue(slider.contains("aria-valuenow=\"4\""), slider);
    }

    @Test
    void dataTable_pagesSortsAndStyles() throws Exception {
        // sorted by population, descending, two rows a page
        assertEquals("Berlin", text("#table td[data-dash-column=\"city\"]"));
        assertEquals(
                2,
                browser.eval("document.querySelectorAll('#table tbody td[data-dash-column=\"city\"]')" + ".length")
                        .asInt());
        assertEquals("3,600,000", text("#table td[data-dash-column=\"pop\"]"));
        assertEquals("italic", style(cell("pop", "3,600,000"), "fontStyle"));
        assertEquals("normal", style(cell("city", "Berlin"), "fontStyle"));
        assertEquals("rgb(248, 248, 248)", style(cell("city", "Rome"), "backgroundColor"), "odd rows are striped");
        assertEquals("rgb(255, 255, 255)", style(cell("city", "Berlin"), "backgroundColor"));
    }

    @Test
    void htmlElements_carryTheirAttributes() throws Exception {
        assertTrue(browser.eval("document.querySelector('#docs-link').href")
                .asText()
                .endsWith("#docs"));
        assertEquals(
                "7",
                browser.eval("String(document.querySelector('#meter').value)").asText());
        assertEquals(
                "2",
                browser.eval("document.querySelector('#cell').getAttribute('colspan')")
                        .asText());
        assertTrue(browser.eval("document.querySelector('#details').open").asBoolean());
        assertEquals("pixel", browser.eval("document.querySelector('#img').alt").asText());
        assertEquals(
                "Total",
                browser.eval("document.querySelector('#cell').dataset.label").asText());
        assertEquals(
                "Close",
                browser.eval("document.querySelector('#docs-link').getAttribute('aria-label')")
                        .asText());
    }

    /** A function that may throw, for the browser calls. */
    private interface ThrowingFunction {
        String apply(Browser b) throws Exception;
    }

    private static String text(String selector) throws Exception {
        return browser.eval("(document.querySelector(" + quote(selector) + ") || {}).textContent || ''")
                .asText();
    }

    /** The data cell of {@code column} showing {@code text}, as a JS expression. */
    private static String cell(String column, String text) {
        return "[...document.querySelectorAll('#table td[data-dash-column=\"" + column + "\"]')].find(td =>"
                + " td.textContent === " + quote(text) + ")";
    }

    private static String style(String element, String property) throws Exception {
        return browser.eval("getComputedStyle(" + element + ")." + property).asText();
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Every typed builder, with props a real page would set. */
    static Component gallery() {
        return Html.div(Html.h1("Gallery"), htmlElements(), formsAndMedia(), dccInputs(), dccDisplay(), table())
                .style(Map.of("fontFamily", "system-ui, sans-serif", "margin", "16px"));
    }

    private static Component htmlElements() {
        return Html.section(
                Html.a("Docs")
                        .id("docs-link")
                        .href("#docs")
                        .target("_self")
                        .rel("noopener")
                        .hrefLang("en")
                        .aria("label", "Close")
                        .title("documentation"),
                Html.img().id("img").src(PIXEL).alt("pixel").width(1).height(1).useMap("#map"),
                Html.mapEl(Html.area()
                                .alt("area")
                                .coords("0,0,1,1")
                                .shape("rect")
                                .href("#area"))
                        .name("map"),
                Html.blockquote("To be.").cite("https://example.org/hamlet"),
                Html.p(
                        Html.q("or not").cite("https://example.org/hamlet"),
                        " ",
                        Html.del("old").dateTime("2024-01-01"),
                        " ",
                        Html.ins("new").cite("https://example.org/log"),
                        " ",
                        Html.time("1 May").dateTime("2024-05-01")),
                Html.data("forty-two").value("42"),
                Html.ol(Html.li("first").value(3), Html.li("second"))
                        .start(3)
                        .reversed(false)
                        .type("1"),
                Html.details(Html.summary("More"), "Hidden text").id("details").open(true),
                Html.dialog("A dialog").open(false),
                Html.meter().id("meter").min(0).max(10).value(7).low(2).high(8).optimum(5),
                Html.progress().max(100).value(40),
                Html.marquee("news").loop(true),
                Html.meta().name("description").content("gallery"),
                Html.link().rel("help").hrefLang("en"),
                Html.base(),
                Html.script("{\"gallery\": true}").type("application/json"),
                Html.table(
                        Html.colgroup(Html.col().span(1), Html.col().span(1)).span(2),
                        Html.thead(Html.tr(
                                Html.th("City").scope("col"), Html.th("Pop").scope("col"))),
                        Html.tbody(Html.tr(Html.td("Paris", " ", "2.1M")
                                .id("cell")
                                .colSpan(2)
                                .rowSpan(1)
                                .data("label", "Total")))),
                Html.canvas().width(20).height(10).draggable(false).tabIndex(0));
    }

    private static Component formsAndMedia() {
        return Html.form(
                        Html.fieldset(
                                        Html.legend("Form"),
                                        Html.label("Kind").htmlFor("kind"),
                                        Html.select(Html.optgroup(
                                                                Html.option("Apple")
                                                                        .value("apple"),
                                                                Html.option("Pear")
                                                                        .value("pear")
                                                                        .disabled(true))
                                                        .label("Fruit"))
                                                .id("kind")
                                                .name("kind")
                                                .size(1)
                                                .required(true),
                                        Html.textarea()
                                                .rows(2)
                                                .cols(20)
                                                .placeholder("notes")
                                                .maxLength(200),
                                        Html.output("0").htmlFor("kind").name("result"),
                                        Html.button("Send")
                                                .type("button")
                                                .name("send")
                                                .value("yes")
                                                .formNoValidate(true))
                                .name("fields")
                                .disabled(false),
                        Html.iframe()
                                .srcDoc("<p>frame</p>")
                                .width(120)
                                .height(40)
                                .sandbox(""),
                        Html.embed().type("image/gif").width(1).height(1),
                        Html.objectEl().type("image/gif").width(1).height(1),
                        Html.param().name("p").value("v"),
                        Html.picture(
                                Html.source().srcSet(PIXEL).type("image/gif").media("(min-width: 1px)"),
                                Html.img().src(PIXEL).alt("picture")),
                        Html.audio().controls(true).preload("none"),
                        Html.video(Html.track()
                                        .kind("captions")
                                        .srcLang("en")
                                        .label("English")
                                        .defaultTrack(true))
                                .controls(true)
                                .muted(true)
                                .playsInline(true)
                                .preload("none")
                                .width(40)
                                .height(20))
                .action("#")
                .method("get")
                .noValidate(true);
    }

    private static Component dccInputs() {
        return Html.section(
                Dcc.dropdown(
                                Dcc.option("France", "FR"),
                                Dcc.option("Italy", "IT"),
                                Option.of("Spain", "ES").disabled(true).title("sold out"))
                        .id("country")
                        .value("FR")
                        .multi(false)
                        .clearable(true)
                        .searchable(true)
                        .searchOrder(Dropdown.SearchOrder.ORIGINAL)
                        .placeholder("Country")
                        .persistence(true)
                        .persistenceType(StorageType.SESSION)
                        .style(Map.of("width", "240px")),
                Dcc.input()
                        .id("name")
                        .type(Input.Type.TEXT)
                        .value("Ada")
                        .debounce(true)
                        .placeholder("Name")
                        .inputMode(Input.Mode.LATIN_NAME)
                        .maxLength(40),
                Dcc.input()
                        .id("age")
                        .type(Input.Type.NUMBER)
                        .value(36)
                        .min(0)
                        .max(150)
                        .step(1),
                Dcc.slider(0, 10, 4)
                        .id("slider")
                        .step(1)
                        .marks(Map.of(0, "0", 10, "10"))
                        .tooltip(new SliderTooltip().alwaysVisible(true).placement(SliderTooltip.Placement.BOTTOM))
                        .updatemode(SliderComponent.UpdateMode.DRAG),
                Dcc.rangeSlider(0, 100, 20, 80).id("range").step(5).pushable(10).allowCross(false),
                Dcc.checklist(Dcc.option("A", "a"), Dcc.option("B", "b"))
                        .id("check")
                        .value("a")
                        .inline(true),
                Dcc.radioItems(Dcc.option("X", "x"), Dcc.option("Y", "y"))
                        .id("radio")
                        .value("y")
                        .inline(true),
                Dcc.datePickerRange()
                        .id("dates")
                        .startDate(LocalDate.of(2024, 5, 1))
                        .endDate(LocalDate.of(2024, 5, 31))
                        .minDateAllowed(LocalDate.of(2024, 1, 1))
                        .displayFormat("YYYY-MM-DD")
                        .firstDayOfWeek(DayOfWeek.MONDAY)
                        .updatemode(DatePickerRange.UpdateMode.BOTHDATES)
                        .calendarOrientation(DatePickerComponent.Orientation.HORIZONTAL),
                Dcc.datePickerSingle()
                        .id("date")
                        .date(LocalDate.of(2024, 5, 15))
                        .clearable(true)
                        .displayFormat("YYYY-MM-DD"),
                Dcc.textarea().id("textarea").value("notes").rows(3),
                Dcc.upload(Html.div("Drop files here"))
                        .id("upload")
                        .accept(".csv")
                        .multiple(true)
                        .maxSize(1_000_000)
                        .style(Map.of("border", "1px dashed #999")),
                Dcc.button("Go").id("dcc-btn").type(Button.Type.BUTTON),
                Dcc.confirmDialogProvider("Sure?", Html.button("Delete")).id("confirm-provider"),
                Dcc.confirmDialog("Really?").id("confirm").displayed(false));
    }

    private static Component dccDisplay() {
        return Html.section(
                Dcc.graph()
                        .id("graph")
                        .figure(
                                List.of(Map.of("type", "bar", "x", List.of("a", "b"), "y", List.of(1, 2))),
                                Map.of("title", Map.of("text", "Bars")))
                        .config(new GraphConfig().displayModeBar(false).responsive(true))
                        .style(Map.of("height", "300px")),
                Dcc.tabs(
                                Dcc.tab("One", Html.p("first")).value("one"),
                                Dcc.tab("Two", Html.p("second")).value("two").disabled(true))
                        .id("tabs")
                        .value("one")
                        .colors("#ccc", "#36c", "#f4f4f4"),
                Dcc.markdown("## Markdown\n\n*emphasis* and `code`")
                        .id("md")
                        .linkTarget("_blank")
                        .highlightTheme(Markdown.Theme.LIGHT),
                Dcc.loading(Html.div("loaded").id("loaded"))
                        .id("loading")
                        .type(Loading.Type.CIRCLE)
                        .delayShow(100),
                Dcc.store(Map.of("k", 1)).id("store").storageType(StorageType.MEMORY),
                Dcc.interval(60_000).id("tick").maxIntervals(1),
                Dcc.clipboard().id("clip").targetId("md").title("Copy"),
                Dcc.location().id("url"),
                Dcc.link("#gallery", "Gallery").id("link").title("gallery"),
                Dcc.download().id("download"),
                Dcc.geolocation().id("geo").highAccuracy(false),
                Dcc.tooltip(Html.span("tip"))
                        .id("tooltip")
                        .show(false)
                        .bbox(0, 0, 10, 10)
                        .direction(Tooltip.Direction.TOP));
    }

    private static Component table() {
        List<Map<String, ?>> rows = List.of(
                Map.of("city", "Paris", "pop", 2_100_000),
                Map.of("city", "Berlin", "pop", 3_600_000),
                Map.of("city", "Rome", "pop", 2_800_000));
        return DashTable.dataTable(
                        List.of(
                                DashTable.column("city", "City"),
                                Column.of("pop", "Population")
                                        .type(Column.Type.NUMERIC)
                                        .format(",.0f")),
                        rows)
                .id("table")
                .pageSize(2)
                .pageAction(DataTable.Action.NATIVE)
                .sortAction(DataTable.Action.NATIVE)
                .sortMode(DataTable.SortMode.MULTI)
                .sortBy(SortBy.desc("pop"))
                .filterAction(DataTable.Action.NATIVE)
                .rowSelectable(DataTable.Selection.MULTI)
                .selectedRows(0)
                .styleCell(Map.of("padding", "4px"))
                .styleHeader(Map.of("fontWeight", "bold"))
                .styleCellConditional(new CellStyle().column("pop").style(Map.of("fontStyle", "italic")))
                .styleDataConditional(
                        new DataStyle().rowIndex(DataStyle.Parity.ODD).style(Map.of("backgroundColor", "#f8f8f8")))
                .styleHeaderConditional(new HeaderStyle().column("city").style(Map.of("color", "#333")))
                .tooltipHeader(Map.of("pop", "Inhabitants"))
                .exportFormat(DataTable.ExportFormat.CSV);
    }
}
