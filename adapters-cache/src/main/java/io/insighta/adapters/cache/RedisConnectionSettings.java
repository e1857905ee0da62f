package io.insighta.adapters.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * How this process talks to Redis: the endpoint, bounded timeouts for connecting, reading and
 * borrowing a pooled connection (never the infinite defaults), and a pool sized for a small host.
 */
public record RedisConnectionSettings(
    RedisEndpoint endpoint,
    Duration connectTimeout,
    Duration socketTimeout,
    Duration borrowTimeout,
    int maxConnections) {
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofMillis(250);
  public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofMillis(250);
  public static final Duration DEFAULT_BORROW_TIMEOUT = Duration.ofMillis(200);
  public static final int DEFAULT_MAX_CONNECTIONS = 8;

  public RedisConnectionSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    requireBounded("connect timeout", connectTimeout);
    requireBounded("socket timeout", socketTimeout);
    requireBounded("borrow timeout", borrowTimeout);
    if (maxConnections < 1) {
      throw new IllegalArgumentException("the Redis pool needs at least one connection");
    }
  }

  /** The URL's endpoint with the default timeouts and pool size. */
  public static RedisConnectionSettings fromUrl(String url) {
    return new RedisConnectionSettings(
        RedisEndpoint.parse(url),
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_SOCKET_TIMEOUT,
        DEFAULT_BORROW_TIMEOUT,
        DEFAULT_MAX_CONNECTIONS);
  }

  public RedisConnectionSettings withSocketTimeout(Duration timeout) {
    return new RedisConnectionSettings(
        endpoint, connectTimeout, timeout, borrowTimeout, maxConnections);
  }

  public RedisConnectionSettings withConnectTimeout(Duration timeout) {
    return new RedisConnectionSettings(
        endpoint, timeout, socketTimeout, borrowTimeout, maxConnections);
  }

  public RedisConnectionSettings withBorrowTimeout(Duration timeout) {
    return new RedisConnectionSettings(
        endpoint, connectTimeout, socketTimeout, timeout, maxConnections);
  }

  private static void requireBounded(String what, Duration timeout) {
    Objects.requireNonNull(timeout, what);
    // Zero would mean "wait forever" to Jedis and commons-pool, which is what this type prevents.
    if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the Redis " + what + " must be a positive duration");
    }
  }
}
