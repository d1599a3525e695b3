package io.jdash.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeclarationRulesTest {
    private static Declaration decl(String name, List<String> outputs, List<String> inputs) {
        return new Declaration(name, name + ".java:3", true, false, null, outputs, inputs, List.of());
    }

    @Test
    void goodDeclarations_breakNoRule() {
        assertEquals(
                List.of(),
                DeclarationRules.check(List.of(
                        decl("A.a", List.of("x.children", "y.value"), List.of("i.value")),
                        decl("B.b", List.of("x.children@allow_duplicate"), List.of("i.value")),
                        decl("C.c", List.of(), List.of("{\"index\":[\"ALL\"],\"type\":\"t\"}.value")),
                        new Declaration(
                                "D.d",
                                null,
                                true,
                                false,
                                "20s",
                                List.of("z.children"),
                                List.of("i.value"),
                                List.of("s.value")))));
    }

    @Test
    void eachRule_isReportedWithItsCodeAndTheCallbacksName() {
        List<Violation> v = DeclarationRules.check(List.of(
                decl("A.a", List.of("x.children"), List.of("i.value")),
                new Declaration(
                        "B.b",
                        null,
                        false,
                        true,
                        "twenty",
                        List.of("x.children", "bad"),
                        List.of("i.value", "i.value"),
                        List.of())));
        List<String> codes = v.stream().map(x -> x.rule().text().code()).toList();
        assertEquals(
                List.of("JDASH-E001", "JDASH-E007", "JDASH-E009", "JDASH-E013", "JDASH-E014", "JDASH-E009"), codes);
        assertTrue(v.stream()
                .allMatch(x ->
                        x.subject().displayName().equals("B.b") && x.message().contains("B.b")));
        Violation duplicate = v.get(v.size() - 1);
        assertEquals(
                "output x.children is written by both A.a (A.a.java:3) and B.b; Dash allows one writer per"
                        + " output: write \"x.children@allow_duplicate\" in B.b to allow several",
                duplicate.message());
        assertTrue(
                duplicate.format().startsWith("[JDASH-E009] output x.children")
                        && duplicate
                                .format()
                                .endsWith(
                                        "; fix: " + Rule.DUPLICATE_OUTPUT.text().fix()),
                duplicate.format());
        assertTrue(v.get(4).message().contains("\"twenty\""), v.get(4).message());
    }

    @Test
    void theSameDependencyTwiceInOneList_isReported_butOnceAcrossKinds() {
        List<Violation> v = DeclarationRules.check(List.of(new Declaration(
                "A.a",
                null,
                true,
                false,
                null,
                List.of("x.value", "x.value@allow_duplicate"),
                List.of("x.value"),
                List.of("x.value"))));
        assertEquals(1, v.size(), v.toString());
        assertEquals(
                "outputs \"x.value@allow_duplicate\" is listed twice by A.a",
                v.get(0).message());
    }
}
