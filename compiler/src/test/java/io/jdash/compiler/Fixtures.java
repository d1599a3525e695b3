package io.jdash.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the compiled classes of one fixture package into a directory of its own, to scan it alone. */
public final class Fixtures {
    private Fixtures() {}

    /** The test classes directory. */
    public static Path testClasses() {
        try {
            return Path.of(Fixtures.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies {@code io.jdash.fixtures.<name>} (and its subpackages) into {@code dir}; returns {@code dir}. */
    public static Path copy(String name, Path dir) {
        String rel = "io/jdash/fixtures/" + name.replace('.', '/');
        Path from = testClasses().resolve(rel);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(rel).resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
