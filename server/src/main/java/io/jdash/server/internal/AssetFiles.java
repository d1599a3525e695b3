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
    private record Entry(long modified, long size, StaticFile file) {
    }

    private final Path directory;
    private final String resourceFolder;
    private final ClassLoader loader;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

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
            return fromDirectory(relative);
        }
        if (resourceFolder == null) {
            return Optional.empty();
        }
        URL url = loader.getResource(resourceFolder + "/" + relative);
        if (url == null || relative.endsWith("/")) {
            return Optional.empty();
        }
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        long modified = connection.getLastModified();
        long size = connection.getContentLengthLong();
        Entry entry = cache.get(relative);
        if (entry == null || entry.modified() != modified || entry.size() != size) {
            try (InputStream in = connection.getInputStream()) {
                entry = new Entry(modified, size, StaticFile.of(relative, in.readAllBytes()));
            }
            cache.put(relative, entry);
        } else {
            connection.getInputStream().close();
        }
        return Optional.of(entry.file());
    }

    private Optional<StaticFile> fromDirectory(String relative) throws IOException {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        Path real = directory.toRealPath();
        Path target = real.resolve(relative).normalize();
        if (!target.startsWith(real) || !Files.isRegularFile(target) || !target.toRealPath().startsWith(real)) {
            return Optional.empty();
        }
        long modified = Files.getLastModifiedTime(target).toMillis();
        long size = Files.size(target);
        Entry entry = cache.get(relative);
        if (entry == null || entry.modified() != modified || entry.size() != size) {
            entry = new Entry(modified, size, StaticFile.of(relative, Files.readAllBytes(target)));
            cache.put(relative, entry);
        }
        return Optional.of(entry.file());
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
                        listJar((JarURLConnection) root.openConnection(), extension, found);
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
            files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(extension)).forEach(into::add);
        }
    }

    private void listJar(JarURLConnection connection, String extension, TreeSet<String> into) throws IOException {
        connection.setUseCaches(false);
        String prefix = resourceFolder + "/";
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith(prefix) && name.endsWith(extension) && !name.endsWith("/")) {
                    into.add(name.substring(prefix.length()));
                }
            }
        }
    }
}
