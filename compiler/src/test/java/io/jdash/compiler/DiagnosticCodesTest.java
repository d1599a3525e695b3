package io.jdash.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.contract.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The codes as data: the README's table is theirs, every code that is not retired is reported somewhere. */
class DiagnosticCodesTest {
    private static final Path README = Path.of("..", "README.md");

    /** The README's table of codes, as {@link DiagnosticCode} says it must be. */
    static String table() {
        StringBuilder sb = new StringBuilder("| code | meaning |\n|---|---|\n");
        for (DiagnosticCode c : DiagnosticCode.values()) {
            sb.append("| ")
                    .append(c.code())
                    .append(" | ")
                    .append(c.text().title())
                    .append(" |\n");
        }
        return sb.toString();
    }

    @Test
    void readmesTable_isTheCodesTable() throws IOException {
        String readme = Files.readString(README);
        int section = readme.indexOf("\n## Diagnostics\n");
        assertTrue(section >= 0, "README has no Diagnostics section");
        int start = readme.indexOf("| code |", section);
        int end = readme.indexOf("\n\n", start);
        assertEquals(
                table(),
                readme.substring(start, end + 1),
                "paste this table into README.md's Diagnostics" + " section:\n" + table());
    }

    @Test
    void codesAreUnique_andTheSharedOnesAreTheContractsRules() {
        Set<String> codes = new HashSet<>();
        for (DiagnosticCode c : DiagnosticCode.values()) {
            assertTrue(codes.add(c.code()), c.code());
            assertTrue(c.code().matches("JDASH-[EW]0\\d\\d"), c.code());
            assertTrue(!c.text().title().isBlank() && !c.fix().isBlank(), c.code());
        }
        for (Rule r : Rule.values()) {
            DiagnosticCode c = DiagnosticCode.of(r);
            assertEquals(r.text(), c.text());
        }
    }

    @Test
    void everyCodeThatIsNotRetired_isReportedByTheCompiler_andTheRetiredOneIsNot() throws IOException {
        List<String> sources = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../contract/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")
                                && !p.endsWith("DiagnosticCode.java")
                                && !p.endsWith("Rule.java"))
                        .toList()) {
                    sources.add(Files.readString(f));
                }
            }
        }
        String all = String.join("\n", sources);
        List<String> unreported = new ArrayList<>();
        for (DiagnosticCode c : DiagnosticCode.values()) {
            boolean used = all.contains("DiagnosticCode." + c.name()) || all.contains("Rule." + c.name());
            if (used == c.retired()) {
                unreported.add(c.code() + (c.retired() ? " is retired but still reported" : " is never reported"));
            }
        }
        assertEquals(List.of(), unreported, unreported.stream().collect(Collectors.joining("\n")));
    }
}
