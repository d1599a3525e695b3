package io.jdash.server.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's {@code assets/} folder: files are read and compressed once, and again only when they change on disk,
 * so edits show on the next page load. Paths that leave the folder (also through links) are not served.
 */
public final class AssetFiles {
    private record Entry(FileTime modified, long size, StaticFile file) {
    }

    private final Path root;
    private final Map<Path, Entry> cache = new ConcurrentHashMap<>();

    /** Serves {@code root}, which may be null (no assets). */
    public AssetFiles(Path root) {
        this.root = root;
    }

    /** The file at {@code relative}, or empty if there is none inside the folder. */
    public Optional<StaticFile> get(String relative) throws IOException {
        if (root == null || !Http.safe(relative) || !Files.isDirectory(root)) {
            return Optional.empty();
        }
        Path real = root.toRealPath();
        Path target = real.resolve(relative).normalize();
        if (!target.startsWith(real) || !Files.isRegularFile(target) || !target.toRealPath().startsWith(real)) {
            return Optional.empty();
        }
        FileTime modified = Files.getLastModifiedTime(target);
        long size = Files.size(target);
        Entry entry = cache.get(target);
        if (entry == null || !entry.modified().equals(modified) || entry.size() != size) {
            entry = new Entry(modified, size, StaticFile.of(relative, Files.readAllBytes(target)));
            cache.put(target, entry);
        }
        return Optional.of(entry.file());
    }
}
