package io.insighta.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.cli.CliException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private static Settings with(Map<String, String> env) {
    return new Settings(Env.of(env));
  }

  @Test
  void apiUrlComesFromOptionThenEnvironmentThenFileThenDefault() {
    Settings env = with(Map.of("INSIGHTA_API_URL", "http://env"));
    Settings none = with(Map.of());

    assertThat(env.apiUrl("http://opt/", () -> Optional.of("http://file"))).isEqualTo("http://opt");
    assertThat(env.apiUrl(null, () -> Optional.of("http://file"))).isEqualTo("http://env");
    assertThat(none.apiUrl(null, () -> Optional.of("http://file"))).isEqualTo("http://file");
    assertThat(none.apiUrl(null, Optional::empty)).isEqualTo("http://localhost:8080");
  }

  @Test
  void homeIsInsightaHomeThenDollarHomeThenTheAccountsHome() {
    assertThat(with(Map.of("INSIGHTA_HOME", "/tmp/x", "HOME", "/tmp/h")).home())
        .isEqualTo(Path.of("/tmp/x"));
    assertThat(with(Map.of("HOME", "/tmp/h")).home()).isEqualTo(Path.of("/tmp/h", ".insighta"));
    assertThat(with(Map.of()).home())
        .isEqualTo(Path.of(System.getProperty("user.home"), ".insighta"));
  }

  @Test
  void callbackPortDefaultsTo9876AndRejectsNonsense() {
    assertThat(with(Map.of()).callbackPort()).isEqualTo(9876);
    assertThat(with(Map.of("INSIGHTA_CALLBACK_PORT", "8123")).callbackPort()).isEqualTo(8123);
    assertThatThrownBy(() -> with(Map.of("INSIGHTA_CALLBACK_PORT", "http")).callbackPort())
        .isInstanceOf(CliException.class)
        .hasMessageContaining("INSIGHTA_CALLBACK_PORT");
    assertThatThrownBy(() -> with(Map.of("INSIGHTA_CALLBACK_PORT", "70000")).callbackPort())
        .isInstanceOf(CliException.class);
  }

  @Test
  void noColorCountsOnlyWhenNonEmpty() {
    assertThat(with(Map.of("NO_COLOR", "")).noColor()).isFalse();
    assertThat(with(Map.of("NO_COLOR", "0")).noColor()).isTrue();
  }
}
