package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jdash.frontend.FrontendPackages;
import io.jdash.server.components.DashPropTypes;
import io.jdash.server.components.DashPropTypes.Node;
import io.jdash.server.components.DashPropTypes.Result;
import io.jdash.server.components.GenericComponent;
import io.jdash.server.components.SampleValues;
import io.jdash.server.components.TypedComponent;
import io.jdash.server.components.dcc.GraphConfig;
import io.jdash.server.components.table.Column;
import io.jdash.server.components.table.DataStyle;
import io.jdash.server.components.table.DataTable;
import io.jdash.server.components.table.SortBy;
import io.jdash.server.values.ValueMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout builders against the real Dash component bundles (jdash-frontend): they cover every component, and
 * every typed setter sets a prop the component really has, with a value its propTypes accept.
 */
class ComponentBuildersTest {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    /** The entry points' untyped escape hatches, tested on their own. */
    private static final Set<String> GENERIC_FACTORIES = Set.of("element", "component");
    /** Setter arguments the type alone cannot describe: a figure is a map with exactly these keys. */
    private static final Map<String, Object[]> ARGUMENTS = Map.of("Graph.figure(java.util.Map)", new Object[] {
        Map.of("data", List.of(Map.of("type", "bar")), "layout", Map.of("title", Map.of("text", "x")))
    });

    private static Result library;

    @BeforeAll
    static void readTheLibrary() throws Exception {
        library = DashPropTypes.check(List.of());
    }

    @Test
    void html_hasABuilderForEveryElement() {
        Set<String> exported = library.types(Html.NAMESPACE);
        assertEquals(
                125,
                exported.size(),
                "dash-html-components " + FrontendPackages.DASH_HTML_COMPONENTS + " exports 125 elements");
        assertEquals(exported, typesBuiltBy(Html.class));
        assertEquals(exported, new TreeSet<>(Html.ELEMENTS));
    }

    @Test
    void dcc_hasABuilderForEveryComponent() {
        assertEquals(library.types(Dcc.NAMESPACE), typesBuiltBy(Dcc.class));
    }

    @Test
    void dashTable_buildsTheDataTable() {
        assertEquals(library.types(DashTable.NAMESPACE), typesBuiltBy(DashTable.class));
    }

    @Test
    void element_namesElementsAsDashDoes() {
        assertEquals("Section", Html.element("section").getType());
        assertEquals("MapEl", Html.element("map").getType());
        assertEquals("ObjectEl", Html.element("OBJECT").getType());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Html.element("sectoin"));
        assertTrue(e.getMessage().contains("no element 'sectoin'"), e.getMessage());
    }

    /**
     * Every public setter of every builder, called with every sample of its parameters: it sets at least one prop,
     * only props the component has, with values its propTypes accept, serialized the same on page load (Jackson)
     * and in a callback's answer (the value mapping).
     */
    @Test
    void everyTypedSetter_setsARealPropWithAValueItsPropTypesAccept() throws Exception {
        List<Node> nodes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int setters = 0;
        for (Map.Entry<String, Supplier<Component>> builder : builders().entrySet()) {
            Component probe = builder.getValue().get();
            for (Method setter : setters(probe.getClass())) {
                setters++;
                String name = probe.getClass().getSimpleName() + "." + setter.getName() + "("
                        + String.join(
                                ",",
                                Arrays.stream(setter.getParameterTypes())
                                        .map(Class::getName)
                                        .toList())
                        + ")";
                List<Object[]> argumentLists = ARGUMENTS.containsKey(name)
                        ? List.<Object[]>of(ARGUMENTS.get(name))
                        : SampleValues.argumentLists(setter);
                for (Object[] args : argumentLists) {
                    Component c = builder.getValue().get();
                    Map<String, Object> made = new LinkedHashMap<>(c.getProps());
                    c.getProps().clear();
                    SampleValues.invoke(setter, c, args);
                    String label = builder.getKey() + " " + name + " " + Arrays.deepToString(args);
                    if (c.getProps().isEmpty()) {
                        problems.add(label + " set no prop");
                    }
                    made.forEach(c.getProps()::putIfAbsent); // keeps required props such as an id
                    if (!JSON.valueToTree(c).equals(ValueMapper.toJson(c, Set.of()))) {
                        problems.add(label + " serializes differently in a callback: " + JSON.valueToTree(c) + " vs "
                                + ValueMapper.toJson(c, Set.of()));
                    }
                    nodes.add(new Node(label, c));
                }
            }
        }
        problems.addAll(DashPropTypes.check(nodes).problems());
        assertEquals(List.of(), problems, "checked " + setters + " setters with " + nodes.size() + " samples");
        assertTrue(setters > 600, "the reflection found the setters: " + setters);
    }

    /** The check above fails for a prop the component lacks, a value of the wrong type or an unknown key. */
    @Test
    void propTypesCheck_findsTyposAndWrongValues() throws Exception {
        List<String> problems = DashPropTypes.check(List.of(
                        new Node("typo", Dcc.dropdown().id("d").prop("multii", true)),
                        new Node("type", Dcc.slider(0, 10, 5).id("s").prop("value", "high")),
                        new Node(
                                "key",
                                DashTable.dataTable()
                                        .id("t")
                                        .prop("columns", List.of(Map.of("id", "a", "name", "A", "width", 3)))),
                        new Node("required", new Component("Store", Dcc.NAMESPACE)),
                        new Node("nested", Html.div(Html.span("x").prop("n_clicks", "1")))))
                .problems();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("unknown prop multii"), problems.get(0));
        assertTrue(problems.get(1).contains("Invalid prop `value`"), problems.get(1));
        assertTrue(problems.get(2).contains("key `width`"), problems.get(2));
        assertTrue(problems.get(3).contains("`id` is marked as required"), problems.get(3));
        assertTrue(problems.get(4).contains("Span: Invalid prop `n_clicks`"), problems.get(4));
    }

    @Test
    void typedSetters_writeTheJsonDashExpects() throws Exception {
        Component dropdown = Dcc.dropdown(
                        Dcc.option("France", "FR"), Dcc.option("Italy", "IT").disabled(true))
                .id("country")
                .value("FR")
                .multi(false)
                .clearable(true);
        assertEquals(
                JSON.readTree(
                        """
                {"type": "Dropdown", "namespace": "dash_core_components", "props": {
                  "options": [{"label": "France", "value": "FR"}, {"label": "Italy", "value": "IT", "disabled": true}],
                  "id": "country", "value": "FR", "multi": false, "clearable": true}}"""),
                JSON.valueToTree(dropdown));
        DataTable table = DashTable.dataTable(
                        List.of(DashTable.column("pop", "Population")
                                .type(Column.Type.NUMERIC)
                                .format(",.0f")),
                        List.of(Map.of("pop", 2_100_000)))
                .rowSelectable(DataTable.Selection.NONE)
                .sortBy(SortBy.desc("pop"))
                .styleDataConditional(
                        new DataStyle().rowIndex(DataStyle.Parity.ODD).style(Map.of("backgroundColor", "#eee")));
        assertEquals(
                JSON.readTree(
                        """
                {"columns": [{"id": "pop", "name": "Population", "type": "numeric", "format": {"specifier": ",.0f"}}],
                 "data": [{"pop": 2100000}], "row_selectable": false,
                 "sort_by": [{"column_id": "pop", "direction": "desc"}],
                 "style_data_conditional": [{"if": {"row_index": "odd"}, "backgroundColor": "#eee"}]}"""),
                JSON.valueToTree(table.getProps()));
        assertEquals(
                Map.of("displayModeBar", false),
                Dcc.graph()
                        .config(new GraphConfig().displayModeBar(false))
                        .getProps()
                        .get("config"));
        assertEquals(
                Map.of("1", "one", "2.5", "two and a half"),
                Dcc.slider(0, 5, 1)
                        .marks(new LinkedHashMap<>(Map.of(1.0, "one", 2.5, "two and a half")))
                        .getProps()
                        .get("marks"));
    }

    @Test
    void genericComponents_takeAnyProp() {
        GenericComponent clip =
                Dcc.component("Clipboard").id("c").prop("target_id", "text").children("copy");
        assertEquals(Map.of("id", "c", "target_id", "text", "children", "copy"), clip.getProps());
        Component any = new Component("Thing", "my_library").id("t").prop("size", 3);
        assertEquals("my_library", JSON.valueToTree(any).get("namespace").asText());
    }

    /** The component types the public factories of {@code entryPoint} build. */
    private static Set<String> typesBuiltBy(Class<?> entryPoint) {
        Set<String> types = new TreeSet<>();
        builders().forEach((name, builder) -> {
            if (name.startsWith(entryPoint.getSimpleName() + ".")) {
                types.add(builder.get().getType());
            }
        });
        return types;
    }

    /** Every typed factory of the entry points, by name, making a fresh component with an id on each call. */
    private static Map<String, Supplier<Component>> builders() {
        Map<String, Supplier<Component>> builders = new LinkedHashMap<>();
        for (Class<?> entryPoint : List.of(Html.class, Dcc.class, DashTable.class)) {
            for (Method factory : SampleValues.sorted(entryPoint.getMethods())) {
                if (Modifier.isStatic(factory.getModifiers())
                        && Component.class.isAssignableFrom(factory.getReturnType())
                        && !GENERIC_FACTORIES.contains(factory.getName())) {
                    Object[] args = SampleValues.argumentLists(factory).get(0);
                    builders.putIfAbsent(entryPoint.getSimpleName() + "." + factory.getName(), () -> {
                        Component c = (Component) SampleValues.invoke(factory, null, args);
                        return c.id("probe");
                    });
                }
            }
        }
        return builders;
    }

    /** The typed setters of a builder: its public instance methods from the builder classes and mixins. */
    private static List<Method> setters(Class<?> builder) {
        return SampleValues.sorted(builder.getMethods()).stream()
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0)
                .filter(m -> m.getDeclaringClass().getPackageName().startsWith("io.jdash.server.components")
                        || m.getDeclaringClass() == TypedComponent.class)
                .filter(m -> !m.getName().equals("prop"))
                .toList();
    }
}
