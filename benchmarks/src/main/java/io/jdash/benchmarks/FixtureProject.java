package io.jdash.benchmarks;

import io.jdash.api.Callback;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Writes a generated callbacks class and compiles it, as a user's project would be compiled. */
final class FixtureProject {
    private FixtureProject() {}

    /** Compiles {@code source} (class {@code bench.<name>}) into {@code dir/classes}; returns that directory. */
    static Path compile(Path dir, String name, String source) throws IOException {
        Path src = dir.resolve("src/bench/" + name + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-g",
                "-parameters",
                "--release",
                "17",
                "-classpath",
                jarOf(Callback.class),
                src.toString());
        if (rc != 0) {
            throw new IllegalStateException("fixture " + name + " did not compile");
        }
        return classes;
    }

    static String jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getPath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A class with {@code count} simple string callbacks, each slightly different. */
    static String stringCallbacks(String name, int count) {
        StringBuilder sb = new StringBuilder("package bench;\nimport io.jdash.api.*;\npublic final class ")
                .append(name)
                .append(" {\n");
        for (int i = 0; i < count; i++) {
            sb.append("  @Clientside @Callback(outputs = \"out")
                    .append(i)
                    .append(".children\", inputs = \"btn")
                    .append(i)
                    .append(".n_clicks\", state = \"name")
                    .append(i)
                    .append(".value\")\n")
                    .append("  public static String label")
                    .append(i)
                    .append("(Integer clicks, String name) {\n")
                    .append("    if (clicks == null) throw new PreventUpdate();\n")
                    .append("    return \"Hello \" + name + \", \" + clicks + \" clicks #")
                    .append(i)
                    .append("\";\n")
                    .append("  }\n");
        }
        return sb.append("}\n").toString();
    }

    /** One callback that uses a feature, for the size cliffs. */
    static String feature(String name, String returnType, String params, String body) {
        return "package bench;\nimport io.jdash.api.*;\nimport java.util.*;\nimport java.time.*;\n"
                + "public final class " + name + " {\n"
                + "  @Clientside @Callback(outputs = \"out.children\", inputs = {\"a.value\", \"b.value\"})\n"
                + "  public static " + returnType + " run(" + params + ") {\n    " + body + "\n  }\n}\n";
    }

    static List<String> lines(String... lines) {
        return List.of(lines);
    }
}
