package io.insighta.application.auth;

import static io.insighta.application.auth.AuthFixture.CLI_CALLBACK;
import static io.insighta.application.auth.AuthFixture.github;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.domain.user.AuthorizationRequest;
import io.insighta.domain.user.IdentityProviderException;
import io.insighta.domain.user.Pkce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliLoginTest {
  private static final String VERIFIER = "a".repeat(43) + "-._~";
  private static final String STATE = "cli-state-0123456789abcdef";

  private final AuthFixture fx = new AuthFixture();

  private String approvedCode(String verifier, String redirectUri) {
    fx.beginCli.begin(
        new CliLoginRequest(STATE, Pkce.s256Challenge(verifier), "S256", redirectUri));
    AuthorizationRequest sent = fx.github.lastRequest();
    return fx.github.approve(sent, github(21, "cli-user"));
  }

  @Test
  void cliLoginForwardsTheClientsOwnStateAndChallenge() {
    String code = approvedCode(VERIFIER, CLI_CALLBACK);

    assertThat(fx.github.lastRequest().state()).isEqualTo(STATE);
    IssuedSession session =
        fx.completeCli.complete(new CliCallback(code, VERIFIER, CLI_CALLBACK), AuthFixture.ORIGIN);
    assertThat(session.user().username()).isEqualTo("cli-user");
  }

  @Test
  void wrongVerifierIsRejectedByGithub() {
    String code = approvedCode(VERIFIER, CLI_CALLBACK);

    assertThatThrownBy(
            () ->
                fx.completeCli.complete(
                    new CliCallback(code, "b".repeat(43), CLI_CALLBACK), AuthFixture.ORIGIN))
        .isInstanceOf(IdentityProviderException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "129", "dollar", "plus", "equals", "space", "empty"})
  void malformedVerifierIsRefusedWithoutCallingGithub(String kind) {
    String verifier =
        switch (kind) {
          case "42" -> "a".repeat(42);
          case "129" -> "a".repeat(129);
          case "dollar" -> "a".repeat(42) + "$";
          case "plus" -> "a".repeat(42) + "+";
          case "equals" -> "a".repeat(42) + "=";
          case "space" -> "a".repeat(42) + " ";
          default -> "";
        };

    assertThatThrownBy(
            () ->
                fx.completeCli.complete(
                    new CliCallback("somecode", verifier, CLI_CALLBACK), AuthFixture.ORIGIN))
        .isInstanceOf(BadAuthRequestException.class)
        .hasMessageContaining("code_verifier");
    assertThat(fx.github.exchanges()).isZero();
  }

  @Test
  void missingVerifierOrCodeIsRefused() {
    assertThatThrownBy(
            () ->
                fx.completeCli.complete(
                    new CliCallback("c", null, CLI_CALLBACK), AuthFixture.ORIGIN))
        .isInstanceOf(BadAuthRequestException.class)
        .hasMessage("Missing code_verifier");
    assertThatThrownBy(
            () ->
                fx.completeCli.complete(
                    new CliCallback(null, VERIFIER, CLI_CALLBACK), AuthFixture.ORIGIN))
        .isInstanceOf(BadAuthRequestException.class)
        .hasMessage("Missing code");
    assertThat(fx.github.exchanges()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:9876/callback",
        "https://127.0.0.1:9876/callback",
        "http://127.0.0.1:9876/other",
        "https://evil.example/callback",
        "http://127.0.0.1/callback"
      })
  void nonLoopbackRedirectUriIsRefusedAtBothEnds(String redirectUri) {
    String challenge = Pkce.s256Challenge(VERIFIER);

    assertThatThrownBy(
            () -> fx.beginCli.begin(new CliLoginRequest(STATE, challenge, "S256", redirectUri)))
        .isInstanceOf(BadAuthRequestException.class)
        .hasMessageContaining("redirect_uri");
    assertThatThrownBy(
            () ->
                fx.completeCli.complete(
                    new CliCallback("somecode", VERIFIER, redirectUri), AuthFixture.ORIGIN))
        .isInstanceOf(BadAuthRequestException.class);
    assertThat(fx.github.exchanges()).isZero();
  }

  @Test
  void badStateChallengeOrMethodIsRefused() {
    String challenge = Pkce.s256Challenge(VERIFIER);

    assertThatThrownBy(
            () -> fx.beginCli.begin(new CliLoginRequest("short", challenge, null, CLI_CALLBACK)))
        .hasMessageContaining("state");
    assertThatThrownBy(
            () -> fx.beginCli.begin(new CliLoginRequest(STATE, "x".repeat(42), null, CLI_CALLBACK)))
        .hasMessageContaining("code_challenge");
    assertThatThrownBy(
            () -> fx.beginCli.begin(new CliLoginRequest(STATE, challenge, "plain", CLI_CALLBACK)))
        .isInstanceOf(BadAuthRequestException.class)
        .hasMessageContaining("S256");
  }

  @Test
  void ipv6LoopbackIsAccepted() {
    String challenge = Pkce.s256Challenge(VERIFIER);

    assertThat(
            fx.beginCli.begin(
                new CliLoginRequest(STATE, challenge, null, "http://[::1]:50000/callback")))
        .isNotNull();
  }
}
