package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.teavm.RegexTranslator;
import io.jdash.fixtures.regexprobe.RegexProbeCallbacks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of generated patterns ({@link RegexGenerator}) are translated as the compiler translates constant
 * patterns, and run by jdash's regex runtime in node on generated texts and replacements: replaceAll, replaceFirst,
 * split with limits and matches must give the JDK's results and exception texts. Patterns the translator refuses
 * are counted by reason (the build reports them as JDASH-E022), never compared loosely.
 */
class RegexTranslationConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PATTERNS = Integer.getInteger("jdash.regexPatterns", 1500);
    private static final int TEXTS_PER_PATTERN = 4;

    private record Expected(String pattern, String source, JsonNode value) {}

    @Test
    void generatedPatternsAgreeWithTheJdk(@TempDir Path dir) throws Exception {
        RegexGenerator gen = new RegexGenerator(12);
        assertAgree(dir, PATTERNS, gen::pattern, gen::text, gen);
    }

    /** Classes of literal members, on texts of those members (a class of three escaped marks was lost: 6 chars). */
    @Test
    void generatedLiteralClassesAgreeWithTheJdk(@TempDir Path dir) throws Exception {
        RegexGenerator gen = new RegexGenerator(13);
        assertAgree(dir, 600, gen::memberClass, gen::memberText, gen);
    }

    private static void assertAgree(
            Path dir,
            int count,
            java.util.function.Supplier<String> patterns,
            java.util.function.Supplier<String> texts,
            RegexGenerator gen)
            throws Exception {
        ConformanceBundle bundle = ConformanceBundle.compile(dir, MinifyLevel.SIMPLE, true, "regexprobe", "regex");
        List<NodeHarness.Call> calls = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        Map<String, Integer> refused = new TreeMap<>();
        int invalid = 0;
        int translated = 0;
        for (int i = 0; i < count; i++) {
            String pattern = patterns.get();
            RegexTranslator.Translation t;
            try {
                Pattern.compile(pattern);
                t = RegexTranslator.translate(pattern, 0);
            } catch (PatternSyntaxException e) {
                invalid++;
                continue;
            } catch (RegexTranslator.UnsupportedPatternException e) {
                refused.merge(
                        e.getMessage().replaceAll(" \\(at index \\d+\\)| at index \\d+|group \\d+", ""),
                        1,
                        Integer::sum);
                continue;
            }
            translated++;
            for (int k = 0; k < TEXTS_PER_PATTERN; k++) {
                String text = texts.get();
                String replacement = gen.replacement();
                int limit = gen.limit();
                ArrayNode args = JSON.createArrayNode()
                        .add(t.source())
                        .add(t.options())
                        .add(t.groupsText())
                        .add(t.namesText())
                        .add(text)
                        .add(replacement)
                        .add(limit);
                calls.add(new NodeHarness.Call("jdash", "RegexProbeCallbacks_probe", args, null));
                List<Object> jdk = List.of(
                        RegexProbeCallbacks.attempt(() -> text.replaceAll(pattern, replacement)),
                        RegexProbeCallbacks.attempt(() -> text.replaceFirst(pattern, replacement)),
                        RegexProbeCallbacks.attempt(() -> List.of(text.split(pattern, limit))),
                        RegexProbeCallbacks.attempt(() -> text.matches(pattern)));
                expected.add(new Expected(
                        pattern + "  on " + JSON.writeValueAsString(text) + " / " + JSON.writeValueAsString(replacement)
                                + " / " + limit,
                        t.source(),
                        JSON.valueToTree(jdk)));
            }
        }
        List<JsonNode> browser = NodeHarness.run(bundle.result().bundleFile(), calls, dir);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode js = browser.get(i).get("value");
            if (!expected.get(i).value().equals(js)) {
                problems.add(expected.get(i).pattern() + "\n    JDK     "
                        + expected.get(i).value() + "\n    browser " + browser.get(i) + "\n    js "
                        + expected.get(i).source());
            }
        }
        System.out.println("regex conformance: " + count + " generated patterns, " + invalid + " invalid, " + translated
                + " translated (" + calls.size() + " cases), refused: " + refused);
        assertTrue(translated > count / 3, "too few patterns translated: " + translated + "; refused " + refused);
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + calls.size() + " cases disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(25, problems.size()))));
    }
}
