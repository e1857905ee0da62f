package io.insighta.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class LoopbackServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnLoopbackOnly() {
    try (LoopbackServer server = LoopbackServer.start(0, "s")) {
      assertThat(server.port()).isPositive();
      assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    }
  }

  @Test
  void handsOverTheFirstCallbackAndTurnsAwayLaterOnes() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(0, "s")) {
      String base = "http://127.0.0.1:" + server.port();
      CompletableFuture<HttpResponse<String>> first =
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(base + "/callback?code=c%201&state=s")).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(server.awaitCallback(Duration.ofSeconds(10)))
          .containsEntry("code", "c 1")
          .containsEntry("state", "s");
      assertThat(get(base + "/callback?code=again&state=s").statusCode()).isEqualTo(409);
      server.reply(CallbackPage.success("octocat"));
      assertThat(first.get(10, TimeUnit.SECONDS).body()).contains("Logged in as @octocat");
    }
  }

  @Test
  void requestsWithoutTheRightStateOrPathAreRefusedAndTheRealCallbackStillArrives()
      throws Exception {
    try (LoopbackServer server = LoopbackServer.start(0, "s")) {
      String base = "http://127.0.0.1:" + server.port();
      for (String stray :
          new String[] {
            "/callback?code=c&state=wrong",
            "/callback?code=c&state=",
            "/callback?code=c",
            "/callback?code=c&state=S",
            "/favicon.ico",
            "/?code=c&state=s"
          }) {
        HttpResponse<String> refused = get(base + stray);
        assertThat(refused.statusCode()).as(stray).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
            .contains("text/plain; charset=utf-8");
        assertThat(refused.body()).contains("not the callback");
      }
      assertThatThrownBy(() -> server.awaitCallback(Duration.ZERO))
          .isInstanceOf(TimeoutException.class);
      assertThat(server.turnedAway()).isEqualTo(6);

      CompletableFuture<HttpResponse<String>> real =
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(base + "/callback?code=c&state=s")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(server.awaitCallback(Duration.ofSeconds(10))).containsEntry("code", "c");
      server.reply(CallbackPage.success("octocat"));
      assertThat(real.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void closedServerNoLongerListens() throws Exception {
    String base;
    try (LoopbackServer server = LoopbackServer.start(0, "s")) {
      base = "http://127.0.0.1:" + server.port();
    }

    assertThatThrownBy(() -> get(base + "/callback?code=c&state=s"))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void closingWithoutAReplyTellsTheWaitingBrowser() throws Exception {
    CompletableFuture<HttpResponse<String>> browser;
    try (LoopbackServer server = LoopbackServer.start(0, "s")) {
      browser =
          http.sendAsync(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + server.port() + "/callback?state=s"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      server.awaitCallback(Duration.ofSeconds(10));
    }

    assertThat(browser.get(10, TimeUnit.SECONDS).body()).contains("did not finish");
  }

  @Test
  void pageTextIsHtmlEscaped() {
    assertThat(CallbackPage.failure("<script>").html())
        .contains("&lt;script&gt;")
        .doesNotContain("<script>");
  }
}
