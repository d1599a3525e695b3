package io.jdash.compiler.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a build's output depends on, hashed per part so that a changed part can be named: the compiler version, the
 * configuration, every class file under the scan roots and every class path entry.
 *
 * @param compiler the compiler's version
 * @param jdk the JDK that runs the build (vendor and version): its Unicode and locale data go into a bundle
 * @param configuration a hash of the normalized configuration
 * @param classes relative class file path (or jar name) to its content hash, for the scan roots
 * @param dependencies class path entry to its content hash
 */
public record Fingerprint(
        String compiler,
        String jdk,
        String configuration,
        Map<String, String> classes,
        Map<String, String> dependencies) {

    /** Copies the maps, sorted. */
    public Fingerprint {
        classes = new TreeMap<>(classes);
        dependencies = new TreeMap<>(dependencies);
    }

    /** Computes the fingerprint. */
    public static Fingerprint of(String compiler, String configuration, List<Path> scanRoots, List<Path> classpath) {
        Map<String, String> classes = new TreeMap<>();
        for (Path root : scanRoots) {
            hashRoot(root, classes);
        }
        Map<String, String> dependencies = new TreeMap<>();
        for (Path entry : classpath) {
            if (Files.isDirectory(entry)) {
                Map<String, String> files = new TreeMap<>();
                hashRoot(entry, files);
                dependencies.put(entry.toString(), hash(files.toString().getBytes()));
            } else if (Files.isRegularFile(entry)) {
                dependencies.put(entry.toString(), hashFile(entry));
            }
        }
        return new Fingerprint(compiler, buildJdk(), configuration, classes, dependencies);
    }

    /** The running JDK as a fingerprint names it: {@code Eclipse Adoptium 17.0.15+6}. */
    public static String buildJdk() {
        return System.getProperty("java.vm.vendor") + " " + Runtime.version();
    }

    private static void hashRoot(Path root, Map<String, String> into) {
        if (Files.isRegularFile(root)) {
            into.put(root.getFileName().toString(), hashFile(root));
            return;
        }
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p :
                    walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                into.put(root.relativize(p).toString().replace('\\', '/'), hashFile(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hashFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 of some bytes, in hex. */
    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Why a build is needed compared with {@code previous}, as the one line the build log shows, or null when
     * nothing changed.
     */
    public String changeSince(Fingerprint previous) {
        if (previous == null) {
            return "there is no previous build";
        }
        if (!compiler.equals(previous.compiler)) {
            return "the jdash compiler changed (" + previous.compiler + " -> " + compiler + ")";
        }
        if (!Objects.equals(jdk, previous.jdk)) {
            return "the build JDK changed (" + previous.jdk + " -> " + jdk
                    + "), whose Unicode and locale data the bundle holds";
        }
        if (!configuration.equals(previous.configuration)) {
            return "the configuration changed";
        }
        String changed = firstDifference(classes, previous.classes);
        if (changed != null) {
            return "of changed classes (" + changed + ")";
        }
        changed = firstDifference(dependencies, previous.dependencies);
        if (changed != null) {
            return "of a changed dependency (" + Path.of(changed).getFileName() + ")";
        }
        return null;
    }

    private static String firstDifference(Map<String, String> now, Map<String, String> before) {
        int count = 0;
        String first = null;
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                count++;
                first = first == null ? e.getKey() : first;
            }
        }
        for (String key : before.keySet()) {
            if (!now.containsKey(key)) {
                count++;
                first = first == null ? key + " removed" : first;
            }
        }
        return first == null ? null : count == 1 ? first : first + " and " + (count - 1) + " more";
    }
}
