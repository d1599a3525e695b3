package io.jdash.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a project's sources, resources and classes are, and how the development loop serves it.
 *
 * @param projectDirectory the project's base directory; problems name files relative to it
 * @param sourceRoots directories of Java sources ({@code src/main/java})
 * @param resourceRoots directories copied to the classes directory as they change ({@code src/main/resources})
 * @param classesDirectory where javac writes ({@code target/classes}); the bundle and manifest go there too
 * @param classpath everything else the app needs (dependency jars); empty to use this JVM's own class path
 * @param mainClass the class whose {@code main} builds and starts the {@code DashApp}, or null to find the one
 * @param args the arguments its {@code main} gets
 * @param host the interface to listen on
 * @param port the port (0 picks a free one)
 * @param pollInterval how often the pages ask whether to reload
 * @param javacOptions options for javac besides the class path and output directory (e.g. {@code --release 17})
 * @param bundleName the bundle's base name, as the jdash Maven plugin's {@code bundleName}
 * @param namespace the clientside namespace, as the plugin's {@code namespace}
 * @param workDirectory where the loop keeps its own files ({@code target/jdash-dev})
 */
public record DevOptions(
        Path projectDirectory,
        List<Path> sourceRoots,
        List<Path> resourceRoots,
        Path classesDirectory,
        List<Path> classpath,
        String mainClass,
        List<String> args,
        String host,
        int port,
        Duration pollInterval,
        List<String> javacOptions,
        String bundleName,
        String namespace,
        Path workDirectory) {

    /** Dash's usual port. */
    public static final int DEFAULT_PORT = 8050;

    /** Copies the lists and checks the directories. */
    public DevOptions {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(classesDirectory, "classesDirectory");
        sourceRoots = List.copyOf(sourceRoots);
        resourceRoots = List.copyOf(resourceRoots);
        classpath = List.copyOf(classpath);
        args = List.copyOf(args);
        javacOptions = List.copyOf(javacOptions);
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
    }

    /**
     * The usual Maven layout below {@code projectDirectory}, with the settings of these system properties:
     * {@code jdash.mainClass}, {@code jdash.port} (default {@value #DEFAULT_PORT}), {@code jdash.host}
     * (default 127.0.0.1), {@code jdash.bundleName}, {@code jdash.namespace}.
     */
    public static DevOptions mavenLayout(Path projectDirectory) {
        Path base = projectDirectory.toAbsolutePath().normalize();
        List<Path> sources = new ArrayList<>();
        if (Files.isDirectory(base.resolve("src/main/java"))) {
            sources.add(base.resolve("src/main/java"));
        }
        List<Path> resources = new ArrayList<>();
        if (Files.isDirectory(base.resolve("src/main/resources"))) {
            resources.add(base.resolve("src/main/resources"));
        }
        return new DevOptions(
                base,
                sources,
                resources,
                base.resolve("target/classes"),
                List.of(),
                System.getProperty("jdash.mainClass"),
                List.of(),
                System.getProperty("jdash.host", "127.0.0.1"),
                Integer.getInteger("jdash.port", DEFAULT_PORT),
                Duration.ofMillis(250),
                List.of("-parameters"),
                System.getProperty("jdash.bundleName", "app"),
                System.getProperty("jdash.namespace", "jdash"),
                base.resolve("target/jdash-dev"));
    }

    /** These options on another port. */
    public DevOptions withPort(int value) {
        return new DevOptions(
                projectDirectory,
                sourceRoots,
                resourceRoots,
                classesDirectory,
                classpath,
                mainClass,
                args,
                host,
                value,
                pollInterval,
                javacOptions,
                bundleName,
                namespace,
                workDirectory);
    }

    /** These options with the app's class path. */
    public DevOptions withClasspath(List<Path> value) {
        return new DevOptions(
                projectDirectory,
                sourceRoots,
                resourceRoots,
                classesDirectory,
                value,
                mainClass,
                args,
                host,
                port,
                pollInterval,
                javacOptions,
                bundleName,
                namespace,
                workDirectory);
    }

    /** These options with the main class named. */
    public DevOptions withMainClass(String value) {
        return new DevOptions(
                projectDirectory,
                sourceRoots,
                resourceRoots,
                classesDirectory,
                classpath,
                value,
                args,
                host,
                port,
                pollInterval,
                javacOptions,
                bundleName,
                namespace,
                workDirectory);
    }

    /** These options with javac's options. */
    public DevOptions withJavacOptions(List<String> value) {
        return new DevOptions(
                projectDirectory,
                sourceRoots,
                resourceRoots,
                classesDirectory,
                classpath,
                mainClass,
                args,
                host,
                port,
                pollInterval,
                value,
                bundleName,
                namespace,
                workDirectory);
    }
}
