package io.jdash.benchmarks;

import io.jdash.server.cache.CacheStore;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
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

/**
 * The Redis cache store as it was before it moved to Jedis, for {@link CacheBenchmark} to measure beside it: one
 * Lettuce connection shared by every thread, read without a monitor, each command handed to Lettuce's event loop
 * and its answer handed back. Same commands and options as the old {@code RedisStore}; no reconnection (a benchmark
 * does not lose its Redis).
 */
final class LettuceStoreAsBefore implements CacheStore {
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final String RELEASE =
            "if redis.call('get', KEYS[1]) == ARGV[1] then" + " return redis.call('del', KEYS[1]) else return 0 end";

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;

    LettuceStoreAsBefore(String uri, Duration timeout) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(timeout);
        client = RedisClient.create(redisUri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(Duration.ofSeconds(2))
                        .build())
                .build());
        connection = client.connect(CODEC);
        connection.sync().ping();
    }

    private RedisCommands<String, byte[]> commands() {
        return connection.sync();
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
        return "lettuce (as before)";
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
