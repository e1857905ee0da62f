package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.pipeline.SecurityHeaders;
import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PortalApiTest {

  @Test
  void rootServesTheIndexPageWithTheContentSecurityPolicy() {
    try (TestApp app = TestApp.start()) {
      Reply root = app.client.get("/").anonymous().withoutVersion().send();
      Reply index = app.client.get("/index.html").anonymous().withoutVersion().send();

      assertThat(root.status()).isEqualTo(200);
      assertThat(root.header("Content-Type")).startsWith("text/html");
      assertThat(root.body()).isEqualTo(index.body()).containsIgnoringCase("<html");
      assertThat(root.header("Content-Security-Policy"))
          .isEqualTo(SecurityHeaders.PORTAL_CSP)
          .contains("default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'");
      assertThat(root.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(root.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }

  @Test
  void portalScriptsAreServed() {
    try (TestApp app = TestApp.start()) {
      Reply script = app.client.get("/js/api.js").anonymous().send();

      assertThat(script.status()).isEqualTo(200);
      assertThat(script.header("Content-Type")).contains("javascript");
    }
  }

  @Test
  void onlyThePortalsOwnAssetsAreInTheWebRoot() throws Exception {
    Path root = Path.of(PortalApiTest.class.getResource("/portal/index.html").toURI()).getParent();
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
          .isNotEmpty()
          .allMatch(name -> name.matches(".+\\.(html|css|js|svg|png|ico|woff2)"), "a web asset");
    }
  }

  @Test
  void developerNotesAreNotServed() {
    try (TestApp app = TestApp.start()) {
      Reply notes = app.client.get("/TESTING.md").anonymous().withoutVersion().send();

      assertThat(notes.status()).isEqualTo(404);
      assertThat(notes.message()).isEqualTo("Not found");
    }
  }

  @Test
  void portalCanBeSwitchedOff() {
    try (TestApp app = TestApp.start(HttpSettings.defaults().withServePortal(false))) {
      Reply root = app.client.get("/").anonymous().send();

      assertThat(root.status()).isEqualTo(404);
      assertThat(root.message()).isEqualTo("Not found");
    }
  }
}
