package io.insighta.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.client.demographics.FakeDemographicsServer;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

  @Test
  void requestInFlightWhenTheServerStopsStillGetsItsAnswer() throws Exception {
    ServerFixture server = ServerFixture.start(Map.of(), Clock.systemUTC());
    try {
      String admin = server.accessToken("test_code");
      server.demographics().knowName("Slow", "female", 0.9, 40, "KE", 0.5);
      server.demographics().stall(FakeDemographicsServer.GENDERIZE);
      CompletableFuture<HttpResult> inFlight =
          CompletableFuture.supplyAsync(
              () ->
                  server.send(
                      server
                          .api("/api/profiles", admin)
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Slow\"}"))));
      awaitCall(server);

      CompletableFuture<Void> stopping = CompletableFuture.runAsync(server.server()::close);
      awaitRefusingNewConnections(server);
      server.demographics().releaseStalls();

      assertThat(inFlight.get(20, TimeUnit.SECONDS).status()).isEqualTo(201);
      stopping.get(30, TimeUnit.SECONDS);
    } finally {
      server.demographics().releaseStalls();
      server.github().close();
      server.demographics().close();
    }
  }

  private static void awaitRefusingNewConnections(ServerFixture server) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        server.send(HttpRequest.newBuilder(server.url("/health")).timeout(Duration.ofSeconds(1)));
      } catch (RuntimeException refused) {
        return;
      }
      assertThat(System.nanoTime()).as("the server stopped accepting").isLessThan(deadline);
    }
  }

  private static void awaitCall(ServerFixture server) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.demographics().calls(FakeDemographicsServer.GENDERIZE) == 0) {
      assertThat(System.nanoTime()).as("the create reached Genderize").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }
}
