package io.insighta.adapters.http.client.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GithubSettingsTest {

  @Test
  void defaultsPointAtPublicGithubWithTheMinimalScope() {
    GithubSettings settings = GithubSettings.defaults("id", "secret");

    assertThat(settings.oauthBaseUrl()).isEqualTo(URI.create("https://github.com"));
    assertThat(settings.apiBaseUrl()).isEqualTo(URI.create("https://api.github.com"));
    assertThat(settings.scope()).isEqualTo("read:user user:email");
    assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.isConfigured()).isTrue();
  }

  @Test
  void missingIdOrSecretIsNotConfigured() {
    assertThat(GithubSettings.defaults(null, "secret").isConfigured()).isFalse();
    assertThat(GithubSettings.defaults("id", "").isConfigured()).isFalse();
  }

  @Test
  void toStringNeverShowsTheClientSecret() {
    assertThat(GithubSettings.defaults("id", "s3cr3t-value").toString())
        .contains("clientId=id")
        .doesNotContain("s3cr3t-value");
  }

  @Test
  void accessTokenToStringIsRedacted() {
    assertThat(new GithubAccessToken("gho_abc").toString()).doesNotContain("gho_abc");
  }
}
