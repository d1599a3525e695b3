package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jdash.compiler.BuildListener;
import io.jdash.compiler.CompilationFailedException;
import io.jdash.compiler.CompilerConfig;
import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.Fixtures;
import io.jdash.compiler.JdashCompiler;
import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constant patterns at real call sites (fixtures/regex), translated by the compiler: the callbacks give the JVM's
 * results in node on generated texts, replacement strings (valid and malformed) give the JDK's results and exception
 * texts, the bundle carries no regex engine, and patterns that cannot run exactly fail the build with JDASH-E022.
 */
class RegexConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConformanceBundle bundle;

    @BeforeAll
    static void compile() throws Exception {
        bundle = ConformanceBundle.compile(Files.createTempDirectory("jdash-regex"), MinifyLevel.SIMPLE, true, "regex");
    }

    /** Generated texts: random mixes of the subtle characters, plus texts the constructs were written for. */
    static List<String> texts(int count, long seed) {
        List<String> texts = new ArrayList<>(List.of(
                "",
                " ",
                "foo@bar baz@qux",
                "1234567",
                "Hello World",
                "a, b ,c,,",
                "aab abc ac",
                "Ελληνικά και English",
                "xyz xz yz",
                "a\r\nb\nc\rd\u0085e\u2028f",
                "line\n",
                "line\r\n",
                "😀😃 ok 🙂",
                "e\u0301t\u0301e\u0301",
                "KELVIN \u212A ſ",
                "3.14",
                "42",
                "aaab",
                "ccc",
                "\uD83D",
                "\uDE00x",
                "Ab",
                "İstanbul ılık"));
        RegexGenerator gen = new RegexGenerator(seed);
        while (texts.size() < count) {
            texts.add(gen.text());
        }
        return texts;
    }

    @Test
    void constantPatternsAgreeWithTheJvm() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(3);
        for (String text : texts(400, 21)) {
            String json = JSON.writeValueAsString(text);
            cases.add(new Case("RegexCallbacks_slug", "[" + json + "]", null));
            cases.add(new Case("RegexCallbacks_constructs", "[" + json + "," + (random.nextInt(5) - 1) + "]", null));
        }
        cases.add(new Case("RegexCallbacks_slug", "[null]", null));
        List<String> problems = bundle.disagreements(cases);
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    @Test
    void matchersOfConstantPatternsAgreeWithTheJvm() throws Exception {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(5);
        List<String> replacements = List.of("-", "$1", "${word}", "$0$0", "\\$", "$", "${zz}", "$9", "", "<$2>");
        List<String> texts = texts(120, 33);
        for (int which = 0; which < io.jdash.fixtures.regex.MatcherCallbacks.patterns(); which++) {
            for (String text : texts) {
                int length = text.length();
                cases.add(new Case(
                        "MatcherCallbacks_script",
                        "[" + which + "," + JSON.writeValueAsString(text) + ","
                                + JSON.writeValueAsString(replacements.get(random.nextInt(replacements.size())))
                                + "," + (random.nextInt(length + 3) - 1) + ","
                                + regionBound(text, random.nextInt(length + 2) - 1) + ","
                                + regionBound(text, random.nextInt(length + 2))
                                + "]",
                        null));
            }
        }
        for (String text : texts) {
            cases.add(new Case("MatcherCallbacks_dates", "[" + JSON.writeValueAsString(text) + "]", null));
            cases.add(new Case("MatcherCallbacks_api", "[" + JSON.writeValueAsString(text) + ",\"$\"]", null));
        }
        for (String text : List.of("a=1 b=22 C=", "key=7;x=;y=12345", "=1 a= b=2", "z=9")) {
            cases.add(new Case("MatcherCallbacks_api", "[" + JSON.writeValueAsString(text) + ",\"#\"]", null));
        }
        for (String text : List.of("2024-01-31", "on 2024-01-31 and 1999-12-01.", "2024-1-31", "x2024-01-3112")) {
            cases.add(new Case("MatcherCallbacks_dates", "[" + JSON.writeValueAsString(text) + "]", null));
        }
        List<String> problems = bundle.disagreements(cases).stream()
                .map(p -> p.substring(0, Math.max(0, p.indexOf(": JVM "))) + p.substring(p.lastIndexOf(" (at ")))
                .toList();
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
    }

    /**
     * A region bound for the text, moved off the middle of a surrogate pair: the browser refuses such a region
     * (README; {@link #aRegionInsideASurrogatePairIsRefused}).
     */
    static int regionBound(String text, int at) {
        boolean splits = at > 0
                && at < text.length()
                && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
        return splits ? at + 1 : at;
    }

    @Test
    void aRegionInsideASurrogatePairIsRefused() throws Exception {
        List<NodeHarness.Call> calls = List.of(new NodeHarness.Call(
                "jdash",
                "MatcherCallbacks_script",
                JSON.readTree("[16," + JSON.writeValueAsString("ac\uD835\uDC00") + ",\"-\",0,1,3]"),
                null));
        String browser = NodeHarness.run(
                        bundle.result().bundleFile(),
                        calls,
                        bundle.result().bundleFile().getParent())
                .get(0)
                .toString();
        assertTrue(
                browser.contains(
                        "!java.lang.UnsupportedOperationException: Matcher.region(1, 3) starts or ends inside a"
                                + " surrogate pair"),
                browser);
    }

    @Test
    void replacementStringsHaveTheJdksResultsAndExceptions() throws Exception {
        List<String> replacements = new ArrayList<>(List.of(
                "",
                "-",
                "$0",
                "$1",
                "$2",
                "$3",
                "$10",
                "$11",
                "$12",
                "${n}",
                "${n",
                "${}",
                "${1}",
                "${x}",
                "${N}",
                "$",
                "\\",
                "\\$",
                "\\\\",
                "$$",
                "$a",
                "$-1",
                "a\\",
                "[$1|$2]",
                "$1$2$1",
                "$01",
                "$9",
                "${n}${n}",
                "x$"));
        Random random = new Random(8);
        String alphabet = "$\\{}0129anx-";
        while (replacements.size() < 120) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            replacements.add(sb.toString());
        }
        List<Case> cases = new ArrayList<>();
        for (String text : List.of("ab", "xaby", "aaa", "", "b", "a-b c")) {
            for (String r : replacements) {
                cases.add(new Case(
                        "RegexCallbacks_replacements",
                        "[" + JSON.writeValueAsString(text) + "," + JSON.writeValueAsString(r) + "]",
                        null));
            }
        }
        cases.add(new Case("RegexCallbacks_replacements", "[\"ab\",null]", null));
        List<String> problems = bundle.disagreements(cases);
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    @Test
    void bundleHasNoRegexEngine() {
        List<String> regex = bundle.result().sizeReport().sources().stream()
                .map(s -> s.source())
                .filter(s -> s.startsWith("java.util.regex."))
                .toList();
        assertEquals(List.of(), regex);
    }

    @Test
    void untranslatablePatternsFailTheBuildAtTheCallSite(@TempDir Path dir) {
        Path classes = Fixtures.copy("regexunsupported", dir.resolve("classes"));
        CompilerConfig config = CompilerConfig.builder()
                .scan(classes)
                .reportDirectory(dir.resolve("jdash"))
                .build();
        CompilationFailedException e = assertThrows(
                CompilationFailedException.class, () -> JdashCompiler.compile(config, BuildListener.SILENT));
        List<Diagnostic> errors =
                e.diagnostics().stream().filter(Diagnostic::isError).toList();
        // the static final Pattern is made when the class is initialized, which every callback of the class does
        assertEquals(6, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(d -> d.code().equals("JDASH-E022")), errors.toString());
        for (String callback : List.of("#graphemes", "#invalid", "#clusters", "#fine")) {
            assertTrue(
                    errors.stream()
                            .anyMatch(d -> d.element().endsWith(callback)
                                    && d.message().contains("\\X (grapheme clusters)")
                                    && d.message().contains("UnsupportedRegexCallbacks.java:26")),
                    callback + ": " + errors);
        }
        assertTrue(
                errors.stream()
                        .anyMatch(d -> d.element().endsWith("#graphemes")
                                && d.message().contains("\\X (grapheme clusters)")
                                && d.message().contains("UnsupportedRegexCallbacks.java:16")),
                errors.toString());
        Diagnostic invalid = errors.stream()
                .filter(d -> d.element().endsWith("#invalid") && d.message().contains("(a|b"))
                .findFirst()
                .orElseThrow();
        assertTrue(invalid.message().contains("Unclosed group near index 4"), invalid.message());
    }

    @Test
    void matcherMethodsThatCannotRunExactlyFailTheBuildAtTheCall(@TempDir Path dir) {
        Path classes = Fixtures.copy("regexrefused", dir.resolve("classes"));
        CompilerConfig config = CompilerConfig.builder()
                .scan(classes)
                .reportDirectory(dir.resolve("jdash"))
                .build();
        CompilationFailedException e = assertThrows(
                CompilationFailedException.class, () -> JdashCompiler.compile(config, BuildListener.SILENT));
        List<Diagnostic> errors =
                e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(d -> d.code().equals("JDASH-E022")), errors.toString());
        assertTrue(
                message(errors, "#engineResults").contains("Matcher.results() is not in TeaVM's regex engine")
                        && message(errors, "#engineResults").contains("RefusedMatcherCallbacks.java:42"),
                message(errors, "#engineResults"));
        assertTrue(
                message(errors, "#hitEnd").contains("Matcher.hitEnd() cannot run exactly in the browser")
                        && message(errors, "#hitEnd").contains("RefusedMatcherCallbacks.java:21"),
                message(errors, "#hitEnd"));
        assertTrue(
                message(errors, "#usePattern").contains("Matcher.usePattern() cannot run exactly in the browser")
                        && message(errors, "#usePattern").contains("RefusedMatcherCallbacks.java:28"),
                message(errors, "#usePattern"));
        assertTrue(
                message(errors, "#badFlags").contains("flags 0x10000, which the JDK refuses")
                        && message(errors, "#badFlags").contains("RefusedMatcherCallbacks.java:35"),
                message(errors, "#badFlags"));
    }

    private static String message(List<Diagnostic> errors, String element) {
        return errors.stream()
                .filter(d -> d.element() != null && d.element().endsWith(element))
                .findFirst()
                .map(Diagnostic::message)
                .orElse("no error for " + element + " in " + errors);
    }
}
