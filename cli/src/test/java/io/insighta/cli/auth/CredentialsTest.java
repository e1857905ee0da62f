package io.insighta.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.cli.CliException;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  private static Credentials issuedFor(String apiUrl) {
    return new Credentials("at", "rt", "2026-04-01T12:03:00Z", "octocat", "admin", apiUrl);
  }

  @Test
  void issuedUrlMatchesWhateverItsSpellingOfCaseDefaultPortAndTrailingSlash() {
    Credentials credentials = issuedFor("https://API.Example.com:443/");

    assertThat(credentials.requireIssuedFor("https://api.example.com")).isSameAs(credentials);
    assertThat(issuedFor("http://127.0.0.1:80").requireIssuedFor("http://127.0.0.1")).isNotNull();
  }

  @Test
  void anotherHostPortSchemeOrPathIsRefusedWithAnAuthError() {
    Credentials credentials = issuedFor("https://api.example.com");

    for (String other :
        new String[] {
          "https://evil.example.com",
          "https://api.example.com:8443",
          "http://api.example.com",
          "https://api.example.com/v2"
        }) {
      assertThatThrownBy(() -> credentials.requireIssuedFor(other))
          .as(other)
          .isInstanceOf(CliException.class)
          .hasMessageContaining("issued for https://api.example.com, not " + other)
          .hasMessageContaining("insighta login --api-url " + other)
          .extracting(e -> ((CliException) e).exitCode())
          .isEqualTo(3);
    }
  }

  @Test
  void credentialsThatDoNotRecordTheirUrlAreNeverSent() {
    assertThatThrownBy(() -> issuedFor(null).requireIssuedFor("https://api.example.com"))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("do not record the API URL")
        .hasMessageContaining("insighta login --api-url https://api.example.com");
  }
}
