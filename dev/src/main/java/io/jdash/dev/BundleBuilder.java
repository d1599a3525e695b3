package io.jdash.dev;

import io.jdash.compiler.BuildListener;
import io.jdash.compiler.BundleContents;
import io.jdash.compiler.CompilationFailedException;
import io.jdash.compiler.CompilationResult;
import io.jdash.compiler.CompilerConfig;
import io.jdash.compiler.CompilerSession;
import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.JdashCompiler;
import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.OnUnsupported;
import io.jdash.compiler.Severity;
import io.jdash.server.HotReload;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jdash compiler in this JVM with the development profile ({@link CompilerConfig#development()}: TeaVM at its
 * SIMPLE level, no Closure pass, no reports or budgets), source maps on, writing the bundle and manifest into the
 * classes directory. One {@link CompilerSession} lives as long as the builder, so TeaVM reads and compiles again
 * only the classes an edit changed. Browser callbacks TeaVM cannot compile run on the server (as
 * {@code onUnsupported=server} does), so an edit never stops the app.
 */
final class BundleBuilder implements AutoCloseable {
    /**
     * A build's outcome.
     *
     * @param built whether a bundle and manifest were written
     * @param contents what the bundle holds (after a successful build)
     * @param problems the errors, with file and line, for the page
     * @param warnings the warnings, for the console
     * @param phaseMillis the compiler's phases and their times
     */
    record Outcome(
            boolean built,
            BundleContents contents,
            List<HotReload.Problem> problems,
            List<HotReload.Problem> warnings,
            Map<String, Long> phaseMillis) {}

    private final DevOptions options;
    private final List<Path> classpath;
    private final CompilerSession session = JdashCompiler.session();

    BundleBuilder(DevOptions options, List<Path> classpath) {
        this.options = options;
        this.classpath = classpath;
    }

    Outcome build() throws IOException {
        CompilerConfig config = CompilerConfig.builder()
                .scan(options.classesDirectory())
                .classpath(classpath)
                .outputDirectory(options.classesDirectory())
                .reportDirectory(options.workDirectory().resolve("report"))
                .workDirectory(options.workDirectory().resolve("work"))
                .bundleName(options.bundleName())
                .namespace(options.namespace())
                .minify(MinifyLevel.NONE)
                .onUnsupported(OnUnsupported.SERVER)
                .sourceMaps(true)
                .sourcesContent(true)
                .sourceRoots(options.sourceRoots())
                .force(true)
                .development(true)
                .build();
        Map<String, Long> phases = new LinkedHashMap<>();
        List<HotReload.Problem> problems = new ArrayList<>();
        List<HotReload.Problem> warnings = new ArrayList<>();
        BuildListener listener = new BuildListener() {
            @Override
            public void phase(String name, long millis) {
                phases.merge(name, millis, Long::sum);
            }
        };
        try {
            CompilationResult result = session.compile(config, listener);
            for (Diagnostic d : result.diagnostics()) {
                (d.severity() == Severity.ERROR ? problems : warnings).add(problem(d));
            }
            return new Outcome(true, result.bundleContents(), problems, warnings, phases);
        } catch (CompilationFailedException e) {
            for (Diagnostic d : e.diagnostics()) {
                (d.severity() == Severity.ERROR ? problems : warnings).add(problem(d));
            }
            return new Outcome(false, BundleContents.NONE, problems, warnings, phases);
        }
    }

    /** Frees the compiler's caches. */
    @Override
    public void close() {
        session.close();
    }

    private HotReload.Problem problem(Diagnostic d) {
        String file = d.file() == null ? "jdash" : sourcePath(d.file());
        return new HotReload.Problem(file, Math.max(0, d.line()), d.code(), d.message(), d.fix());
    }

    /** A diagnostic names a class-path relative source ({@code a/b/C.java}): find it below a source root. */
    private String sourcePath(String file) {
        for (Path root : options.sourceRoots()) {
            Path candidate = root.resolve(file);
            if (candidate.toFile().isFile()) {
                return options.projectDirectory()
                        .relativize(candidate)
                        .toString()
                        .replace('\\', '/');
            }
        }
        return file;
    }
}
