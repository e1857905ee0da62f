package io.insighta.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackRedirectUriTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:9876/callback",
        "http://127.0.0.1:1/callback",
        "http://127.0.0.1:65535/callback",
        "http://[::1]:9876/callback"
      })
  void loopbackLiteralsWithAPortAreAllowed(String uri) {
    assertThat(LoopbackRedirectUri.isAllowed(uri)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:9876/callback",
        "http://127.0.0.1/callback",
        "http://127.0.0.1:0/callback",
        "http://127.0.0.1:65536/callback",
        "http://127.0.0.1:09876/callback",
        "http://127.0.0.1:9876/callback/",
        "http://127.0.0.1:9876/callback?next=x",
        "http://127.0.0.1:9876/callback#x",
        "http://user@127.0.0.1:9876/callback",
        "HTTP://127.0.0.1:9876/callback",
        "https://127.0.0.1:9876/callback",
        "http://127.0.0.2:9876/callback",
        "http://127.0.0.1.evil.example:9876/callback",
        "http://[::1]/callback",
        "https://evil.example/callback",
        ""
      })
  void everythingElseIsRefused(String uri) {
    assertThat(LoopbackRedirectUri.isAllowed(uri)).isFalse();
  }
}
