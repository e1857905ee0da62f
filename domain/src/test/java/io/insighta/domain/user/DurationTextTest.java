package io.insighta.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

  @Test
  void parsesSecondsMinutesHoursAndDays() {
    assertThat(DurationText.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(DurationText.parse("3m")).isEqualTo(Duration.ofMinutes(3));
    assertThat(DurationText.parse("1H")).isEqualTo(Duration.ofHours(1));
    assertThat(DurationText.parse("2d")).isEqualTo(Duration.ofDays(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "3", "m", "0m", "-1m", "1.5m", "3 minutes", "PT3M"})
  void rejectsAnythingElse(String text) {
    assertThatThrownBy(() -> DurationText.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
