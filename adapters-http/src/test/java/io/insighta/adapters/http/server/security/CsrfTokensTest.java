package io.insighta.adapters.http.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {
  private final CsrfTokens tokens =
      new CsrfTokens(
          "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), new SecureRandom());

  @Test
  void tokenVerifiesForItsOwnSessionOnly() {
    String token = tokens.mint("session-a");

    assertThat(tokens.verify(token, "session-a")).isTrue();
    assertThat(tokens.verify(token, "session-b")).isFalse();
    assertThat(tokens.mint("session-a")).isNotEqualTo(token);
  }

  @Test
  void alteredOrMalformedTokensFail() {
    String token = tokens.mint("s");
    String[] parts = token.split("\\.");

    assertThat(tokens.verify("x" + parts[0] + "." + parts[1], "s")).isFalse();
    assertThat(tokens.verify(parts[0] + ".x" + parts[1], "s")).isFalse();
    assertThat(tokens.verify(parts[0], "s")).isFalse();
    assertThat(tokens.verify(token + ".more", "s")).isFalse();
    assertThat(tokens.verify(null, "s")).isFalse();
  }

  @Test
  void anotherSecretMintsTokensThatDoNotVerify() {
    CsrfTokens other =
        new CsrfTokens(
            "another-secret-0123456789abcdef!".getBytes(StandardCharsets.UTF_8),
            new SecureRandom());

    assertThat(tokens.verify(other.mint("s"), "s")).isFalse();
  }
}
