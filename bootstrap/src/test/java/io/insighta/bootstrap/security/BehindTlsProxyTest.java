package io.insighta.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server whose public URL is {@code https://} while TLS ends at a proxy that is not configured as
 * trusted: the cookies are Secure and prefixed anyway, and browsers are told to keep to HTTPS.
 */
class BehindTlsProxyTest {
  private static ServerFixture server;

  @BeforeAll
  static void start() {
    server =
        ServerFixture.start(
            Map.of("INSIGHTA_PUBLIC_URL", "https://insighta.example"), Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void sessionCookiesAreSecureAndHostPrefixedWhateverTheProxySays() {
    HttpResult signIn = server.send(request("/auth/github/callback?code=test_code").GET());

    List<String> cookies = signIn.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .anyMatch(
            c ->
                c.matches(
                    "__Host-access_token=[^;]+; Path=/; Max-Age=\\d+; HttpOnly; Secure; SameSite=Lax"))
        .anyMatch(
            c ->
                c.matches(
                    "__Host-refresh_token=[^;]+; Path=/; Max-Age=\\d+; HttpOnly; Secure; SameSite=Lax"))
        .anyMatch(
            c -> c.matches("__Host-csrf_token=[^;]+; Path=/; Max-Age=\\d+; Secure; SameSite=Lax"))
        .noneMatch(c -> c.startsWith("access_token=") || c.startsWith("refresh_token="));
  }

  @Test
  void thePrefixedAccessCookieAuthenticates() {
    HttpResult signIn = server.send(request("/auth/github/callback?code=test_code").GET());
    String access =
        signIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("__Host-access_token="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();

    HttpResult me = server.send(request("/auth/me").header("Cookie", access).GET());

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("data").path("role").asText()).isEqualTo("admin");
  }

  @Test
  void theStateCookieIsSecurePrefixedAndEveryAnswerCarriesHsts() {
    HttpResult begin =
        server.send(request("/auth/github").header("X-Forwarded-Host", "insighta.example").GET());
    HttpResult health = server.send(request("/health").GET());

    assertThat(begin.status()).isEqualTo(302);
    assertThat(begin.header("Set-Cookie"))
        .matches(
            "__Secure-oauth_state=[^;]+; Path=/auth/github; Max-Age=600; HttpOnly; Secure; SameSite=Lax");
    assertThat(health.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    assertThat(begin.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
  }

  @Test
  void aPlainHttpPublicUrlSendsNoHsts() {
    try (ServerFixture plain = ServerFixture.start()) {
      HttpResult health = plain.send(HttpRequest.newBuilder(plain.url("/health")).GET());

      assertThat(health.header("Strict-Transport-Security")).isNull();
    }
  }

  private static HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(server.url(pathAndQuery));
  }
}
