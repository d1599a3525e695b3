package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.CompilerSession;
import io.jdash.compiler.JdashCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differential suite's cases (values, text, numbers, data, lookups: {@link ConformanceTest}'s lists) against a
 * bundle built with the development profile (TeaVM SIMPLE, every method virtual, no Closure) and served from a
 * warm {@link CompilerSession}'s caches: the development loop must give the JVM's answers as production does.
 */
class DevelopmentProfileConformanceTest {
    private static CompilerSession session;
    private static ConformanceBundle bundle;

    @BeforeAll
    static void compile() throws Exception {
        session = JdashCompiler.session();
        bundle = ConformanceBundle.compileWarmForDevelopment(
                Files.createTempDirectory("jdash-dev-conformance"), session, "conformance");
        assertFalse(session.lastCompileStartedCold(), "the second compile is served from the caches");
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static void assertAgree(String name, List<ConformanceBundle.Case> cases) throws Exception {
        List<String> problems = bundle.disagreements(cases);
        Path report = Path.of("target", "conformance-development-" + name + ".txt");
        Files.createDirectories(report.getParent());
        Files.write(report, problems);
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " cases disagree:\n" + String.join("\n", problems));
    }

    @Test
    void values() throws Exception {
        assertAgree("values", ConformanceTest.valueCases());
    }

    @Test
    void text() throws Exception {
        assertAgree("text", ConformanceTest.textCases());
    }

    @Test
    void numbers() throws Exception {
        assertAgree("numbers", ConformanceTest.numberCases());
    }

    @Test
    void data() throws Exception {
        assertAgree("data", ConformanceTest.dataCases());
    }

    @Test
    void lookups() throws Exception {
        assertAgree("lookups", ConformanceTest.lookupCases());
    }
}
