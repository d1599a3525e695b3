package io.jdash.cache.redis;

import io.jdash.server.cache.CacheStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.params.SetParams;

/**
 * A {@link CacheStore} in Redis, shared by every process that points at the same server: values are set with a
 * millisecond expiry ({@code SET PX}); the computation lock is {@code SET lock token NX PX lease}, released only by
 * its owner (a Lua compare-and-delete), and expires by itself if its owner dies.
 *
 * <p>Each command runs on the calling thread over a blocking socket taken from a pool ({@link RedisConnections}),
 * as redis-py does: a hit is one write and one read, with no hand-over to an I/O thread and back (with Lettuce that
 * hand-over was the p99 on a busy machine). The pool holds up to as many connections as the server has request
 * threads ({@link #expectConcurrency}), so no request waits for another's connection.
 *
 * <p>Every command has a timeout. A dropped connection is not re-established in the background but by the next
 * call, so a Redis that is down costs one refused connection per retry interval and no log noise of its own; when
 * a connection fails, the idle ones (as dead, after a restart) are dropped with it, so that the next call after the
 * retry interval opens a fresh one. The first connection is opened in the background when the store is created.
 */
public final class RedisStore implements CacheStore {
    private static final byte[] RELEASE = ("if redis.call('get', KEYS[1]) == ARGV[1] then"
                    + " return redis.call('del', KEYS[1]) else return 0 end")
            .getBytes(StandardCharsets.US_ASCII);

    private static final Duration CONNECT = Duration.ofSeconds(2);

    private final RedisClient client;
    private final String name;

    /** A store on the server {@code uri} names; it connects on first use, each call bounded by {@code timeout}. */
    public RedisStore(URI uri, Duration timeout) {
        this(uri, timeout, RedisConnections.DEFAULT_MAX_CONNECTIONS);
    }

    /** The same with a pool of at most {@code maxConnections}. */
    public RedisStore(URI uri, Duration timeout, int maxConnections) {
        this.name = RedisConnections.describe(uri);
        this.client = RedisConnections.open(
                uri, timeout, timeout.compareTo(CONNECT) >= 0 ? timeout : CONNECT, Duration.ZERO, maxConnections);
        Thread warm = new Thread(this::connectQuietly, "jdash-redis-connect");
        warm.setDaemon(true);
        warm.start();
    }

    @Override
    public byte[] get(String key) {
        return call(c -> c.get(bytes(key)));
    }

    @Override
    public void put(String key, byte[] value, Duration ttl) {
        call(c -> c.set(bytes(key), value, SetParams.setParams().px(ttl.toMillis())));
    }

    @Override
    public Lock tryLock(String key, Duration lease) {
        byte[] lockKey = bytes(key + "#lock");
        byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        String ok = call(c -> c.set(lockKey, token, SetParams.setParams().nx().px(lease.toMillis())));
        if (!"OK".equals(ok)) {
            return null;
        }
        return () -> call(c -> c.eval(RELEASE, List.of(lockKey), List.of(token)));
    }

    /** Sizes the pool for {@code threads} callers at once (the server's request threads). */
    @Override
    public void expectConcurrency(int threads) {
        if (threads > 0) {
            client.getPool().setMaxTotal(threads);
            client.getPool().setMaxIdle(threads);
        }
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void close() {
        client.close();
    }

    private <T> T call(Function<RedisClient, T> command) {
        try {
            return command.apply(client);
        } catch (JedisConnectionException e) {
            // a restart or a network break leaves every idle connection dead: drop them, not one per retry
            client.getPool().clear();
            throw e;
        }
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private void connectQuietly() {
        try {
            client.ping();
        } catch (RuntimeException e) {
            // the first call that needs Redis meets the same problem and reports it
        }
    }
}
