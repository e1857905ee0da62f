package io.insighta.adapters.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Runs commands against Redis and turns every Jedis failure into {@link RedisUnavailableException}.
 * Once Redis failed to answer, calls fail at once without touching the network, and a single call
 * probes Redis again each {@code retryInterval}, so an outage costs one timeout per interval rather
 * than one per request; recovery needs no restart.
 */
public final class RedisGuard {
  public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(1);
  private static final Logger LOG = LoggerFactory.getLogger(RedisGuard.class);

  private final UnifiedJedis redis;
  private final Clock clock;
  private final long retryMillis;
  private final StateChangeLog outage = new StateChangeLog(LOG);
  private final StateChangeLog errors = new StateChangeLog(LOG);
  private final AtomicLong nextProbeMillis = new AtomicLong();

  public RedisGuard(UnifiedJedis redis, Clock clock, Duration retryInterval) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retryMillis = retryInterval.toMillis();
  }

  /**
   * Runs one command; its result may be null (a missing key).
   *
   * @throws RedisUnavailableException when Redis is known to be down or the command fails
   */
  public <T> T call(Function<UnifiedJedis, T> command) {
    if (outage.inTrouble() && !claimProbe()) {
      throw new RedisUnavailableException("Redis is unavailable; next probe pending", null);
    }
    T result;
    try {
      result = command.apply(redis);
    } catch (JedisDataException e) {
      // Redis answered, with an error about this command or key: not an outage.
      errors.trouble("Redis answered a command with an error: {}", e.toString());
      throw new RedisUnavailableException("Redis answered with an error", e);
    } catch (JedisException e) {
      nextProbeMillis.set(clock.millis() + retryMillis);
      outage.trouble("Redis unavailable, failing open until it answers again: {}", e.toString());
      throw new RedisUnavailableException("Redis is unavailable", e);
    } catch (RuntimeException e) {
      // A reply Jedis could not map, or a closed pool: callers still must not see it.
      errors.trouble("Redis call failed unexpectedly: {}", e.toString());
      throw new RedisUnavailableException("Redis call failed", e);
    }
    outage.recovered("Redis answers again; shared cache and limits restored");
    errors.recovered("Redis answers without errors again");
    return result;
  }

  /** True while the last attempt found Redis down. */
  public boolean unavailable() {
    return outage.inTrouble();
  }

  private boolean claimProbe() {
    long next = nextProbeMillis.get();
    long now = clock.millis();
    return now >= next && nextProbeMillis.compareAndSet(next, now + retryMillis);
  }
}
