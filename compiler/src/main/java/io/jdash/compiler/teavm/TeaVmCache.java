package io.jdash.compiler.teavm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.teavm.cache.InMemoryMethodNodeCache;
import org.teavm.cache.InMemoryProgramCache;
import org.teavm.cache.InMemorySymbolTable;
import org.teavm.cache.MemoryCachedClassReaderSource;
import org.teavm.model.ReferenceCache;

/**
 * TeaVM's in-memory caches kept between compiles in one JVM, wired as TeaVM's own development server does
 * ({@code org.teavm.devserver.CodeServlet}: {@code MemoryCachedClassReaderSource}, {@code InMemoryProgramCache},
 * {@code InMemoryMethodNodeCache} over shared {@code InMemorySymbolTable}s).
 *
 * <p>Before each compile {@link #prepare} compares the class path with the previous compile's: a class file in a
 * class directory whose content hash changed, appeared or disappeared is evicted (with everything TeaVM derived
 * from it); a changed jar (path, size or modification time) or changed compile settings drop every cache, since a
 * jar's classes are not tracked one by one and the settings shape every class TeaVM transforms.
 *
 * <p>Not thread-safe: one compile at a time (the session that owns it serializes them).
 */
public final class TeaVmCache {
    private ReferenceCache referenceCache;
    private InMemorySymbolTable symbols;
    private InMemorySymbolTable files;
    private InMemorySymbolTable variables;
    private MemoryCachedClassReaderSource classSource;
    private InMemoryProgramCache programCache;
    private InMemoryMethodNodeCache astCache;
    private Map<String, String> classHashes = Map.of();
    private String jarsAndSettings;
    private int lastReachedClasses;
    private int evictedLastTime;
    private boolean droppedLastTime;

    /** Empty caches; the first compile fills them. */
    public TeaVmCache() {
        drop();
    }

    private void drop() {
        referenceCache = new ReferenceCache();
        symbols = new InMemorySymbolTable();
        files = new InMemorySymbolTable();
        variables = new InMemorySymbolTable();
        classSource = new MemoryCachedClassReaderSource(referenceCache, symbols, files, variables);
        programCache = new InMemoryProgramCache(referenceCache, symbols, files, variables);
        astCache = new InMemoryMethodNodeCache(referenceCache, symbols, files, variables);
        classHashes = Map.of();
        lastReachedClasses = 0;
    }

    /**
     * Brings the caches up to date with the class path: evicts the changed classes of its directories, or drops
     * everything when a jar or the settings changed.
     *
     * @param classpath every entry TeaVM reads classes from (directories and jars)
     * @param settings a stable text of everything else that shapes the output (level, transformers, properties)
     */
    void prepare(List<Path> classpath, String settings) throws IOException {
        StringBuilder stamp = new StringBuilder(settings).append('\n');
        Map<String, String> hashes = new HashMap<>();
        for (Path entry : new LinkedHashSet<>(classpath)) {
            if (Files.isDirectory(entry)) {
                stamp.append("dir ").append(entry.toAbsolutePath().normalize()).append('\n');
                hashClasses(entry, hashes);
            } else if (Files.exists(entry)) {
                BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class);
                stamp.append("jar ")
                        .append(entry.toAbsolutePath().normalize())
                        .append(' ')
                        .append(a.size())
                        .append(' ')
                        .append(a.lastModifiedTime().toMillis())
                        .append('\n');
            } else {
                stamp.append("missing ")
                        .append(entry.toAbsolutePath().normalize())
                        .append('\n');
            }
        }
        droppedLastTime = !stamp.toString().equals(jarsAndSettings);
        if (droppedLastTime) {
            drop();
            evictedLastTime = 0;
        } else {
            Set<String> stale = new HashSet<>();
            for (Map.Entry<String, String> e : hashes.entrySet()) {
                if (!e.getValue().equals(classHashes.get(e.getKey()))) {
                    stale.add(e.getKey());
                }
            }
            for (String old : classHashes.keySet()) {
                if (!hashes.containsKey(old)) {
                    stale.add(old);
                }
            }
            classSource.evict(stale);
            evictedLastTime = stale.size();
        }
        jarsAndSettings = stamp.toString();
        classHashes = hashes;
    }

    /** The first directory that holds a class wins, as on a class path. */
    private static void hashClasses(Path root, Map<String, String> into) throws IOException {
        List<Path> classFiles = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".class") && Files.isRegularFile(p))
                    .forEach(classFiles::add);
        }
        for (Path file : classFiles) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            String name =
                    relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
            into.putIfAbsent(name, sha256(file));
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After a compile: what TeaVM read stays fresh; what it derived is kept only when the compile succeeded. */
    void finish(boolean succeeded, int reachedClasses) {
        classSource.commit();
        if (succeeded) {
            programCache.commit();
            astCache.commit();
            lastReachedClasses = reachedClasses;
        }
        programCache.discard();
        astCache.discard();
    }

    /** After a compile that threw: nothing it derived can be trusted. */
    void abandon() {
        jarsAndSettings = null;
        drop();
    }

    /** How many classes the last {@link #prepare} evicted (0 when it dropped everything). */
    public int evictedLastTime() {
        return evictedLastTime;
    }

    /** Whether the last {@link #prepare} dropped every cache (first compile, changed jar or settings). */
    public boolean droppedLastTime() {
        return droppedLastTime;
    }

    ReferenceCache referenceCache() {
        return referenceCache;
    }

    MemoryCachedClassReaderSource classSource() {
        return classSource;
    }

    InMemoryProgramCache programCache() {
        return programCache;
    }

    InMemoryMethodNodeCache astCache() {
        return astCache;
    }

    int lastReachedClasses() {
        return lastReachedClasses;
    }
}
