package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cases of {@link DateFormatConformanceTest} against a copy of its callbacks whose formatters are
 * package-private fields, so jdash's lean formatter does not apply and the browser runs java.time's own (TeaVM's
 * class library): formatting and parsing give the JVM's results, and the JVM's exception texts, except the reason a
 * DateTimeParseException gives for invalid text (another field checked first, the parsed fields worded otherwise),
 * for which the build warns (JDASH-W009) at each such parse.
 */
class DateFormatFallbackConformanceTest {
    private static final String CLASS = "FallbackDateCallbacks";
    private static ConformanceBundle bundle;
    private static URLClassLoader loader;

    @BeforeAll
    static void compile() throws Exception {
        Path dir = Files.createTempDirectory("jdash-datefallback");
        String source = Files.readString(Path.of("src/test/java/io/jdash/fixtures/dateformat/DateFormatCallbacks.java"))
                .replace("package io.jdash.fixtures.dateformat;", "package com.example.datefallback;")
                .replace("DateFormatCallbacks", CLASS)
                .replace("private static final DateTimeFormatter", "static final DateTimeFormatter");
        Path file = dir.resolve("src/com/example/datefallback/" + CLASS + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = dir.resolve("classes");
        assertTrue(ConformanceBundle.javac(file, classes), "the copy of DateFormatCallbacks does not compile");
        loader = new URLClassLoader(
                new java.net.URL[] {classes.toUri().toURL()}, DateFormatFallbackConformanceTest.class.getClassLoader());
        bundle = ConformanceBundle.compileClasses(dir, classes, loader, false);
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    @Test
    void javaTimeFormatterIsInTheBundle() {
        assertTrue(
                bundle.result().sizeReport().sources().stream()
                        .anyMatch(s -> s.source().contains("DateTimeParseContext")),
                "the copy's formatters should be java.time's own");
    }

    @Test
    void warnsAtEachParseWithJavaTimesFormatter() {
        long warnings = bundle.result().diagnostics().stream()
                .filter(d -> d.code().equals("JDASH-W009"))
                .count();
        assertTrue(warnings > 0, bundle.result().diagnostics().toString());
    }

    @Test
    void parsesAsTheJvmButForTheReasonOfAParseException() throws Exception {
        List<Case> cases = DateFormatConformanceTest.parseCases(CLASS);
        List<String> problems = bundle.disagreementsAfter(
                cases, text -> text.replaceAll("(could not be parsed: )[^\"]*?( @\\d+)", "$1(reason)$2"));
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " cases disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
        long reasons = bundle.disagreements(cases).size();
        assertTrue(reasons > 0, "java.time's parse exceptions now give the JVM's reasons: drop JDASH-W009");
    }

    @Test
    void formatsAsTheJvm() throws Exception {
        assertAgree(DateFormatConformanceTest.formatCases(CLASS));
    }

    private static void assertAgree(List<Case> cases) throws Exception {
        List<String> problems = bundle.disagreements(cases);
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " cases disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }
}
