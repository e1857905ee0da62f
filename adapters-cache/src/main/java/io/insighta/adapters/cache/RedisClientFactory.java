package io.insighta.adapters.cache;

import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/** Builds the pooled Jedis client from {@link RedisConnectionSettings}; it connects lazily. */
public final class RedisClientFactory {
  private RedisClientFactory() {}

  public static RedisClient create(RedisConnectionSettings settings) {
    RedisEndpoint endpoint = settings.endpoint();
    DefaultJedisClientConfig.Builder client =
        DefaultJedisClientConfig.builder()
            .connectionTimeoutMillis((int) settings.connectTimeout().toMillis())
            .socketTimeoutMillis((int) settings.socketTimeout().toMillis())
            .database(endpoint.database())
            .ssl(endpoint.tls())
            .clientName("insighta")
            // CLIENT SETINFO is Redis 7.2+ only; skipping it saves a round trip per new connection.
            .clientSetInfoConfig(ClientSetInfoConfig.DISABLED);
    if (endpoint.user() != null) {
      client.user(endpoint.user());
    }
    if (endpoint.password() != null) {
      client.password(endpoint.password());
    }
    return RedisClient.builder()
        .hostAndPort(endpoint.host(), endpoint.port())
        .clientConfig(client.build())
        .poolConfig(pool(settings))
        .build();
  }

  private static ConnectionPoolConfig pool(RedisConnectionSettings settings) {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(settings.maxConnections());
    pool.setMaxIdle(settings.maxConnections());
    pool.setMinIdle(0);
    pool.setBlockWhenExhausted(true);
    pool.setMaxWait(settings.borrowTimeout());
    pool.setJmxEnabled(false);
    // Idle connections left from before a Redis restart would each fail one probe and flip the
    // guard back into fallback; testing idle connections every second drops them beforehand.
    pool.setTestWhileIdle(true);
    pool.setTimeBetweenEvictionRuns(java.time.Duration.ofSeconds(1));
    return pool;
  }
}
