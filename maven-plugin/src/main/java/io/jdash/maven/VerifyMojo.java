package io.jdash.maven;

import io.jdash.compiler.Diagnostic;
import io.jdash.compiler.Severity;
import io.jdash.compiler.verify.JvmEngine;
import io.jdash.compiler.verify.Verifier;
import io.jdash.compiler.verify.VerifyConfig;
import io.jdash.compiler.verify.VerifyResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
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
 * Differential test of the project's own browser callbacks: runs every {@code @Clientside} callback on the JVM
 * (with the server's value mapping, in a JVM of its own on the project's runtime class path) and in the bundle
 * {@code jdash:bundle} built (in node), on the same generated, seeded inputs plus the examples of
 * {@code <Class>.verify.json}, and fails the build on the first input where they answer differently, printing the
 * input, both answers and the seed. Bound to {@code verify}; skipped when nothing changed since the last clean run.
 */
@Mojo(
        name = "verify",
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class VerifyMojo extends AbstractMojo {
    private static final String SERVER_GROUP = "io.jdash";
    private static final String SERVER_ARTIFACT = "jdash-server";

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The plugin's own dependencies (jdash-server among them, for projects that do not depend on it). */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_SKIP, defaultValue = "false")
    private boolean skip;

    /**
     * Verifies again even when the bundle, the classes, the dependencies and the settings are those of the last
     * clean verification.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FORCE, defaultValue = "false")
    private boolean force;

    /**
     * How many generated inputs each callback gets (the examples come on top).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_INPUTS, defaultValue = "200")
    private int inputs;

    /**
     * The seed of the generated inputs. A failure prints it; the same seed gives the same inputs.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_SEED, defaultValue = "20261201")
    private long seed;

    /**
     * The time limit of one call, in milliseconds, on each side; a callback that takes longer is stopped and
     * reported as not verified.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_TIMEOUT, defaultValue = "5000")
    private long timeout;

    /**
     * Callbacks ({@code Class.method} or {@code com.example.Class#method}) whose divergences are known and
     * accepted: they are logged as warnings instead of failing the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.VERIFY_ACKNOWLEDGED)
    private List<String> verifyAcknowledged = new ArrayList<>();

    /**
     * Fails the build on warnings too, e.g. a callback that could not be verified.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_ON_WARNINGS, defaultValue = "false")
    private boolean failOnWarnings;

    /**
     * The node executable for the browser side.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.NODE, defaultValue = "node")
    private String node;

    /**
     * Where {@code jdash:bundle} wrote {@code META-INF/jdash/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.outputDirectory}")
    private File outputDirectory;

    /**
     * Where the verification's fingerprint and work files go.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.REPORT_DIRECTORY, defaultValue = "${project.build.directory}/jdash")
    private File reportDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("jdash: verify skipped (" + PropertyNames.VERIFY_SKIP + " is set)");
            return;
        }
        if (!outputDirectory.isDirectory()) {
            getLog().info("jdash: verify: no classes in " + outputDirectory + ", skipping");
            return;
        }
        VerifyResult result;
        try {
            result = Verifier.verify(config());
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("jdash: verify could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("jdash: verify was interrupted", e);
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                getLog().error(d.format());
            } else {
                getLog().warn(d.format());
            }
        }
        getLog().info(result.summary());
        long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
        long warnings = result.diagnostics().stream()
                .filter(d -> d.severity() == Severity.WARNING)
                .count();
        if (errors > 0) {
            throw new MojoFailureException("jdash: verify: " + errors + (errors == 1 ? " error" : " errors")
                    + " (see above); the browser bundle does not give the JVM's answers");
        }
        if (failOnWarnings && warnings > 0) {
            throw new MojoFailureException("jdash: verify: " + warnings + (warnings == 1 ? " warning" : " warnings")
                    + " and failOnWarnings is set");
        }
    }

    private VerifyConfig config() throws MojoExecutionException {
        Set<Path> jvm = new LinkedHashSet<>();
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                jvm.add(Path.of(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("jdash: verify: the runtime class path is not resolved", e);
        }
        boolean hasServer = false;
        for (Artifact a : project.getArtifacts()) {
            if (a.getFile() != null) {
                classpath.add(a.getFile().toPath());
                hasServer |= SERVER_GROUP.equals(a.getGroupId()) && SERVER_ARTIFACT.equals(a.getArtifactId());
            }
        }
        if (!hasServer) {
            for (Artifact a : pluginArtifacts) {
                if (a.getFile() != null && isRunnerDependency(a)) {
                    jvm.add(a.getFile().toPath());
                }
            }
        }
        Set<String> acknowledged = new HashSet<>();
        verifyAcknowledged.forEach(a -> acknowledged.add(a.trim()));
        try {
            return new VerifyConfig(
                    List.of(outputDirectory.toPath()),
                    classpath,
                    outputDirectory.toPath(),
                    reportDirectory.toPath(),
                    new ArrayList<>(jvm),
                    JvmEngine.currentJava(),
                    node,
                    inputs,
                    seed,
                    timeout,
                    acknowledged,
                    force);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("jdash: " + e.getMessage());
        }
    }

    /** What the runner needs when the project lacks the server: jdash-server, jdash-api and Jackson. */
    private static boolean isRunnerDependency(Artifact a) {
        return SERVER_GROUP.equals(a.getGroupId())
                        && (SERVER_ARTIFACT.equals(a.getArtifactId()) || "jdash-api".equals(a.getArtifactId()))
                || a.getGroupId().startsWith("com.fasterxml.jackson");
    }
}
