package io.jdash.dev;

import io.jdash.server.HotReload;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The JDK's compiler in this JVM (warm after the first run), compiling changed sources into the classes directory
 * and remembering which class files each source wrote, so that a deleted or renamed class leaves no stale file.
 */
final class Javac {
    /**
     * What a compilation did.
     *
     * @param problems the errors, with file and line; empty when it succeeded
     * @param written class names (binary) written or deleted
     */
    record Result(List<HotReload.Problem> problems, Set<String> written) {}

    private final JavaCompiler compiler;
    private final StandardJavaFileManager files;
    private final Path classes;
    private final Path project;
    private final List<String> options;
    private final Map<Path, Set<String>> outputs = new HashMap<>();

    Javac(Path project, Path classes, List<Path> classpath, List<String> options) throws IOException {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("jdash dev needs a JDK (this Java has no compiler): run it with a JDK's"
                    + " java, or set JAVA_HOME to a JDK");
        }
        this.project = project;
        this.classes = classes;
        this.files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        Files.createDirectories(classes);
        List<File> path = new ArrayList<>();
        path.add(classes.toFile());
        classpath.forEach(p -> path.add(p.toFile()));
        files.setLocation(StandardLocation.CLASS_PATH, path);
        files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
        this.options = new ArrayList<>(options);
        this.options.add("-implicit:none");
        this.options.add("-g");
        this.options.add("-proc:none");
    }

    /** Every {@code .java} file below {@code roots}. */
    static List<Path> sources(Collection<Path> roots) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                            .forEach(all::add);
                }
            }
        }
        return all;
    }

    /** Compiles {@code changed} (existing files) and removes what {@code deleted} sources had written. */
    Result compile(Collection<Path> changed, Collection<Path> deleted) throws IOException {
        Set<String> written = new HashSet<>();
        for (Path gone : deleted) {
            for (String name : outputs.getOrDefault(gone, Set.of())) {
                Files.deleteIfExists(classFile(name));
                written.add(name);
            }
            outputs.remove(gone);
        }
        if (changed.isEmpty()) {
            return new Result(List.of(), written);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<Path, Set<String>> produced = new HashMap<>();
        JavaFileManager recording = new ForwardingJavaFileManager<>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(
                    Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
                    throws IOException {
                if (sibling != null && kind == JavaFileObject.Kind.CLASS) {
                    produced.computeIfAbsent(Path.of(sibling.toUri()).normalize(), k -> new HashSet<>())
                            .add(className);
                }
                return super.getJavaFileForOutput(location, className, kind, sibling);
            }
        };
        Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(changed);
        StringWriter out = new StringWriter();
        boolean ok = compiler.getTask(out, recording, diagnostics, options, null, units)
                .call();
        List<HotReload.Problem> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() == null
                        ? "javac"
                        : relative(Path.of(d.getSource().toUri()));
                problems.add(new HotReload.Problem(
                        file, (int) Math.max(0, d.getLineNumber()), "javac", d.getMessage(Locale.ROOT), ""));
            }
        }
        if (!ok && problems.isEmpty()) {
            problems.add(
                    new HotReload.Problem("javac", 0, "javac", out.toString().strip(), ""));
        }
        if (ok) {
            for (Path source : changed) {
                Path key = source.toAbsolutePath().normalize();
                Set<String> now = produced.getOrDefault(key, Set.of());
                for (String old : outputs.getOrDefault(key, Set.of())) {
                    if (!now.contains(old)) {
                        Files.deleteIfExists(classFile(old));
                        written.add(old);
                    }
                }
                outputs.put(key, now);
                written.addAll(now);
            }
        }
        return new Result(problems, written);
    }

    private String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(project) ? project.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    Path classFile(String binaryName) {
        return classes.resolve(binaryName.replace('.', '/') + ".class");
    }
}
