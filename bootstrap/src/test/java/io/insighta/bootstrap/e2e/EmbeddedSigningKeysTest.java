package io.insighta.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Key;
import com.google.inject.name.Names;
import io.insighta.application.contract.MutableClock;
import io.insighta.application.signing.SigningKeyTiming;
import io.insighta.bootstrap.InsightaServer;
import io.insighta.bootstrap.command.RotateSigningKeyCommand;
import io.insighta.bootstrap.config.Settings;
import io.insighta.bootstrap.security.LegacySecretFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The zero-config server keeps its keys in the embedded database: {@code rotate-signing-key} run on
 * a stopped server's data directory adds the key the server signs with once it is active, and the
 * secret file of an older version becomes the CSRF key, so its CSRF cookies stay valid.
 */
class EmbeddedSigningKeysTest {
  private static final String LEGACY = "a-secret-an-older-server-generated-into-its-data-dir";

  @Test
  void rotationOnTheEmbeddedDatabaseIsWhatTheServerSignsWithAndTheOldSecretStaysTheCsrfKey(
      @TempDir Path dataDir) throws Exception {
    Files.writeString(dataDir.resolve(LegacySecretFile.NAME), LEGACY + "\n");
    MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    Map<String, String> environment =
        Map.of(
            "PORT", "0",
            "INSIGHTA_DATA_DIR", dataDir.toString(),
            "INSIGHTA_TEST_LOGIN", "true",
            "INSIGHTA_SEED", "none");

    StringWriter out = new StringWriter();
    CommandLine rotation = new CommandLine(new RotateSigningKeyCommand(environment, clock));
    rotation.setOut(new PrintWriter(out));
    rotation.setErr(new PrintWriter(new StringWriter()));
    assertThat(rotation.execute()).isZero();
    String kid = out.toString().strip();

    clock.advance(SigningKeyTiming.ACTIVATION_DELAY);
    try (InsightaServer server =
        InsightaServer.start(Settings.fromEnvironment(environment), clock)) {
      assertThat(kidOfTestLoginToken(server.port())).isEqualTo(kid);
      assertThat(server.injector().getInstance(Key.get(byte[].class, Names.named("csrfSecret"))))
          .isEqualTo(LEGACY.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String kidOfTestLoginToken(int port) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/auth/cli/callback"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"test_code\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    ObjectMapper json = new ObjectMapper();
    String token = json.readTree(response.body()).get("access_token").asText();
    byte[] header = Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')));
    return json.readTree(header).get("kid").asText();
  }
}
