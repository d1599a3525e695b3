package io.jdash.dev;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Watches directory trees (new subdirectories included) and hands out the changed files in batches. */
final class Watcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();

    Watcher() throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
    }

    /** Watches {@code root} and everything below it; a missing root is ignored. */
    synchronized void watch(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (!keys.containsValue(dir)) {
                    keys.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                }
            }
        }
    }

    /** Watches every root of {@code roots}. */
    void watchAll(Collection<Path> roots) throws IOException {
        for (Path root : roots) {
            watch(root);
        }
    }

    /**
     * Blocks until something changes, then collects changes until {@code quietMillis} pass without one. Returns the
     * changed, created and deleted files (not directories), or null when closed.
     */
    Set<Path> next(long quietMillis) throws InterruptedException, IOException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            WatchKey key = service.take();
            while (key != null) {
                collect(key, changed);
                key = service.poll(quietMillis, TimeUnit.MILLISECONDS);
            }
        } catch (ClosedWatchServiceException closed) {
            return null;
        }
        changed.removeIf(Files::isDirectory);
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) throws IOException {
        Path dir;
        synchronized (this) {
            dir = keys.get(key);
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                watch(file);
                try (Stream<Path> inside = Files.walk(file)) {
                    inside.filter(Files::isRegularFile).forEach(changed::add);
                }
            }
            changed.add(file);
        }
        if (!key.reset()) {
            synchronized (this) {
                keys.remove(key);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
