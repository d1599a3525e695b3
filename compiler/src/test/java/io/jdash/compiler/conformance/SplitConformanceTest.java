package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code s.split(",")} and other constant one-character regexes take the JDK's fast path in the browser without a
 * regex engine in the bundle: generated texts (delimiters leading, trailing, repeated, absent) and limits must give
 * the JVM's arrays.
 */
class SplitConformanceTest {
    private static final String ALPHABET = "ab,;|. $\t-";

    @Test
    void splitsAsTheJvmWithoutRegex(@TempDir Path dir) throws Exception {
        ConformanceBundle bundle = ConformanceBundle.compile(dir, MinifyLevel.SIMPLE, true, "split");
        List<String> texts = new ArrayList<>(List.of(
                "",
                ",",
                ",,,",
                "a",
                ",a,",
                "a,,b,,",
                " a b ",
                "a|b||",
                "..",
                "$a$",
                "\t\t",
                "-a-b-",
                "a,b;c|d.e f$g\th-i"));
        Random random = new Random(6);
        for (int i = 0; i < 150; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(sb.toString());
        }
        List<Case> cases = new ArrayList<>();
        for (String text : texts) {
            for (int limit : new int[] {-1, 0, 1, 2, 3, 10}) {
                String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
                cases.add(new Case("SplitCallbacks_split", "[" + json + "," + limit + "]", null));
            }
        }
        cases.add(new Case("SplitCallbacks_split", "[null,0]", null));
        List<String> problems = bundle.disagreements(cases);
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(30, problems.size()))));
        assertTrue(
                bundle.result().sizeReport().sources().stream()
                        .noneMatch(s -> s.source().startsWith("java.util.regex.")),
                "the bundle has a regex engine");
    }
}
