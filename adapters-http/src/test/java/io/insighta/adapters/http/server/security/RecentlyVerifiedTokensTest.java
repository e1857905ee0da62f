package io.insighta.adapters.http.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.role.Role;
import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import io.insighta.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A verified token is remembered briefly, never past its expiry or its key's retirement. */
class RecentlyVerifiedTokensTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private static final SigningKey KEY =
      SigningKey.generate(SigningKeyPurpose.ACCESS_TOKEN, 1, NOW, NOW, new SecureRandom());

  private final RecentlyVerifiedTokens recent = new RecentlyVerifiedTokens();

  private static AccessClaims expiringIn(Duration lifetime) {
    return new AccessClaims(
        UserId.generate(Clock.fixed(NOW, ZoneOffset.UTC)),
        Role.ANALYST,
        FamilyId.random(),
        "jti",
        NOW,
        NOW.plus(lifetime));
  }

  @Test
  void aTokenIsRememberedForTwoSecondsWhileItsKeyIsTrusted() {
    AccessClaims claims = expiringIn(Duration.ofMinutes(3));
    recent.remember("token", claims, KEY, NOW);

    assertThat(recent.find("token", NOW.plusMillis(1_999), kid -> Optional.of(KEY)))
        .contains(claims);
    assertThat(recent.find("token", NOW.plusSeconds(2), kid -> Optional.of(KEY))).isEmpty();
    assertThat(recent.find("other", NOW, kid -> Optional.of(KEY))).isEmpty();
  }

  @Test
  void aTokenIsNotRememberedPastItsExpiry() {
    recent.remember("token", expiringIn(Duration.ofSeconds(1)), KEY, NOW);

    assertThat(recent.find("token", NOW.plusSeconds(1), kid -> Optional.of(KEY))).isEmpty();
  }

  @Test
  void aRetiredOrReplacedKeyEndsTheMemoryAtOnce() {
    AccessClaims claims = expiringIn(Duration.ofMinutes(3));
    SigningKey other =
        SigningKey.generate(SigningKeyPurpose.ACCESS_TOKEN, 2, NOW, NOW, new SecureRandom());

    recent.remember("retired", claims, KEY, NOW);
    recent.remember("replaced", claims, KEY, NOW);

    assertThat(recent.find("retired", NOW, kid -> Optional.empty())).isEmpty();
    assertThat(recent.find("replaced", NOW, kid -> Optional.of(other))).isEmpty();
    assertThat(recent.find("retired", NOW, kid -> Optional.of(KEY))).isEmpty();
  }
}
