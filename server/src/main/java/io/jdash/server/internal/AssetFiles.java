package io.jdash.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The app's {@code assets/}: a directory on disk, or a folder on the class path (inside the app's jar). Files are
 * read and compressed once, and again when they change, so edits show on the next page load. Paths that leave the
 * folder (also through links) are not served.
 */
public final class AssetFiles {
    private record Entry(long modified, long size, StaticFile file) {}

    private final Path directory;
    private final String resourceFolder;
    private final ClassLoader loader;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, List<String>> jarListings = new ConcurrentHashMap<>();

    /**
     * Serves {@code directory}, or else the class path folder {@code resourceFolder} through {@code loader}; both
     * may be null (no assets).
     */
    public AssetFiles(Path directory, String resourceFolder, ClassLoader loader) {
        this.directory = directory;
        this.resourceFolder = resourceFolder == null ? null : resourceFolder.replaceAll("^/+|/+$", "");
        this.loader = loader;
    }

    /** The file at {@code relative}, or empty if there is none inside the folder. */
    public Optional<StaticFile> get(String relative) throws IOException {
        if (!Http.safe(relative)) {
            return Optional.empty();
        }
        if (directory != null) {
            Path target = inDirectory(relative);
            return target == null
                    ? Optional.empty()
                    : Optional.of(cached(
                            relative,
                            Files.getLastModifiedTime(target).toMillis(),
                            Files.size(target),
                            () -> Files.readAllBytes(target)));
        }
        URL url = resourceFolder == null || relative.endsWith("/")
                ? null
                : loader.getResource(resourceFolder + "/" + relative);
        if (url == null) {
            return Optional.empty();
        }
        URLConnection connection = url.openConnection();
        // connecting opens the file behind a file: URL, so the stream is always closed, read or not
        try (InputStream in = connection.getInputStream()) {
            return Optional.of(cached(
                    relative, connection.getLastModified(), connection.getContentLengthLong(), in::readAllBytes));
        }
    }

    private Path inDirectory(String relative) throws IOException {
        if (!Files.isDirectory(directory)) {
            return null;
        }
        Path real = directory.toRealPath();
        Path target = real.resolve(relative).normalize();
        return target.startsWith(real)
                        && Files.isRegularFile(target)
                        && target.toRealPath().startsWith(real)
                ? target
                : null;
    }

    /** The kept file, read again only when its time or size changed. */
    private StaticFile cached(String relative, long modified, long size, Content content) throws IOException {
        Entry entry = cache.get(relative);
        if (entry == null || entry.modified() != modified || entry.size() != size) {
            entry = new Entry(modified, size, StaticFile.of(relative, content.read()));
            cache.put(relative, entry);
        }
        return entry.file();
    }

    /** Reads a file's bytes. */
    @FunctionalInterface
    private interface Content {
        byte[] read() throws IOException;
    }

    /** The files whose names end with {@code extension}, as paths relative to the folder, sorted. */
    public List<String> list(String extension) {
        TreeSet<String> found = new TreeSet<>();
        try {
            if (directory != null) {
                walk(directory, extension, found);
            } else if (resourceFolder != null) {
                for (Enumeration<URL> roots = loader.getResources(resourceFolder); roots.hasMoreElements(); ) {
                    URL root = roots.nextElement();
                    if (root.getProtocol().equals("file")) {
                        walk(Path.of(root.toURI()), extension, found);
                    } else if (root.getProtocol().equals("jar")) {
                        for (String name : jarEntries(root)) {
                            if (name.endsWith(extension)) {
                                found.add(name);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(found);
    }

    private static void walk(Path dir, String extension, TreeSet<String> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(extension))
                    .forEach(into::add);
        }
    }

    /** The files under the folder in the jar of {@code root}: read once, a jar does not change while it runs. */
    private List<String> jarEntries(URL root) {
        return jarListings.computeIfAbsent(root.toString(), key -> {
            String prefix = resourceFolder + "/";
            List<String> names = new ArrayList<>();
            try {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(prefix) && !name.endsWith("/")) {
                            names.add(name.substring(prefix.length()));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.copyOf(names);
        });
    }
}
