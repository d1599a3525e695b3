package io.jdash.compiler.codegen;

import io.jdash.compiler.CompilerEnvironmentException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles the generated entry class in-process with the JDK's compiler. */
public final class AdapterCompiler {
    private AdapterCompiler() {}

    /**
     * Writes the source under {@code workDir/generated-sources} and compiles it to {@code workDir/generated-classes}.
     *
     * @return the class output directory
     * @throws CompilerEnvironmentException if the JVM running the build has no Java compiler (a JRE)
     * @throws IllegalStateException if the generated source does not compile
     */
    public static Path compile(AdapterSource adapter, List<Path> classpath, Path workDir) throws IOException {
        return compile(adapter, classpath, workDir, ToolProvider.getSystemJavaCompiler());
    }

    /**
     * As {@link #compile(AdapterSource, List, Path)}, but keeps the classes of the previous compile when the source
     * is the same text: for the development profile, where a rebuild follows an edit of the callbacks' code far more
     * often than of their declarations (the source names every callback's parameter and result types, so a changed
     * signature is a changed source).
     */
    public static Path compileUnlessUnchanged(AdapterSource adapter, List<Path> classpath, Path workDir)
            throws IOException {
        Path file =
                workDir.resolve("generated-sources").resolve(adapter.className().replace('.', '/') + ".java");
        Path classes = workDir.resolve("generated-classes");
        Path compiled = classes.resolve(adapter.className().replace('.', '/') + ".class");
        if (Files.isRegularFile(file)
                && Files.isRegularFile(compiled)
                && Files.readString(file, StandardCharsets.UTF_8).equals(adapter.source())) {
            return classes;
        }
        return compile(adapter, classpath, workDir);
    }

    /**
     * As {@link #compile(AdapterSource, List, Path)}, with the given compiler.
     *
     * @param javac the JDK's compiler, or null when the JVM running the build has none (a JRE)
     * @throws CompilerEnvironmentException when {@code javac} is null
     */
    static Path compile(AdapterSource adapter, List<Path> classpath, Path workDir, JavaCompiler javac)
            throws IOException {
        if (javac == null) {
            throw new CompilerEnvironmentException(
                    "jdash: the Java running the build (" + System.getProperty("java.home")
                            + ") has no Java compiler, which jdash needs to compile the adapters of @Clientside"
                            + " callbacks: it is a JRE. Run the build on a JDK 17 or newer (for example Temurin, or the"
                            + " openjdk-17-jdk-headless package), e.g. by setting JAVA_HOME to it");
        }
        Path sources = workDir.resolve("generated-sources");
        Path classes = workDir.resolve("generated-classes");
        Path file = sources.resolve(adapter.className().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, adapter.source(), StandardCharsets.UTF_8);
        deleteTree(classes);
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(List.of(
                    "-d",
                    classes.toString(),
                    "--release",
                    "17",
                    "-g",
                    "-nowarn",
                    "-proc:none",
                    "-classpath",
                    classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))));
            StringWriter out = new StringWriter();
            boolean ok = javac.getTask(out, files, diagnostics, options, null, files.getJavaFileObjects(file.toFile()))
                    .call();
            if (!ok) {
                String errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> file.getFileName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n"));
                throw new IllegalStateException("the generated adapter did not compile:\n" + errors);
            }
        }
        return classes;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
