package io.jdash.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyTest {
    private static final List<String> IDS = List.of(
            "a",
            "graph",
            "my-id",
            "x_1",
            "Ä",
            "{\"index\":1,\"type\":\"t\"}",
            "{\"index\":[\"MATCH\"],\"type\":\"item\"}",
            "{\"a\":{\"b.c\":1}}",
            "{\"k\":\"v.w\"}");
    private static final List<String> PROPERTIES = List.of("value", "n_clicks", "figure", "_x", "data-1", "A");

    @Test
    void everyWellFormedDependency_parsesIntoItsIdAndProperty() {
        int n = 0;
        for (String id : IDS) {
            for (String property : PROPERTIES) {
                String text = id + "." + property;
                assertNull(Dependency.problem(text), text);
                Dependency d = Dependency.parse(text);
                assertEquals(id, d.id(), text);
                assertEquals(property, d.property(), text);
                assertEquals(text, d.toString());
                assertEquals(id.startsWith("{"), d.isPattern());
                n++;
            }
        }
        assertEquals(IDS.size() * PROPERTIES.size(), n);
    }

    @Test
    void everyMalformedDependency_isRefusedSayingWhy() {
        List<String[]> cases = new ArrayList<>();
        for (String blank : new String[] {null, "", " ", "\t"}) {
            cases.add(new String[] {blank, "is empty"});
        }
        for (String property : PROPERTIES) {
            cases.add(new String[] {"." + property, "has an empty component id"});
            cases.add(new String[] {"{\"type\":\"a\",\"index\":1}." + property, "keys are not sorted"});
            cases.add(new String[] {"{}." + property, "not a non-empty JSON object"});
            cases.add(new String[] {"{\"a\":}." + property, "not valid JSON"});
        }
        for (String id : IDS) {
            cases.add(new String[] {id + ".", "has an empty property"});
            for (String bad : new String[] {"1x", "a b", "a.b", "a@allow_duplicate", "-x"}) {
                if (!(id.startsWith("{") && bad.equals("a.b"))) {
                    cases.add(new String[] {id + "." + bad, "has an invalid property"});
                }
            }
            if (!id.startsWith("{")) {
                cases.add(new String[] {id, "has no '.'"});
            } else {
                cases.add(new String[] {id, "has no '.<property>' after its JSON id"});
            }
        }
        for (String[] c : cases) {
            String problem = Dependency.problem(c[0]);
            assertTrue(problem != null && problem.contains(c[1]), c[0] + " -> " + problem);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dependency.parse(c[0]));
            assertTrue(e.getMessage().contains(problem), e.getMessage());
        }
    }

    @Test
    void allowDuplicate_isASuffixOfOutputsOnly() {
        assertTrue(Dependency.allowsDuplicate("a.b@allow_duplicate"));
        assertEquals("a.b", Dependency.withoutAllowDuplicate("a.b@allow_duplicate"));
        assertEquals("a.b", Dependency.withoutAllowDuplicate("a.b"));
        assertNull(Dependency.problem(Dependency.withoutAllowDuplicate("{\"i\":[\"ALL\"]}.c@allow_duplicate")));
    }
}
