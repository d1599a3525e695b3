package io.jdash.cache.redis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The URI forms of {@code jdash.cache=redis://…} against a real redis-server that wants a password. */
class RedisUriTest {
    static final String PASSWORD = "s3cret-pw";
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    static RedisServer redis;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.start();
        port = URI.create(redis.uri()).getPort();
        assertEquals("+OK", redis.command("CONFIG SET requirepass " + PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        redis.close();
    }

    /** Every way to write the password, each with each database. */
    static Stream<String> uris() {
        return Stream.of(PASSWORD + "@", ":" + PASSWORD + "@", "default:" + PASSWORD + "@")
                .flatMap(auth ->
                        Stream.of("", "/0", "/3", "/15").map(db -> "redis://" + auth + "127.0.0.1:" + port + db));
    }

    @ParameterizedTest
    @MethodSource("uris")
    void theUri_authenticates_andSelectsItsDatabase(String uri) {
        String db = URI.create(uri).getPath().isEmpty()
                ? "0"
                : URI.create(uri).getPath().substring(1);
        byte[] value = uri.getBytes(StandardCharsets.UTF_8);
        String key = "k:" + uri;
        try (RedisStore store = new RedisStore(URI.create(uri), TIMEOUT);
                RedisStore other = new RedisStore(
                        URI.create("redis://" + PASSWORD + "@127.0.0.1:" + port + "/" + (db.equals("1") ? 2 : 1)),
                        TIMEOUT)) {
            assertEquals("redis://127.0.0.1:" + port + "/" + db, store.describe(), "no password in log lines");
            store.put(key, value, Duration.ofMinutes(1));
            assertArrayEquals(value, store.get(key));
            assertNull(other.get(key), "another database does not see it");
        }
    }

    @Test
    void aWrongPassword_isAnErrorOnUse_notAtOpen() {
        try (RedisStore store = new RedisStore(URI.create("redis://wrong@127.0.0.1:" + port), TIMEOUT)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> store.get("k"));
            assertTrue(
                    String.valueOf(e.getMessage()).contains("WRONGPASS")
                            || String.valueOf(e.getMessage()).contains("invalid"),
                    String.valueOf(e));
        }
    }

    @Test
    void noPassword_isAnErrorOnUse() {
        try (RedisStore store = new RedisStore(URI.create("redis://127.0.0.1:" + port), TIMEOUT)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> store.get("k"));
            assertTrue(String.valueOf(e.getMessage()).contains("NOAUTH"), String.valueOf(e));
        }
    }

    @Test
    void aUriWithoutHost_isRefusedAtOpen_sayingWhatToWrite() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new RedisStore(URI.create("redis:///0"), TIMEOUT));
        assertTrue(e.getMessage().contains("redis://host:port"), e.getMessage());
    }
}
