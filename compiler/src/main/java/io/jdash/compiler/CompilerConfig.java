package io.jdash.compiler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything one compilation needs, immutable. Build it with {@link #builder()}, which fills in the defaults and
 * checks the values.
 *
 * @param scanRoots class directories and jars searched for {@code @Callback} methods (the project's classes first)
 * @param classpath further class directories and jars the callbacks' code may use (runtime dependencies)
 * @param outputDirectory where {@code META-INF/jdash/} is written: the project's classes directory, so the
 *        bundle and manifest end up in the jar
 * @param reportDirectory where the size report goes, e.g. {@code target/jdash}
 * @param workDirectory scratch space for generated sources and TeaVM output
 * @param bundleName the bundle's file name before its hash, e.g. {@code app}
 * @param namespace the {@code window.dash_clientside} namespace of the functions
 * @param minify the Closure level
 * @param onUnsupported what to do with callbacks whose code cannot run in the browser
 * @param sourceMaps whether to write a source map next to the bundle
 * @param strict whether your code gets the JVM's null, cast and array bound checks (NPE, CCE, AIOOBE)
 * @param force rebuild even when the fingerprint says the outputs are up to date
 * @param budgetGzipBytes the most gzip bytes the bundle may have, or 0 for no budget
 * @param budgetCallbackGzipBytes the most gzip bytes one callback's own code may have, or 0 for no budget
 * @param failOnWarnings whether warnings fail the build
 * @param baseline a previous {@code size-report.json} to compare with, or null
 * @param acknowledgedMethods JDK methods whose calls from browser code are known to give the JVM's results, so no
 *        unverified-method warning is given for them: {@code java.lang.String#repeat} (every overload) or the exact
 *        key of the surface map ({@code java.lang.String#repeat(I)Ljava/lang/String;})
 * @param sourcesContent whether the source map embeds the Java sources (found under {@code sourceRoots}) so the
 *        browser's Sources panel shows them; off by default, as the map is served to anyone who asks for it and
 *        the server serves maps with sources only in debug mode
 * @param sourceRoots the directories the map's sources are read from with {@code sourcesContent}
 * @param development the development profile, for a loop that rebuilds on every edit: TeaVM at its SIMPLE level
 *        (no devirtualization or inlining: larger code that behaves the same, several times faster to build), no
 *        Closure pass whatever {@code minify} says, no size report, baseline or budgets, and no fingerprint (every
 *        compile builds); the bundle is for a development server, never for a jar
 */
public record CompilerConfig(
        List<Path> scanRoots,
        List<Path> classpath,
        Path outputDirectory,
        Path reportDirectory,
        Path workDirectory,
        String bundleName,
        String namespace,
        MinifyLevel minify,
        OnUnsupported onUnsupported,
        boolean sourceMaps,
        boolean strict,
        boolean force,
        long budgetGzipBytes,
        long budgetCallbackGzipBytes,
        boolean failOnWarnings,
        Path baseline,
        List<String> acknowledgedMethods,
        boolean sourcesContent,
        List<Path> sourceRoots,
        boolean development) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /** Validates and copies. */
    public CompilerConfig {
        scanRoots = List.copyOf(scanRoots);
        classpath = List.copyOf(classpath);
        acknowledgedMethods = acknowledgedMethods == null ? List.of() : List.copyOf(acknowledgedMethods);
        sourceRoots = sourceRoots == null ? List.of() : List.copyOf(sourceRoots);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(reportDirectory, "reportDirectory");
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(minify, "minify");
        Objects.requireNonNull(onUnsupported, "onUnsupported");
        if (scanRoots.isEmpty()) {
            throw new IllegalArgumentException("scanRoots: give at least one classes directory to scan");
        }
        if (bundleName == null || !NAME.matcher(bundleName).matches()) {
            throw new IllegalArgumentException(
                    "bundleName '" + bundleName + "': use letters, digits, '_' and '-', starting with a letter");
        }
        if (namespace == null || !NAME.matcher(namespace).matches()) {
            throw new IllegalArgumentException(
                    "namespace '" + namespace + "': use letters, digits, '_' and '-', starting with a letter");
        }
        if (budgetGzipBytes < 0 || budgetCallbackGzipBytes < 0) {
            throw new IllegalArgumentException("budgets are byte counts: use a positive number, or 0 for none");
        }
    }

    /**
     * The settings that shape the outputs, as one stable text for the fingerprint (paths of the outputs and
     * {@code force} excluded: they do not change what is built).
     */
    public String outputShapingSettings() {
        return "bundleName=" + bundleName + "\nnamespace=" + namespace + "\nminify=" + minify + "\nonUnsupported="
                + onUnsupported + "\nsourceMaps=" + sourceMaps + "\nstrict=" + strict + "\nbudgetGzipBytes="
                + budgetGzipBytes + "\nbudgetCallbackGzipBytes=" + budgetCallbackGzipBytes + "\nfailOnWarnings="
                + failOnWarnings + "\nbaseline=" + baseline + "\nscanRoots=" + scanRoots.size()
                + "\noutputDirectory=" + outputDirectory.toAbsolutePath().normalize()
                + "\nacknowledgedMethods=" + new java.util.TreeSet<>(acknowledgedMethods)
                + (sourcesContent ? "\nsourcesContent=" + sourceRoots : "")
                + (development ? "\ndevelopment=true" : "");
    }

    /** A builder with the defaults: bundle {@code app}, namespace {@code jdash}, SIMPLE, fail, maps, strict. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CompilerConfig}. */
    public static final class Builder {
        private final List<Path> scanRoots = new ArrayList<>();
        private final List<Path> classpath = new ArrayList<>();
        private Path outputDirectory;
        private Path reportDirectory;
        private Path workDirectory;
        private String bundleName = "app";
        private String namespace = "jdash";
        private MinifyLevel minify = MinifyLevel.SIMPLE;
        private OnUnsupported onUnsupported = OnUnsupported.FAIL;
        private boolean sourceMaps = true;
        private boolean strict = true;
        private boolean force;
        private long budgetGzipBytes;
        private long budgetCallbackGzipBytes;
        private boolean failOnWarnings;
        private Path baseline;
        private List<String> acknowledgedMethods = new ArrayList<>();
        private boolean sourcesContent;
        private final List<Path> sourceRoots = new ArrayList<>();
        private boolean development;

        private Builder() {}

        /** Adds a class directory or jar to scan for callbacks. */
        public Builder scan(Path root) {
            scanRoots.add(root);
            return this;
        }

        /** Adds class directories or jars the callbacks' code may use. */
        public Builder classpath(List<Path> entries) {
            classpath.addAll(entries);
            return this;
        }

        /** Where {@code META-INF/jdash/} is written; defaults to the first scan root. */
        public Builder outputDirectory(Path dir) {
            this.outputDirectory = dir;
            return this;
        }

        /** Where the size report goes. */
        public Builder reportDirectory(Path dir) {
            this.reportDirectory = dir;
            return this;
        }

        /** Scratch space; defaults to {@code work} under the report directory. */
        public Builder workDirectory(Path dir) {
            this.workDirectory = dir;
            return this;
        }

        /** The bundle's base file name. */
        public Builder bundleName(String name) {
            this.bundleName = name;
            return this;
        }

        /** The {@code window.dash_clientside} namespace. */
        public Builder namespace(String ns) {
            this.namespace = ns;
            return this;
        }

        /** The Closure level. */
        public Builder minify(MinifyLevel level) {
            this.minify = level;
            return this;
        }

        /** What to do with callbacks that cannot run in the browser. */
        public Builder onUnsupported(OnUnsupported value) {
            this.onUnsupported = value;
            return this;
        }

        /** Whether to write a source map. */
        public Builder sourceMaps(boolean value) {
            this.sourceMaps = value;
            return this;
        }

        /** Whether TeaVM checks nulls, casts and bounds. */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /** Rebuild even when up to date. */
        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        /** The most gzip bytes the bundle may have (0: no budget). */
        public Builder budgetGzipBytes(long bytes) {
            this.budgetGzipBytes = bytes;
            return this;
        }

        /** The most gzip bytes one callback's own code may have (0: no budget). */
        public Builder budgetCallbackGzipBytes(long bytes) {
            this.budgetCallbackGzipBytes = bytes;
            return this;
        }

        /** Whether warnings fail the build. */
        public Builder failOnWarnings(boolean value) {
            this.failOnWarnings = value;
            return this;
        }

        /** JDK methods acknowledged as giving the JVM's results (no unverified-method warning for them). */
        public Builder acknowledgedMethods(List<String> methods) {
            this.acknowledgedMethods = new ArrayList<>();
            for (String m : methods) {
                if (m != null && !m.isBlank()) {
                    this.acknowledgedMethods.add(m.trim());
                }
            }
            return this;
        }

        /** Whether the source map embeds the Java sources (default off; needs {@link #sourceRoots}). */
        public Builder sourcesContent(boolean value) {
            this.sourcesContent = value;
            return this;
        }

        /** Adds directories holding the Java sources, e.g. {@code src/main/java}, for {@link #sourcesContent}. */
        public Builder sourceRoots(List<Path> roots) {
            sourceRoots.addAll(roots);
            return this;
        }

        /** A previous size-report.json to compare with (null: none). */
        public Builder baseline(Path file) {
            this.baseline = file;
            return this;
        }

        /** The development profile (see {@link CompilerConfig#development()}); off by default. */
        public Builder development(boolean value) {
            this.development = value;
            return this;
        }

        /** Checks the values and builds the config. */
        public CompilerConfig build() {
            if (scanRoots.isEmpty()) {
                throw new IllegalArgumentException("scanRoots: give at least one classes directory to scan");
            }
            Path out = outputDirectory != null ? outputDirectory : scanRoots.get(0);
            Path report = Objects.requireNonNull(reportDirectory, "reportDirectory");
            Path work = workDirectory != null ? workDirectory : report.resolve("work");
            return new CompilerConfig(
                    scanRoots,
                    classpath,
                    out,
                    report,
                    work,
                    bundleName,
                    namespace,
                    minify,
                    onUnsupported,
                    sourceMaps,
                    strict,
                    force,
                    budgetGzipBytes,
                    budgetCallbackGzipBytes,
                    failOnWarnings,
                    baseline,
                    acknowledgedMethods,
                    sourcesContent,
                    sourceRoots,
                    development);
        }
    }
}
