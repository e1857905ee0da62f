package io.insighta.domain.pat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenRequestValuesTest {

  @Test
  void aNameIsTrimmedAndKeepsItsSpelling() {
    assertThat(new TokenName("  CI – nightly ✓ ").value()).isEqualTo("CI – nightly ✓");
    assertThat(new TokenName("x".repeat(100)).value()).hasSize(100);
  }

  @Test
  void aBlankNameIsMissingWhileABadOneIsInvalid() {
    assertThat(nameFailure("")).matches(InvalidTokenRequestException::isMissingName);
    assertThat(nameFailure(" \t ")).matches(InvalidTokenRequestException::isMissingName);
    assertThat(nameFailure("x".repeat(101)).isMissingName()).isFalse();
    assertThat(nameFailure("ci\u0000").isMissingName()).isFalse();
    assertThat(nameFailure("ci\u200Bjob").isMissingName()).isFalse();
  }

  @Test
  void aLifetimeIsOneTo365DaysAndThirtyByDefault() {
    Instant now = Instant.parse("2026-04-01T12:00:00Z");
    assertThat(TokenLifetime.DEFAULT.days()).isEqualTo(30);
    assertThat(new TokenLifetime(1).expiryFrom(now)).isEqualTo(now.plus(Duration.ofDays(1)));
    assertThat(new TokenLifetime(365).days()).isEqualTo(365);
    for (int days : new int[] {0, -1, 366, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> new TokenLifetime(days))
          .isInstanceOf(InvalidTokenRequestException.class)
          .matches(e -> !((InvalidTokenRequestException) e).isMissingName());
    }
  }

  private static InvalidTokenRequestException nameFailure(String name) {
    try {
      new TokenName(name);
    } catch (InvalidTokenRequestException e) {
      return e;
    }
    throw new AssertionError("accepted: " + name);
  }
}
