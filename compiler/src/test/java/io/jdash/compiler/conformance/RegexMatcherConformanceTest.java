package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.teavm.RegexTranslator;
import io.jdash.fixtures.regex.MatcherScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated patterns ({@link RegexGenerator}) compiled with generated flags, translated as the compiler translates
 * {@code Pattern.compile(constant, constantFlags)}, and run through the whole Pattern/Matcher API
 * ({@link MatcherScript}) by jdash's JsPattern in node, against the JDK's Pattern on the same texts, replacements,
 * find starts and regions: every result and exception text must be the JDK's.
 */
class RegexMatcherConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PATTERNS = Integer.getInteger("jdash.regexMatcherPatterns", 600);
    private static final int TEXTS_PER_PATTERN = 3;
    private static final List<Integer> FLAGS = List.of(
            0,
            0,
            0,
            Pattern.CASE_INSENSITIVE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE,
            Pattern.MULTILINE,
            Pattern.DOTALL,
            Pattern.COMMENTS,
            Pattern.UNIX_LINES | Pattern.MULTILINE,
            Pattern.UNICODE_CHARACTER_CLASS,
            Pattern.MULTILINE | Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    @Test
    void generatedPatternsAgreeWithTheJdkThroughTheMatcherApi(@TempDir Path dir) throws Exception {
        ConformanceBundle bundle = ConformanceBundle.compile(dir, MinifyLevel.SIMPLE, true, "regexprobe", "regex");
        RegexGenerator gen = new RegexGenerator(29);
        Random random = new Random(17);
        List<NodeHarness.Call> calls = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<JsonNode> expected = new ArrayList<>();
        Map<String, Integer> refused = new TreeMap<>();
        int translated = 0;
        for (int i = 0; i < PATTERNS; i++) {
            String pattern = gen.pattern();
            int flags = FLAGS.get(random.nextInt(FLAGS.size()));
            Pattern jdk;
            RegexTranslator.Translation t;
            try {
                jdk = Pattern.compile(pattern, flags);
                t = RegexTranslator.translate(pattern, flags);
            } catch (PatternSyntaxException e) {
                continue;
            } catch (RegexTranslator.UnsupportedPatternException e) {
                refused.merge(e.getMessage().replaceAll("\\d+", "#"), 1, Integer::sum);
                continue;
            }
            translated++;
            Set<String> names = new LinkedHashSet<>();
            Matcher nm = NAME.matcher(pattern);
            while (nm.find()) {
                names.add(nm.group(1));
            }
            String groupNames = String.join(",", names);
            for (int k = 0; k < TEXTS_PER_PATTERN; k++) {
                String text = gen.text();
                String replacement = gen.replacement();
                int start = random.nextInt(text.length() + 3) - 1;
                int regionStart = RegexConformanceTest.regionBound(text, random.nextInt(text.length() + 2) - 1);
                int regionEnd = RegexConformanceTest.regionBound(text, random.nextInt(text.length() + 2));
                ArrayNode args = JSON.createArrayNode()
                        .add(t.source())
                        .add(t.options())
                        .add(t.groupsText())
                        .add(t.namesText())
                        .add(pattern)
                        .add(jdk.flags())
                        .add(groupNames)
                        .add(text)
                        .add(replacement)
                        .add(start)
                        .add(regionStart)
                        .add(regionEnd);
                calls.add(new NodeHarness.Call("jdash", "RegexProbeCallbacks_matcherProbe", args, null));
                expected.add(JSON.valueToTree(
                        MatcherScript.run(jdk, text, groupNames, replacement, start, regionStart, regionEnd)));
                labels.add(pattern + " (flags " + flags + ") on " + JSON.writeValueAsString(text) + " / "
                        + JSON.writeValueAsString(replacement) + " / " + start + " / region " + regionStart + ","
                        + regionEnd + "\n    js "
                        + t.source().substring(0, Math.min(200, t.source().length())));
            }
        }
        List<JsonNode> browser = NodeHarness.run(bundle.result().bundleFile(), calls, dir);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode js = browser.get(i).get("value");
            JsonNode jvm = expected.get(i);
            if (!jvm.equals(js)) {
                problems.add(labels.get(i) + "\n    " + firstDifference(jvm, js, browser.get(i)));
            }
        }
        System.out.println("regex matcher conformance: " + PATTERNS + " generated patterns, " + translated
                + " translated (" + calls.size() + " cases), refused: " + refused.size() + " kinds");
        assertTrue(translated > PATTERNS / 3, "too few patterns translated: " + translated + "; refused " + refused);
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + calls.size() + " cases disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(15, problems.size()))));
    }

    /** The first element where the JDK's list and the browser's differ. */
    private static String firstDifference(JsonNode jvm, JsonNode js, JsonNode outcome) {
        if (js == null || !js.isArray()) {
            return "browser " + outcome;
        }
        for (int i = 0; i < jvm.size(); i++) {
            if (!jvm.get(i).equals(js.get(i))) {
                return "[" + i + "] JDK " + jvm.get(i) + "\n    [" + i + "] browser " + js.get(i);
            }
        }
        return "browser has " + js.size() + " results, the JDK " + jvm.size();
    }
}
