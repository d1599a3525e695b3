package io.jdash.server.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MemoCache with its in-process and directory stores. */
class MemoCacheTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theDefaultInProcessBound_leavesThreeQuartersOfTheHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        assertEquals(Math.min(128L << 20, heap / 4), CacheOptions.DEFAULTS.maxBytes());
        assertEquals(
                CacheOptions.DEFAULTS.maxBytes(),
                CacheOptions.from(name -> null).maxBytes(),
                "with nothing configured");
    }

    @Test
    void concurrentIdenticalCalls_computeOnce() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(1 << 20)) {
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<byte[]>> results = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        return cache.getBytes("slow", MINUTE, () -> {
                            runs.incrementAndGet();
                            sleep(300);
                            return bytes("done");
                        });
                    }));
                }
                go.countDown();
                for (Future<byte[]> f : results) {
                    assertArrayEquals(bytes("done"), f.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, runs.get());
        }
    }

    @Test
    void loaderFailure_reachesEveryWaiterAndIsNotKept() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(1 << 20)) {
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> leader = pool.submit(() -> cache.getBytes("bad", MINUTE, () -> {
                    runs.incrementAndGet();
                    started.countDown();
                    sleep(300);
                    throw new IllegalStateException("no data");
                }));
                started.await();
                Future<?> waiter = pool.submit(() -> cache.getBytes("bad", MINUTE, () -> {
                    runs.incrementAndGet();
                    return bytes("other");
                }));
                for (Future<?> f : List.of(leader, waiter)) {
                    Exception e = assertThrows(Exception.class, f::get);
                    assertEquals("no data", e.getCause().getMessage());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, runs.get());
            assertArrayEquals(bytes("later"), cache.getBytes("bad", MINUTE, () -> bytes("later")));
        }
    }

    @Test
    void inProcess_expiresEachEntryAfterItsTtl() throws Exception {
        try (MemoCache cache = MemoCache.inProcess(1 << 20)) {
            assertArrayEquals(bytes("a"), cache.getBytes("k", Duration.ofMillis(200), () -> bytes("a")));
            assertArrayEquals(bytes("a"), cache.getBytes("k", Duration.ofMillis(200), () -> bytes("b")));
            assertArrayEquals(bytes("x"), cache.getBytes("long", MINUTE, () -> bytes("x")));
            Thread.sleep(300);
            assertArrayEquals(bytes("c"), cache.getBytes("k", Duration.ofMillis(200), () -> bytes("c")));
            assertArrayEquals(bytes("x"), cache.getBytes("long", MINUTE, () -> bytes("y")));
        }
    }

    @Test
    void inProcess_staysWithinItsBound() {
        InProcessStore store = new InProcessStore(100_000);
        for (int i = 0; i < 100; i++) {
            store.put("key" + i, new byte[10_000], MINUTE);
        }
        assertTrue(store.weightedSize() <= 100_000, "weighs " + store.weightedSize());
        long kept = java.util.stream.IntStream.range(0, 100)
                .filter(i -> store.get("key" + i) != null)
                .count();
        assertTrue(kept > 0 && kept <= 10, kept + " entries of 10 KB kept under a 100 KB bound");
    }

    @Test
    void directory_expiresSurvivesNewInstancesAndSweeps(@TempDir Path dir) throws Exception {
        DirectoryStore store = new DirectoryStore(dir, 50_000);
        store.put("a", bytes("one"), MINUTE);
        store.put("b", bytes("two"), Duration.ofMillis(100));
        DirectoryStore again = new DirectoryStore(dir, 50_000);
        assertArrayEquals(bytes("one"), again.get("a"));
        assertArrayEquals(bytes("two"), again.get("b"));
        Thread.sleep(200);
        assertNull(again.get("b"), "expired");
        for (int i = 0; i < 10; i++) {
            store.put("big" + i, new byte[10_000], MINUTE);
            Thread.sleep(5);
        }
        store.sweep();
        long total;
        try (Stream<Path> files = Files.walk(dir)) {
            total = files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        assertTrue(total <= 50_000, total + " bytes on disk");
        assertNull(store.get("big0"), "the oldest files went first");
        assertTrue(store.get("big9") != null);
    }

    @Test
    void directory_ignoresForeignOrDamagedFiles(@TempDir Path dir) throws Exception {
        DirectoryStore store = new DirectoryStore(dir, 1 << 20);
        store.put("k", bytes("value"), MINUTE);
        try (Stream<Path> files = Files.walk(dir)) {
            Path file = files.filter(p -> p.toString().endsWith(".entry"))
                    .findFirst()
                    .orElseThrow();
            Files.write(file, bytes("garbage"));
        }
        assertNull(store.get("k"));
    }

    public record Point(double x, double y, String label) {}

    @Test
    void typedValues_comeBackEqual() {
        try (MemoCache cache = MemoCache.inProcess(1 << 20)) {
            List<Point> points = List.of(new Point(0.1 + 0.2, -0.0, "é"), new Point(1e300, 5e-324, null));
            TypeReference<List<Point>> type = new TypeReference<>() {};
            List<Point> first = cache.get("points", MINUTE, type, () -> points);
            assertSame(points, first, "the computed value itself on a miss");
            List<Point> cached = cache.get("points", MINUTE, type, () -> List.of());
            assertEquals(points, cached);
            double[] array = cache.get("array", MINUTE, double[].class, () -> new double[] {1.5, Double.MIN_VALUE});
            assertArrayEquals(array, cache.get("array", MINUTE, double[].class, () -> new double[0]));
        }
    }

    @Test
    void valuesThatAreNotJson_getAClearError() {
        try (MemoCache cache = MemoCache.inProcess(1 << 20)) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> cache.get("thread", MINUTE, Object.class, () -> new Object()));
            assertTrue(
                    e.getMessage().contains("java.lang.Object")
                            && e.getMessage().contains("thread"),
                    e.getMessage());
        }
    }

    @Test
    void keys_dependOnValuesNotOnHowTheyAreWritten() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", List.of(2.0, "x"));
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", List.of(2, "x"));
        ba.put("a", 1.0);
        assertEquals(MemoCache.key("f", ab, null), MemoCache.key("f", ba, null));
        assertNotEquals(MemoCache.key("f", ab, null), MemoCache.key("g", ab, null));
        assertNotEquals(MemoCache.key("f", ab, null), MemoCache.key("f", ab, ""));
        assertNotEquals(MemoCache.key("f", 9007199254740993L), MemoCache.key("f", 9007199254740992L));
        assertNotEquals(MemoCache.key("f", "1"), MemoCache.key("f", 1));
        assertTrue(MemoCache.key("sales", "north", 2024).startsWith("sales:"));
    }

    @Test
    void configuration_selectsTheStore(@TempDir Path dir) {
        try (MemoCache memory = MemoCache.open("memory", CacheOptions.DEFAULTS);
                MemoCache files = MemoCache.open("file:" + dir, CacheOptions.DEFAULTS)) {
            assertTrue(memory.store() instanceof InProcessStore);
            assertTrue(files.store() instanceof DirectoryStore);
        }
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> MemoCache.open("redis://127.0.0.1:6379", CacheOptions.DEFAULTS));
        assertTrue(e.getMessage().contains("io.jdash:jdash-cache-redis"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> CacheOptions.from(name -> name.equals("jdash.cache.timeout") ? "soon" : null));
        assertTrue(e.getMessage().startsWith("jdash.cache.timeout"), e.getMessage());
        assertEquals(
                Duration.ofMillis(100),
                CacheOptions.from(name -> name.equals("jdash.cache.timeout") ? "100ms" : null)
                        .timeout());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
