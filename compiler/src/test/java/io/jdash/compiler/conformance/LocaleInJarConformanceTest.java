package io.jdash.compiler.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.Fixtures;
import io.jdash.compiler.conformance.ConformanceBundle.Case;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Locales named only in a dependency jar's code (String.format, NumberFormat, case mapping and month names in
 * de-DE, fr-FR, it-IT, tr-TR and es-ES): the bundle must carry their tables, so that the browser answers as the JVM
 * does instead of falling back to the root locale.
 */
class LocaleInJarConformanceTest {
    @Test
    void localesNamedInADependencyJar_formatAsOnTheJvm() throws Exception {
        Path dir = Files.createTempDirectory("jdash-localejar");
        Path lib = Fixtures.copy("localejarlib", dir.resolve("lib"));
        Path jar = dir.resolve("formats.jar");
        jar(lib, jar);
        ConformanceBundle bundle = ConformanceBundle.compileWith(dir, List.of(jar), "localejar");
        Random random = new Random(20261202);
        String[] words = {"i", "istanbul", "Iİıi", "ß", "title", "ǅ", ""};
        List<Case> cases = new ArrayList<>();
        double[] edges = {0, -0.0, 0.005, 1234.5, -1234.565, 1e9 + 0.125, 999999.995, 12.345};
        for (int i = 0; i < 120; i++) {
            double x = i < edges.length
                    ? edges[i]
                    : (random.nextBoolean() ? -1 : 1) * Math.pow(10, random.nextInt(9)) * random.nextDouble();
            String word = words[i % words.length];
            int month = 1 + i % 12;
            cases.add(new Case(
                    "LocaleJarCallbacks_amount",
                    "[" + x + "," + ConformanceBundle.quote(word) + "," + month + "]",
                    null));
        }
        List<String> problems = bundle.disagreements(cases);
        assertTrue(
                problems.isEmpty(),
                problems.size() + " of " + cases.size() + " cases disagree:\n"
                        + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream j = new JarOutputStream(out);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, j);
                j.closeEntry();
            }
        }
    }
}
