package io.jdash.maven;

import io.jdash.dev.MainClassFinder;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes a class-data-sharing archive of the app for faster starts: runs the app's {@code main} once from the
 * project's jar and its dependency jars with {@code -XX:ArchiveClassesAtExit} and {@code -Djdash.cds.training=true}
 * (the server starts on a free port, opens its page once and exits), then writes an argument file next to the archive
 * that starts the app with it: {@code java @target/jdash/app.args}. The archive fits only this class path (the same
 * jar files, unchanged) and this JDK; build it again after either changes (the JVM ignores a stale one, with a
 * warning). Bind it to the {@code package} phase after the jar is made, or run {@code mvn package jdash:cds}.
 *
 * @since 0.1.0
 */
@Mojo(
        name = "cds",
        defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        requiresProject = true,
        threadSafe = true)
public class CdsMojo extends AbstractMojo {
    /** The project whose app is archived. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * The class whose {@code main} builds the {@code DashApp} and calls {@code DashServer.start}; by default the one
     * class of the project whose {@code main} does so.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.MAIN_CLASS)
    private String mainClass;

    /**
     * Arguments for the app's {@code main} in the training run, separated by spaces (the port is chosen anyway).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ARGS)
    private String args;

    /**
     * The archive to write.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CDS_ARCHIVE, defaultValue = "${project.build.directory}/jdash/app.jsa")
    private File archive;

    /**
     * How long the training run may take, in seconds.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CDS_TIMEOUT_SECONDS, defaultValue = "120")
    private int timeoutSeconds;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("jdash cds: skipped");
            return;
        }
        List<String> classPath = classPath();
        String main = mainClass();
        Path archivePath = archive.toPath().toAbsolutePath();
        Path log = archivePath.resolveSibling(baseName(archivePath) + "-training.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-XX:ArchiveClassesAtExit=" + archivePath,
                "-Djdash.cds.training=true",
                "-cp",
                String.join(File.pathSeparator, classPath),
                main));
        if (args != null && !args.isBlank()) {
            command.addAll(List.of(args.trim().split("\\s+")));
        }
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(archivePath.getParent());
            Files.deleteIfExists(archivePath);
            Process training = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!training.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                training.destroyForcibly();
                throw new MojoFailureException(
                        this,
                        "jdash cds: the training run of " + main + " did not end within "
                                + timeoutSeconds + " s (its output: " + log + "); raise -D"
                                + PropertyNames.CDS_TIMEOUT_SECONDS
                                + " or check that its main returns after DashServer.start",
                        "");
            }
            if (training.exitValue() != 0 || !Files.isRegularFile(archivePath)) {
                throw new MojoFailureException(
                        this,
                        "jdash cds: the training run of " + main + " ended with " + training.exitValue()
                                + (Files.isRegularFile(archivePath) ? "" : " and wrote no archive") + "; its output ("
                                + log + ") ends:\n" + tail(log),
                        "");
            }
            Path argFile = archivePath.resolveSibling(baseName(archivePath) + ".args");
            Files.writeString(
                    argFile,
                    String.join(
                                    "\n",
                                    quoted("-XX:SharedArchiveFile=" + archivePath),
                                    "-cp",
                                    quoted(String.join(File.pathSeparator, classPath)),
                                    main)
                            + "\n",
                    StandardCharsets.UTF_8);
            getLog().info(String.format(
                    "jdash cds: wrote %s (%.1f MB) in %.1f s; start the app with it: java @%s (the same JDK, %s,"
                            + " and the same jars)",
                    archivePath,
                    Files.size(archivePath) / 1e6,
                    (System.nanoTime() - t0) / 1e9,
                    project.getBasedir().toPath().relativize(argFile),
                    System.getProperty("java.home")));
        } catch (IOException e) {
            throw new MojoExecutionException("jdash cds: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("jdash cds: interrupted", e);
        }
    }

    /** The project's jar, then its runtime dependencies: jars only, as class-data sharing needs. */
    private List<String> classPath() throws MojoFailureException, MojoExecutionException {
        File jar = project.getArtifact().getFile();
        if (jar == null || !jar.getName().endsWith(".jar")) {
            jar = new File(project.getBuild().getDirectory(), project.getBuild().getFinalName() + ".jar");
        }
        if (!jar.isFile()) {
            throw new MojoFailureException(
                    this,
                    "jdash cds: " + jar + " does not exist yet: run mvn package jdash:cds, or bind the goal to the"
                            + " package phase",
                    "");
        }
        List<String> classPath = new ArrayList<>(List.of(jar.getAbsolutePath()));
        Path classes = Path.of(project.getBuild().getOutputDirectory())
                .toAbsolutePath()
                .normalize();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                Path p = Path.of(element).toAbsolutePath().normalize();
                if (p.equals(classes)) {
                    continue;
                }
                if (!Files.isRegularFile(p) || !p.toString().endsWith(".jar")) {
                    throw new MojoFailureException(
                            this,
                            "jdash cds: " + p + " is on the runtime class path but is not a jar: class-data sharing"
                                    + " archives classes from jars only (in a multi-module build, run the goal in"
                                    + " the same build as package, e.g. mvn package jdash:cds)",
                            "");
                }
                classPath.add(p.toString());
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("jdash cds: the project's dependencies are not resolved", e);
        }
        return classPath;
    }

    private String mainClass() throws MojoFailureException, MojoExecutionException {
        if (mainClass != null && !mainClass.isBlank()) {
            return mainClass.trim();
        }
        try {
            return MainClassFinder.find(Path.of(project.getBuild().getOutputDirectory()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new MojoFailureException(this, "jdash cds: " + e.getMessage(), e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("jdash cds: " + e.getMessage(), e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** An argument file's quoting: double quotes, backslashes doubled. */
    private static String quoted(String arg) {
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
