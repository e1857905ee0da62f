package io.insighta.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.cli.CliException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private static Settings with(Map<String, String> env) {
    return new Settings(Env.of(env));
  }

  @Test
  void apiUrlComesFromOptionThenEnvironmentThenFileThenDefault() {
    Settings env = with(Map.of("INSIGHTA_API_URL", "https://env"));
    Settings none = with(Map.of());

    assertThat(env.apiUrl("https://opt/", () -> Optional.of("https://file")))
        .isEqualTo("https://opt");
    assertThat(env.apiUrl(null, () -> Optional.of("https://file"))).isEqualTo("https://env");
    assertThat(none.apiUrl(null, () -> Optional.of("https://file"))).isEqualTo("https://file");
    assertThat(none.apiUrl(null, Optional::empty)).isEqualTo("http://localhost:8080");
  }

  @Test
  void apiUrlIsNormalisedForComparison() {
    Settings none = with(Map.of());

    assertThat(none.apiUrl("HTTPS://API.Example.COM:443/v1//", Optional::empty))
        .isEqualTo("https://api.example.com/v1");
    assertThat(none.apiUrl("http://LocalHost:80", Optional::empty)).isEqualTo("http://localhost");
    assertThat(none.apiUrl("https://api.example.com:8443", Optional::empty))
        .isEqualTo("https://api.example.com:8443");
  }

  @Test
  void plainHttpIsAcceptedOnlyForLoopbackHosts() {
    Settings none = with(Map.of());

    for (String loopback :
        List.of(
            "http://localhost:8080",
            "http://127.0.0.1:8080",
            "http://127.10.20.30",
            "http://[::1]:8080")) {
      assertThat(none.apiUrl(loopback, Optional::empty)).as(loopback).isEqualTo(loopback);
    }
    for (String remote :
        List.of(
            "http://api.example.com",
            "http://10.0.0.5:8080",
            "http://128.0.0.1",
            "http://localhost.example.com",
            "http://127.0.0.1.nip.io",
            "http://[::2]")) {
      assertThatThrownBy(() -> none.apiUrl(remote, Optional::empty))
          .as(remote)
          .isInstanceOf(CliException.class)
          .hasMessageContaining(remote)
          .hasMessageContaining("https://")
          .extracting(e -> ((CliException) e).exitCode())
          .isEqualTo(2);
    }
  }

  @Test
  void plainHttpStoredForARemoteHostIsRefusedToo() {
    assertThatThrownBy(
            () -> with(Map.of()).apiUrl(null, () -> Optional.of("http://api.example.com")))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("http://api.example.com");
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
