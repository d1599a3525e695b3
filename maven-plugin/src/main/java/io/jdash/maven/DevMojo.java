package io.jdash.maven;

import io.jdash.dev.DevOptions;
import io.jdash.dev.DevServer;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs the app in development mode until stopped (Ctrl-C): one warm JVM serves it with Dash's dev tools on,
 * watches the sources, resources and assets, recompiles what changed (javac in this JVM; TeaVM only when browser
 * code changed, without the Closure pass) and reloads the open pages. Compile errors show over the page with file and
 * line while the last good build keeps serving. Needs no earlier phase: it compiles the sources itself.
 *
 * @since 0.1.0
 */
@Mojo(name = "dev", requiresDependencyResolution = ResolutionScope.RUNTIME, requiresProject = true, threadSafe = false)
public class DevMojo extends AbstractMojo {
    /** The project being run. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * The port; {@code 0} picks a free one.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.PORT, defaultValue = "8050")
    private int port;

    /**
     * The interface to listen on.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.HOST, defaultValue = "127.0.0.1")
    private String host;

    /**
     * The class whose {@code main} builds the {@code DashApp} and calls {@code DashServer.start}. By default the one
     * class of the project whose {@code main} does so; with several, name one.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.MAIN_CLASS)
    private String mainClass;

    /**
     * Arguments for the app's {@code main}, separated by spaces.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ARGS)
    private String args;

    /**
     * How often the pages ask whether to reload, in milliseconds.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DEV_POLL_MILLIS, defaultValue = "250")
    private int pollMillis;

    /**
     * The {@code window.dash_clientside} namespace, as for the {@code bundle} goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.NAMESPACE, defaultValue = "jdash")
    private String namespace;

    /**
     * The bundle's base name, as for the {@code bundle} goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUNDLE_NAME, defaultValue = "app")
    private String bundleName;

    /**
     * The Java release javac compiles for; by default the project's {@code maven.compiler.release}, else this JDK's.
     *
     * @since 0.1.0
     */
    @Parameter(property = "maven.compiler.release")
    private String release;

    /**
     * Builds, starts, asks the app for its page once and stops, instead of running until stopped: a check for
     * scripts and CI that the project runs in development mode.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DEV_SMOKE_TEST, defaultValue = "false")
    private boolean smokeTest;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DevOptions options = options();
        try (DevServer dev = DevServer.start(options)) {
            if (smokeTest) {
                smoke(dev);
                return;
            }
            getLog().info("jdash dev: serving " + dev.url() + " with hot reload; stop with Ctrl-C");
            dev.join();
        } catch (MojoFailureException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new MojoFailureException(this, "jdash dev: " + e.getMessage(), e.getMessage());
        } catch (Exception e) {
            throw new MojoExecutionException("jdash dev: " + e.getMessage(), e);
        }
    }

    private void smoke(DevServer dev) throws Exception {
        if (!dev.problems().isEmpty()) {
            throw new MojoFailureException(
                    this,
                    "jdash dev: the smoke test found problems",
                    dev.problems().toString());
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String path : List.of("", "_dash-layout", "_dash-dependencies", "_reload-hash")) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(dev.url() + path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new MojoFailureException(
                        this, "jdash dev: GET /" + path + " answered " + answer.statusCode(), answer.body());
            }
        }
        getLog().info("jdash dev: smoke test passed: " + dev.url() + " served the page, layout, callbacks and"
                + " reload hash; builds " + dev.builds());
    }

    DevOptions options() throws MojoExecutionException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                Path p = Path.of(element);
                if (!p.toAbsolutePath()
                        .normalize()
                        .equals(classes.toAbsolutePath().normalize())) {
                    classpath.add(p);
                }
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("jdash dev: the project's dependencies are not resolved", e);
        }
        List<Path> sources = new ArrayList<>();
        for (String root : project.getCompileSourceRoots()) {
            if (new File(root).isDirectory()) {
                sources.add(Path.of(root));
            }
        }
        List<Path> resources = new ArrayList<>();
        project.getBuild().getResources().forEach(r -> {
            if (new File(r.getDirectory()).isDirectory() && !r.isFiltering()) {
                resources.add(Path.of(r.getDirectory()));
            }
        });
        List<String> javac = new ArrayList<>(List.of("-parameters"));
        if (release != null && !release.isBlank()) {
            javac.add("--release");
            javac.add(release.trim());
        }
        List<String> mainArgs =
                args == null || args.isBlank() ? List.of() : List.of(args.trim().split("\\s+"));
        Path base = project.getBasedir().toPath();
        return new DevOptions(
                base,
                sources,
                resources,
                classes,
                classpath,
                mainClass,
                mainArgs,
                host,
                port,
                Duration.ofMillis(pollMillis),
                javac,
                bundleName,
                namespace,
                Path.of(project.getBuild().getDirectory()).resolve("jdash-dev"));
    }
}
