package io.insighta.bootstrap.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.insighta.application.signing.SigningKeyTiming;
import io.insighta.bootstrap.command.RotateSigningKeyCommand;
import io.insighta.bootstrap.support.ServerFixture;
import io.insighta.bootstrap.support.SharedPostgres;
import io.insighta.domain.token.SigningKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Instances given no {@code JWT_ACCESS_SECRET} share the signing keys kept in their database: a
 * token from one is good on the other, a rotation moves both to the new key while older tokens keep
 * working, and a configured secret still overrides the database keys.
 */
class SharedSigningKeysTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dataDir;

  @Test
  void twoInstancesShareTheDatabaseKeyAndARotationMovesBothWithoutRejectingOldTokens() {
    String database = SharedPostgres.freshDatabaseUrl();
    Map<String, String> environment =
        Map.of("JWT_ACCESS_SECRET", "", "INSIGHTA_DATA_DIR", dataDir.toString());
    try (Cluster cluster = Cluster.start(database, "", environment)) {
      Instance a = cluster.a();
      Instance b = cluster.b();
      String fromA = a.accessToken("test_code");
      String firstKid = kid(fromA);

      assertThat(b.get("/api/profiles", fromA).status()).isEqualTo(200);
      assertThat(kid(b.accessToken("analyst_test_code"))).isEqualTo(firstKid);
      assertThat(storedKeys(database, "access")).isEqualTo(1);

      String newKid = rotate(database, cluster);
      assertThat(newKid).isNotEqualTo(firstKid);
      assertThat(kid(a.accessToken("test_code"))).isEqualTo(firstKid);

      cluster.clock().advance(SigningKeyTiming.ACTIVATION_DELAY);
      String newFromA = a.accessToken("test_code");
      String newFromB = b.accessToken("test_code");

      assertThat(kid(newFromA)).isEqualTo(newKid);
      assertThat(kid(newFromB)).isEqualTo(newKid);
      assertThat(b.get("/api/profiles", newFromA).status()).isEqualTo(200);
      assertThat(a.get("/api/profiles", newFromB).status()).isEqualTo(200);
      assertThat(a.get("/api/profiles", fromA).status()).isEqualTo(200);
      assertThat(b.get("/api/profiles", fromA).status()).isEqualTo(200);
      assertThat(storedKeys(database, "access")).isEqualTo(2);
    }
  }

  @Test
  void aConfiguredSecretWinsOverKeysInTheDatabaseAndRotationRefusesToPretendOtherwise() {
    String database = SharedPostgres.freshDatabaseUrl();
    Map<String, String> keysInDatabase =
        Map.of("DATABASE_URL", database, "INSIGHTA_DATA_DIR", dataDir.toString());
    assertThat(run(new RotateSigningKeyCommand(keysInDatabase, Clock.systemUTC()))).isZero();

    try (ServerFixture server = ServerFixture.start(keysInDatabase, Clock.systemUTC())) {
      String token = server.accessToken("test_code");
      byte[] secret = ServerFixture.SECRET.getBytes(StandardCharsets.UTF_8);

      assertThat(kid(token)).isEqualTo(SigningKey.derivedKid(secret));
      assertThat(signedWith(token, secret)).isTrue();
      assertThat(server.get("/api/profiles", token).status()).isEqualTo(200);
    }
    Map<String, String> withSecret =
        Map.of("DATABASE_URL", database, "JWT_ACCESS_SECRET", ServerFixture.SECRET);
    assertThatThrownBy(() -> new RotateSigningKeyCommand(withSecret, Clock.systemUTC()).call())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JWT_ACCESS_SECRET is set");
  }

  private String rotate(String database, Cluster cluster) {
    StringWriter out = new StringWriter();
    RotateSigningKeyCommand command =
        new RotateSigningKeyCommand(
            Map.of("DATABASE_URL", database, "INSIGHTA_DATA_DIR", dataDir.toString()),
            cluster.clock());
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(new StringWriter()));
    assertThat(line.execute()).isZero();
    return out.toString().strip();
  }

  private static int run(RotateSigningKeyCommand command) {
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(new StringWriter()));
    line.setErr(new PrintWriter(new StringWriter()));
    return line.execute();
  }

  private static String kid(String token) {
    byte[] header = Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')));
    try {
      return JSON.readTree(header).path("kid").asText(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean signedWith(String token, byte[] secret) {
    int signatureStart = token.lastIndexOf('.');
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] expected =
          mac.doFinal(token.substring(0, signatureStart).getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(expected)
          .equals(token.substring(signatureStart + 1));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int storedKeys(String database, String purpose) {
    try (Connection connection = DriverManager.getConnection(database);
        var query =
            connection.prepareStatement("select count(*) from signing_keys where purpose = ?")) {
      query.setString(1, purpose);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
