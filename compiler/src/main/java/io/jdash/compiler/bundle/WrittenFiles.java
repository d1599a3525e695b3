package io.jdash.compiler.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a build's outputs through {@link OutputFiles#writeIfChanged} and remembers those whose bytes changed. */
public final class WrittenFiles {
    private final List<Path> changed = new ArrayList<>();

    /** Writes {@code bytes} to {@code file} unless it already holds them. */
    public void write(Path file, byte[] bytes) throws IOException {
        if (OutputFiles.writeIfChanged(file, bytes)) {
            changed.add(file);
        }
    }

    /** The files written so far, in order. */
    public List<Path> changed() {
        return List.copyOf(changed);
    }
}
