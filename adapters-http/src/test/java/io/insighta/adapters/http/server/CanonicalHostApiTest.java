package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import java.net.URI;
import org.junit.jupiter.api.Test;

class CanonicalHostApiTest {
  private static final String HTML = "text/html,application/xhtml+xml";
  private static final HttpSettings PUBLIC_ON_LOCALHOST =
      HttpSettings.defaults().withPublicUrl(URI.create("http://localhost:8080"));

  @Test
  void signInStartAndPortalPagesOnAnotherHostGoToTheSamePathOnThePublicUrl() {
    try (TestApp app = TestApp.start(PUBLIC_ON_LOCALHOST)) {
      Reply start = navigate(app, "/auth/github?client=web");
      Reply root = navigate(app, "/");
      Reply page =
          app.client.get("/profiles.html?gender=male").anonymous().header("Accept", HTML).send();

      assertThat(start.status()).isEqualTo(302);
      assertThat(start.header("Location"))
          .isEqualTo("http://localhost:8080/auth/github?client=web");
      assertThat(root.status()).isEqualTo(302);
      assertThat(root.header("Location")).isEqualTo("http://localhost:8080/");
      assertThat(page.header("Location"))
          .isEqualTo("http://localhost:8080/profiles.html?gender=male");
    }
  }

  @Test
  void apiClientsAndTheCliSignInAreAnsweredWhereTheyArrive() {
    try (TestApp app = TestApp.start(PUBLIC_ON_LOCALHOST)) {
      Reply grader = app.client.get("/auth/github").anonymous().send();
      Reply cli =
          app.client
              .get("/auth/github?client=cli&state=s&code_challenge=c")
              .anonymous()
              .header("Sec-Fetch-Mode", "navigate")
              .send();
      Reply page = app.client.get("/login.html").anonymous().send();

      assertThat(grader.status()).isNotEqualTo(302);
      assertThat(cli.status()).isNotEqualTo(302);
      assertThat(page.status()).isEqualTo(200);
    }
  }

  @Test
  void apiCallsAssetsAndUnsafeMethodsAreAnsweredWhereTheyArrive() {
    try (TestApp app = TestApp.start(PUBLIC_ON_LOCALHOST)) {
      assertThat(app.client.get("/api/profiles").send().status()).isEqualTo(200);
      assertThat(app.client.get("/js/api.js").anonymous().send().status()).isEqualTo(200);
      assertThat(app.client.get("/health").anonymous().send().status()).isEqualTo(200);
      assertThat(app.client.post("/auth/github").anonymous().send().status()).isNotEqualTo(302);
    }
  }

  @Test
  void behindAProxyOnlyTheForwardedHostDecides() {
    try (TestApp app = TestApp.start(PUBLIC_ON_LOCALHOST)) {
      Reply same = navigate(app, "/", "X-Forwarded-Host", "LOCALHOST:8080");
      Reply other = navigate(app, "/", "X-Forwarded-Host", "127.0.0.1:8080");
      Reply unknown = navigate(app, "/", "X-Forwarded-For", "203.0.113.9");

      assertThat(same.status()).isEqualTo(200);
      assertThat(other.status()).isEqualTo(302);
      assertThat(unknown.status()).isEqualTo(200);
    }
  }

  @Test
  void withoutAPublicUrlNothingIsRedirected() {
    try (TestApp app = TestApp.start()) {
      assertThat(navigate(app, "/").status()).isEqualTo(200);
    }
  }

  private static Reply navigate(TestApp app, String path, String... headers) {
    var call =
        app.client.get(path).anonymous().withoutVersion().header("Sec-Fetch-Mode", "navigate");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      call.header(headers[i], headers[i + 1]);
    }
    return call.send();
  }
}
