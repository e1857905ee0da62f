package io.insighta.adapters.cache.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.cache.RedisGuard;
import io.insighta.adapters.cache.RedisTestServer;
import io.insighta.application.contract.MutableClock;
import io.insighta.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Stamps shared through one Redis by two instances, and what an outage does to them. */
class RedisUserVersionsTest {
  private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
  private final RedisTestServer server = RedisTestServer.embedded();
  private final RedisClient client = server.client();
  private final RedisUserVersions instanceA = versions();
  private final RedisUserVersions instanceB = versions();
  private final UserId grace = UserId.generate(clock);
  private final UserId ada = UserId.generate(clock);

  @AfterEach
  void stopRedis() {
    client.close();
    server.close();
  }

  private RedisUserVersions versions() {
    return new RedisUserVersions(new RedisGuard(client, clock, Duration.ofSeconds(1)));
  }

  @Test
  void aBumpOnOneInstanceChangesTheStampTheOtherReads() {
    String before = instanceB.current(grace).orElseThrow();
    String adaBefore = instanceB.current(ada).orElseThrow();

    instanceA.bump(grace);

    assertThat(instanceB.current(grace)).isPresent().get().isNotEqualTo(before);
    assertThat(instanceB.current(ada)).contains(adaBefore);
  }

  @Test
  void duringAnOutageTheStampIsUnknownAndAMissedBumpIsSentOnRecovery() {
    String before = instanceB.current(grace).orElseThrow();
    server.stop();

    instanceA.bump(grace);
    assertThat(instanceA.current(grace)).isEmpty();
    assertThat(instanceB.current(grace)).isEmpty();

    server.restart();
    clock.advance(Duration.ofSeconds(1));

    assertThat(instanceA.current(grace)).isPresent().get().isNotEqualTo(before);
    assertThat(instanceB.current(grace)).isEqualTo(instanceA.current(grace));
  }
}
