package io.insighta.adapters.http.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.contract.MutableClock;
import io.insighta.domain.role.Role;
import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.InvalidTokenException;
import io.insighta.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JwtLifetimeTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final JwtAccessTokenCodec codec =
      new JwtAccessTokenCodec(JwtSettings.withSecret(SECRET), clock);

  @Test
  void expiryAllowsTheLeewayAndNoMore() {
    AccessClaims claims =
        new AccessClaims(
            UserId.generate(clock),
            Role.ADMIN,
            FamilyId.random(),
            "jti",
            NOW,
            NOW.plus(Duration.ofMinutes(3)));
    String token = codec.issue(claims);

    clock.set(claims.expiresAt().plusSeconds(4));
    assertThat(codec.verify(token)).isEqualTo(claims);
    clock.set(claims.expiresAt().plusSeconds(6));
    assertThatThrownBy(() -> codec.verify(token)).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void shortSecretsAndLargeLeewaysAreRefused() {
    assertThatThrownBy(() -> JwtSettings.withSecret("x".repeat(31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(
            () ->
                new JwtSettings(
                    SECRET.getBytes(StandardCharsets.UTF_8), "i", "a", Duration.ofSeconds(31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(JwtSettings.withSecret(SECRET).toString()).doesNotContain(SECRET);
  }
}
