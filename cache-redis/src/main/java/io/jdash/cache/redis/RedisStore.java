package io.jdash.cache.redis;

import io.jdash.server.cache.CacheStore;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A {@link CacheStore} in Redis, shared by every process that points at the same server: values are set with a
 * millisecond expiry ({@code SET PX}); the computation lock is {@code SET lock token NX PX lease}, released only by
 * its owner (a Lua compare-and-delete), and expires by itself if its owner dies.
 *
 * <p>Every command has a timeout; a dropped connection is not re-established in the background but on the next
 * call, so a Redis that is down costs one refused connection per retry interval and no log noise of its own.
 */
public final class RedisStore implements CacheStore {
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final String RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then"
            + " return redis.call('del', KEYS[1]) else return 0 end";

    private final RedisClient client;
    private final String name;
    private StatefulRedisConnection<String, byte[]> connection;

    /** A store on the server {@code uri} names; it connects on first use, each call bounded by {@code timeout}. */
    public RedisStore(RedisURI uri, Duration timeout) {
        uri.setTimeout(timeout);
        this.name = "redis://" + uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
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

    private synchronized RedisCommands<String, byte[]> commands() {
        if (connection == null || !connection.isOpen()) {
            if (connection != null) {
                connection.closeAsync();
                connection = null;
            }
            connection = client.connect(CODEC);
        }
        return connection.sync();
    }
}
