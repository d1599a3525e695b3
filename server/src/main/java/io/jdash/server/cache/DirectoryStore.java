package io.jdash.server.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A store in a directory: one file per key, named by the key's SHA-256, holding the key, its expiry time (wall
 * clock, so entries survive a restart) and the value. Files are written whole and then renamed into place, so a
 * reader never sees half a value. Several processes may share the directory (they share results, but do not
 * coordinate computations). Expired files are removed when read and by a sweep, which also keeps the directory
 * under its byte bound by removing the least recently written files.
 */
public final class DirectoryStore implements CacheStore {
    private static final int MAGIC = 0x4a444331; // "JDC1"
    private static final long SWEEP_EVERY_MILLIS = 60_000;

    private final Path directory;
    private final long maxBytes;
    private final AtomicLong nextSweep = new AtomicLong();

    /** A store in {@code directory} (created if missing) keeping at most {@code maxBytes} of files. */
    public DirectoryStore(Path directory, long maxBytes) {
        this.directory = directory.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw new UncheckedIOException("jdash cache: cannot create the cache directory " + this.directory, e);
        }
    }

    @Override
    public byte[] get(String key) {
        Path file = file(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte[] storedKey = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 16 || in.getInt() != MAGIC) {
            return null;
        }
        long expiresAt = in.getLong();
        int keyLength = in.getInt();
        if (keyLength != storedKey.length
                || in.remaining() < keyLength
                || !ByteBuffer.wrap(bytes, 16, keyLength).equals(ByteBuffer.wrap(storedKey))) {
            return null;
        }
        if (System.currentTimeMillis() >= expiresAt) {
            deleteQuietly(file);
            return null;
        }
        in.position(16 + keyLength);
        byte[] value = new byte[in.remaining()];
        in.get(value);
        return value;
    }

    @Override
    public void put(String key, byte[] value, Duration ttl) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(16 + keyBytes.length + value.length);
        out.putInt(MAGIC)
                .putLong(System.currentTimeMillis() + ttl.toMillis())
                .putInt(keyBytes.length)
                .put(keyBytes)
                .put(value);
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".", ".tmp");
            try {
                Files.write(temp, out.array());
                move(temp, file);
            } finally {
                deleteQuietly(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long now = System.currentTimeMillis();
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_EVERY_MILLIS)) {
            sweep();
        }
    }

    /** Removes expired files, then the least recently written ones while the directory is over its bound. */
    public void sweep() {
        List<Path> kept = new ArrayList<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".entry")).toList()) {
                if (expired(p)) {
                    deleteQuietly(p);
                } else {
                    kept.add(p);
                    total += size(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return; // a sweep is housekeeping: the next one tries again
        }
        kept.sort(Comparator.comparing(DirectoryStore::modified));
        for (int i = 0; total > maxBytes && i < kept.size(); i++) {
            total -= size(kept.get(i));
            deleteQuietly(kept.get(i));
        }
    }

    @Override
    public String describe() {
        return "directory " + directory;
    }

    private Path file(String key) {
        String name = CacheKeys.sha256(key);
        return directory.resolve(name.substring(0, 2)).resolve(name + ".entry");
    }

    private static boolean expired(Path file) {
        try (var channel = Files.newByteChannel(file)) {
            ByteBuffer head = ByteBuffer.allocate(12);
            return channel.read(head) == 12 && head.getInt(0) == MAGIC && System.currentTimeMillis() >= head.getLong(4);
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // another process removed or holds it; the sweep tries again later
        }
    }
}
