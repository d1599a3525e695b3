package io.jdash.maven;

import io.jdash.compiler.BuildListener;
import io.jdash.compiler.CompilationFailedException;
import io.jdash.compiler.CompilationResult;
import io.jdash.compiler.CompilerConfig;
import io.jdash.compiler.CompilerEnvironmentException;
import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.JdashCompiler;
import io.jdash.compiler.MinifyLevel;
import io.jdash.compiler.OnUnsupported;
import io.jdash.compiler.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Compiles the project's {@code @Clientside} callbacks into one JavaScript bundle and writes it, its source map and
 * the manifest into the classes directory (so {@code mvn package} puts them in the jar), plus a size report under
 * {@code target/jdash}. All the work is done by jdash-compiler; this goal maps its parameters to the compiler's
 * configuration and its messages to Maven's log.
 */
@Mojo(
        name = "bundle",
        defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class BundleMojo extends AbstractMojo {
    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

    /**
     * Rebuilds even when the outputs are up to date with the classes, dependencies and configuration.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FORCE, defaultValue = "false")
    private boolean force;

    /**
     * How Closure Compiler minifies the bundle: {@code NONE}, {@code SIMPLE} (default). {@code ADVANCED} is refused
     * with an explanation: it breaks TeaVM's virtual method calls.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.MINIFY, defaultValue = "SIMPLE")
    private String minify;

    /**
     * What to do with a {@code @Clientside} callback whose code cannot run in the browser: {@code fail} (default)
     * fails the build naming the callback, the missing API and the call chain; {@code server} leaves it to the
     * server and writes the reason into the manifest.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ON_UNSUPPORTED, defaultValue = "fail")
    private String onUnsupported;

    /**
     * The {@code window.dash_clientside} namespace the callbacks are registered in.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.NAMESPACE, defaultValue = "jdash")
    private String namespace;

    /**
     * The bundle's file name before its content hash: {@code <bundleName>.<hash>.js}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUNDLE_NAME, defaultValue = "app")
    private String bundleName;

    /**
     * Writes a source map next to the bundle, mapping the JavaScript back to the Java sources.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SOURCE_MAPS, defaultValue = "true")
    private boolean sourceMaps;

    /**
     * Embeds the Java sources (from the project's compile source roots) in the source map, so the browser's
     * Sources panel shows them. Off by default; the server serves a map's sources only in debug mode.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SOURCES_CONTENT, defaultValue = "false")
    private boolean sourcesContent;

    /**
     * Gives the callbacks' code the JVM's implicit checks in the browser (NullPointerException,
     * ArrayIndexOutOfBoundsException, ClassCastException). About 10 bytes per check.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.STRICT, defaultValue = "true")
    private boolean strict;

    /**
     * Budget: the most gzip bytes the bundle may have; the build fails above it. 0 means no budget.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUDGET_GZIP_BYTES, defaultValue = "0")
    private long budgetGzipBytes;

    /**
     * Budget: the most gzip bytes one callback's own code (what no other callback shares) may have; the build fails
     * above it, naming the callback and what pulls the code in. 0 means no budget.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUDGET_CALLBACK_GZIP_BYTES, defaultValue = "0")
    private long budgetCallbackGzipBytes;

    /**
     * Fails the build on warnings too, e.g. calls whose results may differ between the JVM and the browser.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_ON_WARNINGS, defaultValue = "false")
    private boolean failOnWarnings;

    /**
     * JDK methods whose calls from browser code you have checked (e.g. with {@code jdash:verify}), so the build
     * gives no unverified-method warning (JDASH-W004) for them: {@code java.lang.Character#isLetter} (every
     * overload) or the exact key the warning names.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ACKNOWLEDGED_METHODS)
    private List<String> acknowledgedMethods = new ArrayList<>();

    /**
     * A previous {@code size-report.json} to compare with; the comparison is written to
     * {@code size-report-diff.md} in the report directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BASELINE)
    private File baseline;

    /**
     * Dependencies whose classes are scanned for callbacks too, as {@code groupId:artifactId} (or
     * {@code groupId:*}), e.g. a shared callbacks module of a multi-module build.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SCAN_DEPENDENCIES)
    private List<String> scanDependencies = new ArrayList<>();

    /** The project's compiled classes: where the callbacks are found. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File classesDirectory;

    /**
     * Where {@code META-INF/jdash/} is written: by default the classes directory, so the jar contains it. The
     * callbacks are always found in the classes directory, wherever this points.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.outputDirectory}")
    private File outputDirectory;

    /**
     * Where the size report ({@code size-report.json}, {@code .txt}, {@code .html}) and the build fingerprint go.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.REPORT_DIRECTORY, defaultValue = "${project.build.directory}/jdash")
    private File reportDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("jdash: skipped (" + PropertyNames.SKIP + " is set)");
            return;
        }
        if (!classesDirectory.isDirectory()) {
            getLog().info("jdash: no classes to scan in " + classesDirectory + ", skipping");
            return;
        }
        long start = System.nanoTime();
        CompilerConfig config = config();
        try {
            CompilationResult result = JdashCompiler.compile(config, new MavenBuildListener(getLog()));
            getLog().debug("jdash: goal took " + (System.nanoTime() - start) / 1_000_000 + " ms");
            if (result.upToDate()) {
                getLog().info("jdash: output is up to date, skipping (use -D" + PropertyNames.FORCE + " to rebuild)");
                for (String line : result.sizeTable().split("\n")) {
                    getLog().debug(line);
                }
            }
        } catch (CompilationFailedException e) {
            throw new MojoFailureException(this, e.shortMessage(), e.getMessage());
        } catch (CompilerEnvironmentException e) {
            throw new MojoExecutionException(this, "jdash: the build cannot run in this environment", e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("jdash: the build of the browser bundle failed: " + e.getMessage(), e);
        }
    }

    /** Maps the parameters to the compiler's configuration. */
    CompilerConfig config() throws MojoFailureException {
        CompilerConfig.Builder builder = CompilerConfig.builder()
                .scan(classesDirectory.toPath())
                .outputDirectory(outputDirectory.toPath())
                .reportDirectory(reportDirectory.toPath())
                .bundleName(bundleName)
                .namespace(namespace)
                .minify(parse(MinifyLevel.class, minify, PropertyNames.MINIFY))
                .onUnsupported(parse(OnUnsupported.class, onUnsupported, PropertyNames.ON_UNSUPPORTED))
                .sourceMaps(sourceMaps)
                .sourcesContent(sourcesContent)
                .sourceRoots(
                        project.getCompileSourceRoots().stream().map(Path::of).toList())
                .strict(strict)
                .force(force)
                .budgetGzipBytes(budgetGzipBytes)
                .budgetCallbackGzipBytes(budgetCallbackGzipBytes)
                .failOnWarnings(failOnWarnings)
                .acknowledgedMethods(acknowledgedMethods)
                .baseline(baseline == null ? null : baseline.toPath());
        List<Path> classpath = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (artifact.getFile() == null) {
                continue;
            }
            if (scanned(artifact)) {
                builder.scan(artifact.getFile().toPath());
            } else {
                classpath.add(artifact.getFile().toPath());
            }
        }
        builder.classpath(classpath);
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("jdash: " + e.getMessage());
        }
    }

    private boolean scanned(Artifact artifact) {
        for (String pattern : scanDependencies) {
            String[] parts = pattern.trim().split(":");
            if (parts.length == 2
                    && parts[0].equals(artifact.getGroupId())
                    && (parts[1].equals("*") || parts[1].equals(artifact.getArtifactId()))) {
                return true;
            }
        }
        return false;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String property)
            throws MojoFailureException {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
            }
            throw new MojoFailureException("jdash: " + property + "=" + value + " is not one of " + allowed);
        }
    }

    /** Passes the compiler's messages to Maven's log. */
    static final class MavenBuildListener implements BuildListener {
        private final Log log;

        MavenBuildListener(Log log) {
            this.log = log;
        }

        @Override
        public void diagnostic(Diagnostic diagnostic) {
            if (diagnostic.severity() == Severity.WARNING) {
                log.warn(diagnostic.format());
            } else if (diagnostic.severity() == Severity.NOTE) {
                log.info(diagnostic.format());
            }
        }

        @Override
        public void info(String message) {
            for (String line : message.split("\n")) {
                log.info(line);
            }
        }

        @Override
        public void debug(String message) {
            log.debug(message);
        }

        @Override
        public void phase(String name, long millis) {
            log.debug("jdash: " + name + " took " + millis + " ms");
        }

        @Override
        public void building(String reason) {
            log.info("jdash: building because " + reason);
        }
    }
}
