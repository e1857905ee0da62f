package io.insighta.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateRuleTest {

  @Test
  void parsesRequestsPerDuration() {
    assertThat(RateRule.parse("10/1m")).isEqualTo(new RateRule(10, Duration.ofMinutes(1)));
    assertThat(RateRule.parse(" 60/1m ")).isEqualTo(new RateRule(60, Duration.ofMinutes(1)));
    assertThat(RateRule.parse("100/90s")).isEqualTo(new RateRule(100, Duration.ofSeconds(90)));
    assertThat(RateRule.parse("5000/1h")).isEqualTo(new RateRule(5000, Duration.ofHours(1)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "10", "/1m", "0/1m", "-1/1m", "10/", "10/0s", "10/1x", "ten/1m", "10/1.5m"})
  void rejectsMalformedRulesWithTheExpectedFormat(String text) {
    assertThatThrownBy(() -> RateRule.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text.isEmpty() ? "rate limit" : text);
  }

  @Test
  void refusalMustAskForAtLeastOneSecond() {
    assertThatThrownBy(() -> new RateDecision(false, 10, 0, 5, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RateDecision(false, 10, 0, 5, 5).allowed()).isFalse();
  }
}
