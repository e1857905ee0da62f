package io.insighta.bootstrap.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.PackagedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with {@code LOG_FORMAT=json} and no {@code MANAGEMENT_PORT}, judged by what it
 * prints and which ports it opens.
 */
class JsonLogsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration START = Duration.ofSeconds(120);

  @Test
  void everyLineIsOneJsonObjectAndRequestLinesCarryTheResponsesRequestId(@TempDir Path data)
      throws Exception {
    int deadPort = freePort();
    String nowhere = "http://127.0.0.1:" + deadPort + "/";
    HttpResult created;
    HttpResult me;
    List<String> lines;
    Set<Integer> listening;
    try (PackagedServer server =
        PackagedServer.start(
            Map.of(
                "PORT",
                "0",
                "LOG_FORMAT",
                "json",
                "INSIGHTA_DATA_DIR",
                data.toString(),
                "INSIGHTA_TEST_LOGIN",
                "true",
                "INSIGHTA_SEED",
                "none",
                "GENDERIZE_URL",
                nowhere,
                "AGIFY_URL",
                nowhere,
                "NATIONALIZE_URL",
                nowhere))) {
      int port = server.awaitListening(START);
      String token =
          server
              .send(
                  server
                      .request("/auth/cli/callback")
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"test_code\"}")))
              .json()
              .get("access_token")
              .asText();
      me = server.send(server.request("/api/users/me").header("Authorization", "Bearer " + token));
      created =
          server.send(
              server
                  .request("/api/profiles")
                  .header("Authorization", "Bearer " + token)
                  .header("X-API-Version", "1")
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ada\"}")));
      listening = listeningPorts(server.handle().pid());
      assertThat(listening).containsExactly(port);
      // SIGTERM through the handle: Process.destroy() would also close the pipe we read from.
      server.handle().destroy();
      server.handle().onExit().get(60, TimeUnit.SECONDS);
      lines = awaitLine(server, "\"message\":\"stopping\"");
    }

    assertThat(me.status()).isEqualTo(200);
    assertThat(created.status()).isEqualTo(502);
    String createId = created.header("X-Request-Id");
    String meId = me.header("X-Request-Id");
    JsonNode access = null;
    List<String> inHandler = new ArrayList<>();
    JsonNode meAccess = null;
    for (String line : lines) {
      JsonNode json = JSON.readTree(line);
      assertThat(json.isObject()).as(line).isTrue();
      assertThat(Instant.parse(json.path("timestamp").asText())).isNotNull();
      assertThat(json.path("level").asText()).isIn("INFO", "WARN", "ERROR");
      assertThat(json.path("logger").asText()).isNotEmpty();
      assertThat(json.has("message")).isTrue();
      String logger = json.path("logger").asText();
      String requestId = json.path("request_id").asText();
      if (createId.equals(requestId) && logger.equals("io.insighta.http.access")) {
        access = json;
      } else if (createId.equals(requestId)) {
        inHandler.add(
            logger + " " + json.path("level").asText() + " " + json.path("user_id").asText());
      } else if (meId.equals(requestId)) {
        meAccess = json;
      }
    }
    assertThat(access).as("the access line of the failed create").isNotNull();
    assertThat(access.get("message").asText()).startsWith("POST /api/profiles 502 ");
    // Each demographic service is called on a client thread; their lines still name the request.
    String userId = me.json().path("data").path("id").asText();
    String demographics =
        "io.insighta.adapters.http.client.demographics.HttpDemographicsProvider WARN " + userId;
    assertThat(inHandler)
        .containsExactlyInAnyOrder(
            demographics,
            demographics,
            demographics,
            "io.insighta.adapters.http.server.error.ErrorMapping WARN " + userId);
    assertThat(access.get("user_id").asText()).isEqualTo(userId);
    assertThat(meAccess.get("user_id").asText()).isEqualTo(userId);
  }

  @Test
  void anUnknownLogFormatStopsTheServerWithAConfigurationError() {
    PackagedServer.Finished run =
        PackagedServer.run(Map.of("LOG_FORMAT", "xml", "PORT", "0"), Duration.ofSeconds(60));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.output()).contains("LOG_FORMAT: 'xml' must be text or json");
  }

  private static List<String> awaitLine(PackagedServer server, String fragment)
      throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      List<String> lines = server.output();
      if (lines.stream().anyMatch(line -> line.contains(fragment))) {
        return lines;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no line with " + fragment + "; output:\n" + server.tail());
  }

  /** The TCP ports the process itself listens on, from its socket descriptors and /proc/net. */
  private static Set<Integer> listeningPorts(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException e) {
          // the descriptor closed while we looked
        }
      }
    }
    Set<Integer> ports = new HashSet<>();
    for (String table : List.of("tcp", "tcp6")) {
      Path file = Path.of("/proc", Long.toString(pid), "net", table);
      for (String row : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
        String[] columns = row.trim().split("\\s+");
        boolean listen = "0A".equals(columns[3]);
        if (listen && inodes.contains(columns[9])) {
          String local = columns[1];
          ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16));
        }
      }
    }
    return ports;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
