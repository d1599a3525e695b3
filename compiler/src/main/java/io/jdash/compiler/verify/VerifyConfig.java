package io.jdash.compiler.verify;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@link Verifier} checks and how.
 *
 * @param scanRoots the class directories or jars the callbacks were scanned from
 * @param classpath the rest of the application's compile and runtime class path (to read record types)
 * @param outputDirectory where the bundle build wrote {@code META-INF/jdash/} (manifest and bundle)
 * @param reportDirectory where the verification report and fingerprint go ({@code target/jdash})
 * @param jvmClasspath the class path of the JVM side: the application's classes and runtime dependencies, with
 *        jdash-server (its value mapping runs the callbacks)
 * @param java the {@code java} executable for the JVM side
 * @param node the node executable ({@code node} is looked up on the PATH)
 * @param inputsPerCallback how many inputs each callback gets at least (examples come on top)
 * @param seed the seed of the generated inputs; a failure prints it, and the same seed gives the same inputs
 * @param timeoutMillis the time limit of one call, on each side
 * @param acknowledged callbacks (as {@code Class.method} or {@code com.example.Class#method}) whose divergences
 *        are reported as warnings instead of failing the build
 * @param force verify even when nothing changed since the last clean verification
 */
public record VerifyConfig(
        List<Path> scanRoots,
        List<Path> classpath,
        Path outputDirectory,
        Path reportDirectory,
        List<Path> jvmClasspath,
        String java,
        String node,
        int inputsPerCallback,
        long seed,
        long timeoutMillis,
        Set<String> acknowledged,
        boolean force) {
    /** The default number of inputs per callback. */
    public static final int DEFAULT_INPUTS = 200;
    /** The default seed. */
    public static final long DEFAULT_SEED = 20261201L;
    /** The default time limit of one call. */
    public static final long DEFAULT_TIMEOUT_MILLIS = 5_000;

    /** Copies the collections and checks the numbers. */
    public VerifyConfig {
        scanRoots = List.copyOf(scanRoots);
        classpath = List.copyOf(classpath);
        jvmClasspath = List.copyOf(jvmClasspath);
        acknowledged = Set.copyOf(acknowledged);
        if (inputsPerCallback < 1) {
            throw new IllegalArgumentException("verify inputs must be at least 1, not " + inputsPerCallback);
        }
        if (timeoutMillis < 1) {
            throw new IllegalArgumentException("verify timeout must be at least 1 ms, not " + timeoutMillis);
        }
    }

    /** The settings that decide the result, for the fingerprint. */
    String settings() {
        return "inputs=" + inputsPerCallback + ";seed=" + seed + ";timeout=" + timeoutMillis + ";java=" + java
                + ";node=" + node + ";acknowledged=" + new java.util.TreeSet<>(acknowledged);
    }
}
