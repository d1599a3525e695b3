package io.jdash.cache.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Opens the module's Redis clients (Jedis): blocking sockets from a pool, each command run on the calling thread,
 * so a memo hit costs one write and one read on that thread and no hand-over to an I/O thread.
 *
 * <p>Reads {@code redis://[[user]:password@]host[:port][/db]} and {@code rediss://…} (TLS). A password alone may
 * also be written {@code redis://password@host}, as before (Lettuce read it so).
 */
public final class RedisConnections {
    /**
     * How many connections a pool opens at most when nobody said how many threads use it: the server's default
     * {@code maxThreads} (see {@code ServerOptions}), so that no request thread waits for a connection.
     */
    public static final int DEFAULT_MAX_CONNECTIONS = 200;

    private RedisConnections() {}

    /**
     * A pooled client for {@code uri}.
     *
     * @param commandTimeout how long one command's reply may take
     * @param connectTimeout how long opening a connection may take
     * @param blockingTimeout how long a blocking command ({@code XREAD BLOCK}, a subscription's read) may wait
     *        for its reply; zero for ever
     * @param maxConnections the pool's bound; a caller waits at most {@code commandTimeout} for a free connection
     */
    public static RedisClient open(
            URI uri, Duration commandTimeout, Duration connectTimeout, Duration blockingTimeout, int maxConnections) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .socketTimeoutMillis(millis(commandTimeout))
                .connectionTimeoutMillis(millis(connectTimeout))
                .blockingSocketTimeoutMillis(millis(blockingTimeout))
                .database(JedisURIHelper.getDBIndex(uri))
                .ssl(JedisURIHelper.isRedisSSLScheme(uri))
                // no CLIENT SETINFO round trip on every new connection
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED);
        RedisProtocol protocol = JedisURIHelper.getRedisProtocol(uri);
        config.protocol(protocol != null ? protocol : RedisProtocol.RESP2);
        String userInfo = uri.getUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                config.password(userInfo);
            } else {
                if (colon > 0) {
                    config.user(userInfo.substring(0, colon));
                }
                config.password(userInfo.substring(colon + 1));
            }
        }
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(maxConnections);
        pool.setMaxIdle(maxConnections);
        pool.setMinIdle(0);
        pool.setBlockWhenExhausted(true);
        pool.setMaxWait(commandTimeout);
        // a dead connection fails its command and is dropped then; no PING before each use, no evictor thread
        pool.setTestOnBorrow(false);
        pool.setTestWhileIdle(false);
        pool.setTimeBetweenEvictionRuns(Duration.ofMillis(-1));
        pool.setJmxEnabled(false);
        return RedisClient.builder()
                .hostAndPort(hostAndPort(uri))
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
    }

    /** {@code redis://host:port/db}, for log lines and {@code describe()} (no password). */
    public static String describe(URI uri) {
        HostAndPort at = hostAndPort(uri);
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + at.getHost() + ":" + at.getPort() + "/"
                + JedisURIHelper.getDBIndex(uri);
    }

    private static HostAndPort hostAndPort(URI uri) {
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException(uri.getScheme() + " URI without a host: write redis://host:port[/db]");
        }
        return new HostAndPort(uri.getHost(), uri.getPort() < 0 ? Protocol.DEFAULT_PORT : uri.getPort());
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }
}
