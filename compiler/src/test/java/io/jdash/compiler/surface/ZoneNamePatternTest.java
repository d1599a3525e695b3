package io.jdash.compiler.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.Fixtures;
import io.jdash.compiler.scan.CallbackMethod;
import io.jdash.compiler.scan.CallbackScanner;
import io.jdash.compiler.scan.ClassIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JDASH-W010: a constant SimpleDateFormat pattern with a zone name, reached from a browser callback (through its
 * helpers too), is warned about at its line; quoted {@code z}, offsets, run-time patterns and server callbacks are
 * not; the acknowledgement silences it.
 */
class ZoneNamePatternTest {
    private static final Path SOURCE = Path.of("src/test/java/io/jdash/fixtures/zonepattern/ZonePatternCallbacks.java");

    @Test
    void zoneNamePatterns_areWarnedAtTheirLines(@TempDir Path dir) throws Exception {
        Set<Integer> expected = new TreeSet<>();
        List<String> lines = Files.readAllLines(SOURCE);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("// W010")) {
                expected.add(i + 1);
            }
        }
        assertEquals(2, expected.size(), "the fixture marks two lines");
        Fixtures.copy("zonepattern", dir);
        try (ClassIndex index = new ClassIndex(List.of(dir))) {
            List<CallbackMethod> browser = CallbackScanner.scan(List.of(dir), index).callbacks().stream()
                    .filter(CallbackMethod::clientside)
                    .toList();
            List<Diagnostic> warned = warnings(browser, index, Set.of());
            Set<Integer> found = new TreeSet<>();
            for (Diagnostic d : warned) {
                assertTrue(d.file().endsWith("zonepattern/ZonePatternCallbacks.java"), d.file());
                assertTrue(d.message().contains("zone"), d.message());
                found.add(d.line());
            }
            assertEquals(expected, found);
            assertEquals(List.of(), warnings(browser, index, Set.of(SurfaceCheck.ZONE_NAMES)));
        }
    }

    private static List<Diagnostic> warnings(List<CallbackMethod> browser, ClassIndex index, Set<String> acknowledged) {
        return SurfaceCheck.check(browser, index, SurfaceMap.shipped(), acknowledged).warnings().stream()
                .filter(d -> d.code().equals("JDASH-W010"))
                .toList();
    }
}
