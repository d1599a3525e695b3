package io.jdash.server.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdash.server.DashTable;
import io.jdash.server.Dcc;
import io.jdash.server.Html;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The builder packages depend one way: the facades {@code Html}, {@code Dcc} and {@code DashTable} use the builders,
 * never the reverse. The check reads the sources, because javac inlines constants: a builder that read
 * {@code Dcc.NAMESPACE} would leave no trace of {@code Dcc} in its class file.
 */
class BuilderDependenciesTest {
    private static final Path BUILDERS = Path.of("src/main/java/io/jdash/server/components");
    /** A use of a facade in code: an import, or a qualified name outside comments (checked after removing them). */
    private static final Pattern FACADE = Pattern.compile(
            "\\bimport\\s+io\\.jdash\\.server\\.(Html|Dcc|DashTable)\\s*;|\\b(Html|Dcc|DashTable)\\.[A-Za-z_]");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void builders_neverUseTheFacades() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(BUILDERS)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.size() > 50, "expected the builder sources under " + BUILDERS + ", found " + sources);
        StringBuilder uses = new StringBuilder();
        for (Path source : sources) {
            String code = COMMENT.matcher(Files.readString(source)).replaceAll(" ");
            Matcher m = FACADE.matcher(code);
            while (m.find()) {
                uses.append(source).append(": ").append(m.group()).append('\n');
            }
        }
        assertEquals("", uses.toString(), "builders must use Namespaces, not the facades");
    }

    @Test
    void facades_reExportTheNamespaces() {
        assertEquals(Namespaces.HTML, Html.NAMESPACE);
        assertEquals(Namespaces.DCC, Dcc.NAMESPACE);
        assertEquals(Namespaces.DASH_TABLE, DashTable.NAMESPACE);
    }
}
