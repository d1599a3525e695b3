package io.jdash.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.server.components.dcc.Input;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pattern-matching ids on layout nodes: sorted keys as Dash expects, and Dash's rule on their values. */
class PatternIdTest {
    @Test
    void idIsWrittenWithSortedKeysAndKeepsTheBuildersType() throws Exception {
        Input input = Dcc.input().id(Map.of("type", "filter", "index", 2)).placeholder("min");
        assertEquals(
                "{\"type\":\"Input\",\"namespace\":\"dash_core_components\",\"props\":{\"id\":{\"index\":2,"
                        + "\"type\":\"filter\"},\"placeholder\":\"min\"}}",
                new ObjectMapper().writeValueAsString(input));
        assertEquals(
                "{\"index\":true,\"type\":\"x\"}",
                new ObjectMapper()
                        .writeValueAsString(new Component("Div", Html.NAMESPACE)
                                .id(Map.of("type", "x", "index", true))
                                .getProps()
                                .get("id")));
    }

    @Test
    void aValueThatIsNotAStringNumberOrBooleanIsRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Html.div().id(Map.of("type", "item", "index", List.of(1))));
        assertTrue(e.getMessage().contains("the value of 'index' must be a string, number or boolean"), e.getMessage());
    }
}
