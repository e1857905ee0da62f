package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import java.net.URI;
import org.junit.jupiter.api.Test;

class CanonicalHostApiTest {
  private static final HttpSettings PUBLIC_ON_LOCALHOST =
      HttpSettings.defaults().withPublicUrl(URI.create("http://localhost:8080"));

  @Test
  void signInStartAndPortalPagesOnAnotherHostGoToTheSamePathOnThePublicUrl() {
    try (TestApp app = TestApp.start(PUBLIC_ON_LOCALHOST)) {
      Reply start = app.client.get("/auth/github?client=web").anonymous().send();
      Reply root = app.client.get("/").anonymous().withoutVersion().send();
      Reply page = app.client.get("/profiles.html?gender=male").anonymous().send();

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
      Reply same =
          app.client.get("/").anonymous().header("X-Forwarded-Host", "LOCALHOST:8080").send();
      Reply other =
          app.client.get("/").anonymous().header("X-Forwarded-Host", "127.0.0.1:8080").send();
      Reply unknown =
          app.client.get("/").anonymous().header("X-Forwarded-For", "203.0.113.9").send();

      assertThat(same.status()).isEqualTo(200);
      assertThat(other.status()).isEqualTo(302);
      assertThat(unknown.status()).isEqualTo(200);
    }
  }

  @Test
  void withoutAPublicUrlNothingIsRedirected() {
    try (TestApp app = TestApp.start()) {
      assertThat(app.client.get("/").anonymous().send().status()).isEqualTo(200);
    }
  }
}
