package io.insighta.adapters.http.client.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.insighta.domain.user.AuthorizationRequest;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.IdentityProviderException;
import io.insighta.domain.user.IdentityProviderException.Kind;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GithubIdentityProviderTest {
  private static final String REDIRECT = "http://127.0.0.1:9876/callback";
  private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(1);

  private FakeGithubServer github;
  private String verifier;
  private String challenge;

  @BeforeEach
  void startGithub() {
    github =
        FakeGithubServer.start()
            .registerUser(1001, "octocat", "octocat@example.com")
            .registerUserWithPrivateEmail(1002, "hidden", "hidden@example.com");
    verifier = newVerifier();
    challenge = FakeGithubServer.challengeFor(verifier);
  }

  @AfterEach
  void stopGithub() {
    github.close();
  }

  private GithubSettings settings(String clientSecret, Duration requestTimeout) {
    return new GithubSettings(
        github.clientId(),
        clientSecret,
        github.baseUrl(),
        github.baseUrl(),
        Duration.ofSeconds(2),
        requestTimeout,
        GithubSettings.DEFAULT_SCOPE);
  }

  private GithubIdentityProvider provider() {
    return new GithubIdentityProvider(settings(github.clientSecret(), Duration.ofSeconds(5)));
  }

  private static void assertFails(ThrowingCallable call, Kind kind, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            IdentityProviderException.class, e -> assertThat(e.kind()).isEqualTo(kind))
        .hasMessage(message);
  }

  @Test
  void authorizationUrlCarriesEveryParameterEncoded() {
    URI url =
        provider().authorizationUrl(new AuthorizationRequest("st/ate+1", challenge, REDIRECT));

    assertThat(url.toString())
        .startsWith(github.baseUrl() + "/login/oauth/authorize?")
        .contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A9876%2Fcallback")
        .contains("scope=read%3Auser%20user%3Aemail")
        .contains("state=st%2Fate%2B1");
    assertThat(queryOf(url))
        .containsExactly(
            Map.entry("client_id", github.clientId()),
            Map.entry("redirect_uri", REDIRECT),
            Map.entry("scope", "read:user user:email"),
            Map.entry("state", "st/ate+1"),
            Map.entry("code_challenge", challenge),
            Map.entry("code_challenge_method", "S256"));
  }

  @Test
  void validExchangeYieldsTheGithubIdentity() {
    String code = github.issueCode("octocat", challenge, REDIRECT);

    ExternalIdentity identity = provider().exchange(code, verifier, REDIRECT);

    assertThat(identity)
        .isEqualTo(
            new ExternalIdentity(
                1001,
                "octocat",
                "octocat@example.com",
                "https://avatars.githubusercontent.com/u/1001?v=4"));
    assertThat(github.lastTokenRequest())
        .containsEntry("client_secret", github.clientSecret())
        .containsEntry("code_verifier", verifier)
        .containsEntry("redirect_uri", REDIRECT);
    assertThat(github.calls(FakeGithubServer.EMAILS_PATH)).isZero();
  }

  @Test
  void followingTheAuthorizeRedirectYieldsACodeTheExchangeAccepts() throws Exception {
    GithubIdentityProvider provider = provider();
    URI authorize =
        provider.authorizationUrl(new AuthorizationRequest("state-123", challenge, REDIRECT));

    HttpResponse<Void> redirect =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.discarding());

    assertThat(redirect.statusCode()).isEqualTo(302);
    URI callback = URI.create(redirect.headers().firstValue("Location").orElseThrow());
    assertThat(callback.toString()).startsWith(REDIRECT + "?");
    Map<String, String> parameters = queryOf(callback);
    assertThat(parameters).containsEntry("state", "state-123");
    assertThat(provider.exchange(parameters.get("code"), verifier, REDIRECT).login())
        .isEqualTo("octocat");
  }

  @Test
  void verifierThatDoesNotMatchTheChallengeIsRejected() {
    String code = github.issueCode("octocat", challenge, REDIRECT);

    assertFails(
        () -> provider().exchange(code, newVerifier(), REDIRECT),
        Kind.REJECTED,
        "GitHub rejected the authorization code");
  }

  @Test
  void badVerificationCodeAnsweredWithHttp200IsRejected() {
    github.respondWith(
        FakeGithubServer.TOKEN_PATH,
        200,
        "{\"error\":\"bad_verification_code\",\"error_description\":\"expired\"}");

    assertFails(
        () -> provider().exchange("some-code", verifier, REDIRECT),
        Kind.REJECTED,
        "GitHub rejected the authorization code");
    assertThat(github.calls(FakeGithubServer.USER_PATH)).isZero();
  }

  @Test
  void replayedCodeIsRejected() {
    String code = github.issueCode("octocat", challenge, REDIRECT);
    GithubIdentityProvider provider = provider();
    provider.exchange(code, verifier, REDIRECT);

    assertFails(
        () -> provider.exchange(code, verifier, REDIRECT),
        Kind.REJECTED,
        "GitHub rejected the authorization code");
  }

  @Test
  void wrongClientSecretIsRejected() {
    String code = github.issueCode("octocat", challenge, REDIRECT);
    var provider = new GithubIdentityProvider(settings("wrong-secret", Duration.ofSeconds(5)));

    assertFails(
        () -> provider.exchange(code, verifier, REDIRECT),
        Kind.REJECTED,
        "GitHub rejected the authorization code");
  }

  @Test
  void redirectUriOtherThanTheApprovedOneIsRejected() {
    String code = github.issueCode("octocat", challenge, REDIRECT);

    assertFails(
        () -> provider().exchange(code, verifier, "http://127.0.0.1:9876/other"),
        Kind.REJECTED,
        "GitHub rejected the authorization code");
  }

  @Test
  void replyWithoutAccessTokenIsRejected() {
    github.respondWith(FakeGithubServer.TOKEN_PATH, 200, "{\"token_type\":\"bearer\"}");

    assertFails(
        () -> provider().exchange("code", verifier, REDIRECT),
        Kind.REJECTED,
        "GitHub rejected the authorization code");
  }

  @Test
  void tokenEndpointServerErrorOrGarbageIsUnavailable() {
    github.respondWith(FakeGithubServer.TOKEN_PATH, 502, "{\"message\":\"bad gateway\"}");
    assertFails(
        () -> provider().exchange("code", verifier, REDIRECT),
        Kind.UNAVAILABLE,
        "GitHub is unavailable");

    github.respondWith(FakeGithubServer.TOKEN_PATH, 200, "<html>unicorn</html>");
    assertFails(
        () -> provider().exchange("code", verifier, REDIRECT),
        Kind.UNAVAILABLE,
        "GitHub is unavailable");
  }

  @Test
  void userEndpointServerErrorIsUnavailable() {
    String code = github.issueCode("octocat", challenge, REDIRECT);
    github.respondWith(FakeGithubServer.USER_PATH, 500, "{}");

    assertFails(
        () -> provider().exchange(code, verifier, REDIRECT),
        Kind.UNAVAILABLE,
        "GitHub is unavailable");
  }

  @Test
  void stalledUserEndpointIsUnavailableWithinTheTimeout() {
    // A first sign-in loads everything, so the short timeout below only has the stall to catch.
    provider().exchange(github.issueCode("octocat", challenge, REDIRECT), verifier, REDIRECT);
    String code = github.issueCode("octocat", challenge, REDIRECT);
    github.stall(FakeGithubServer.USER_PATH);
    var provider = new GithubIdentityProvider(settings(github.clientSecret(), SHORT_TIMEOUT));
    long start = System.nanoTime();

    assertFails(
        () -> provider.exchange(code, verifier, REDIRECT),
        Kind.UNAVAILABLE,
        "GitHub is unavailable");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void userEndpointRefusingTheTokenIsRejected() {
    String code = github.issueCode("octocat", challenge, REDIRECT);
    github.respondWith(FakeGithubServer.USER_PATH, 401, "{\"message\":\"Bad credentials\"}");

    assertFails(
        () -> provider().exchange(code, verifier, REDIRECT),
        Kind.REJECTED,
        "GitHub rejected the access token");
  }

  @Test
  void malformedUserReplyIsUnavailable() {
    String code = github.issueCode("octocat", challenge, REDIRECT);
    github.respondWith(FakeGithubServer.USER_PATH, 200, "{\"id\":\"1001\",\"login\":\"octocat\"}");

    assertFails(
        () -> provider().exchange(code, verifier, REDIRECT),
        Kind.UNAVAILABLE,
        "GitHub is unavailable");
  }

  @Test
  void privateEmailIsReadFromThePrimaryVerifiedAddress() {
    String code = github.issueCode("hidden", challenge, REDIRECT);

    ExternalIdentity identity = provider().exchange(code, verifier, REDIRECT);

    assertThat(identity.githubId()).isEqualTo(1002);
    assertThat(identity.email()).isEqualTo("hidden@example.com");
    assertThat(github.calls(FakeGithubServer.EMAILS_PATH)).isEqualTo(1);
  }

  @Test
  void failingEmailLookupLeavesTheEmailEmpty() {
    String code = github.issueCode("hidden", challenge, REDIRECT);
    github.respondWith(FakeGithubServer.EMAILS_PATH, 403, "{\"message\":\"scope missing\"}");

    ExternalIdentity identity = provider().exchange(code, verifier, REDIRECT);

    assertThat(identity.login()).isEqualTo("hidden");
    assertThat(identity.email()).isNull();
  }

  @Test
  void missingCredentialsMeanNotConfiguredAndGithubIsNeverCalled() {
    var provider = new GithubIdentityProvider(settings(" ", Duration.ofSeconds(5)));

    assertFails(
        () -> provider.authorizationUrl(new AuthorizationRequest("s", challenge, REDIRECT)),
        Kind.NOT_CONFIGURED,
        "GitHub login is not configured");
    assertFails(
        () -> provider.exchange("code", verifier, REDIRECT),
        Kind.NOT_CONFIGURED,
        "GitHub login is not configured");
    assertThat(github.tokenRequests()).isZero();
  }

  @Test
  void missingCodeOrVerifierIsRejectedWithoutCallingGithub() {
    assertThat(
            catchThrowableOfType(
                    IdentityProviderException.class,
                    () -> provider().exchange("code", null, REDIRECT))
                .kind())
        .isEqualTo(Kind.REJECTED);
    assertThat(github.tokenRequests()).isZero();
  }

  private static String newVerifier() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static Map<String, String> queryOf(URI uri) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&", -1)) {
      int equals = pair.indexOf('=');
      parameters.put(
          pair.substring(0, equals),
          URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
