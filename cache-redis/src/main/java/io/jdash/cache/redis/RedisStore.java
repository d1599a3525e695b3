package io.jdash.cache.redis;

import io.jdash.server.cache.CacheStore;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link CacheStore} in Redis, shared by every process that points at the same server: values are set with a
 * millisecond expiry ({@code SET PX}); the computation lock is {@code SET lock token NX PX lease}, released only by
 * its owner (a Lua compare-and-delete), and expires by itself if its owner dies.
 *
 * <p>Every command has a timeout; a dropped connection is not re-established in the background but on the next
 * call, so a Redis that is down costs one refused connection per retry interval and no log noise of its own. The
 * first connection is made in the background when the store is created, and each new connection is warmed up with a
 * PING under a longer bound, so that a cold JVM's first command does not count as a slow Redis.
 */
public final class RedisStore implements CacheStore {
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final String RELEASE =
            "if redis.call('get', KEYS[1]) == ARGV[1] then" + " return redis.call('del', KEYS[1]) else return 0 end";

    private static final Duration WARM_UP = Duration.ofSeconds(2);

    private final RedisClient client;
    private final String name;
    private final Duration timeout;
    /** The open connection, read without the lock on every command; replaced only under the lock. */
    private volatile StatefulRedisConnection<String, byte[]> connection;

    private volatile RuntimeException lastFailure;
    private volatile long failures;

    /** A store on the server {@code uri} names; it connects on first use, each call bounded by {@code timeout}. */
    public RedisStore(RedisURI uri, Duration timeout) {
        uri.setTimeout(timeout);
        this.timeout = timeout;
        this.name = "redis://" + uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(max(timeout, WARM_UP))
                        .build())
                .build());
        Thread warm = new Thread(this::connectQuietly, "jdash-redis-connect");
        warm.setDaemon(true);
        warm.start();
    }

    @Override
    public byte[] get(String key) {
        return commands().get(key);
    }

    @Override
    public void put(String key, byte[] value, Duration ttl) {
        commands().set(key, value, SetArgs.Builder.px(ttl.toMillis()));
    }

    @Override
    public Lock tryLock(String key, Duration lease) {
        String lockKey = key + "#lock";
        byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        String ok = commands().set(lockKey, token, SetArgs.Builder.nx().px(lease.toMillis()));
        if (!"OK".equals(ok)) {
            return null;
        }
        return () -> commands().eval(RELEASE, ScriptOutputType.INTEGER, new String[] {lockKey}, token);
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (connection != null) {
                connection.close();
            }
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    private RedisCommands<String, byte[]> commands() {
        // the hit path: no monitor, so concurrent requests do not queue behind one another for a shared connection
        StatefulRedisConnection<String, byte[]> open = connection;
        if (open != null && open.isOpen()) {
            return open.sync();
        }
        long failuresBefore = failures;
        synchronized (this) {
            if (connection != null && connection.isOpen()) {
                return connection.sync();
            }
            if (connection != null) {
                connection.closeAsync();
                connection = null;
            }
            if (failures != failuresBefore) {
                throw lastFailure; // an attempt failed while this caller waited: do not queue another
            }
            try {
                connection = connect();
                return connection.sync();
            } catch (RuntimeException e) {
                lastFailure = e;
                failures++;
                throw e;
            }
        }
    }

    /** A new connection that has answered a PING (retried briefly while Lettuce is still activating it). */
    private StatefulRedisConnection<String, byte[]> connect() {
        StatefulRedisConnection<String, byte[]> fresh = client.connect(CODEC);
        long deadline = System.nanoTime() + max(timeout, WARM_UP).toNanos();
        try {
            while (true) {
                try {
                    fresh.async()
                            .ping()
                            .get(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
                    return fresh;
                } catch (ExecutionException e) {
                    if (!fresh.isOpen() || System.nanoTime() > deadline) {
                        throw new RedisException(name + " did not answer PING: " + e.getCause(), e.getCause());
                    }
                    TimeUnit.MILLISECONDS.sleep(5); // "not connected" in the moment between connect and activation
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fresh.closeAsync();
            throw new RedisException("interrupted while connecting to " + name, e);
        } catch (TimeoutException | RuntimeException e) {
            fresh.closeAsync();
            throw e instanceof RedisException r ? r : new RedisException(name + " did not answer PING: " + e, e);
        }
    }

    private void connectQuietly() {
        try {
            commands();
        } catch (RuntimeException e) {
            // the first call that needs Redis meets the same problem and reports it
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
