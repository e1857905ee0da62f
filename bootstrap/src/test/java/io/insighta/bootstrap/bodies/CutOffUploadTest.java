package io.insighta.bootstrap.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.RawHttp;
import io.insighta.bootstrap.support.RawReply;
import io.insighta.bootstrap.support.ServerFixture;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An upload whose body does not arrive whole is refused and stores no row of it. */
class CutOffUploadTest {
  private static final int ROWS = 2_000;
  private static ServerFixture server;
  private static String admin;

  @BeforeAll
  static void start() {
    server = ServerFixture.start();
    admin = server.accessToken("test_code");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void csvCutOffBeforeItsContentLengthStoresNothing() {
    byte[] csv = csv("Cutoff Person", ROWS);
    long before = profileCount();
    RawReply reply =
        importing("text/csv", "Content-Length: " + csv.length, Arrays.copyOf(csv, csv.length / 2));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorMessage()).isEqualTo("Invalid request body");
    assertThat(profileCount()).isEqualTo(before);
  }

  @Test
  void chunkedCsvWithoutItsLastChunkStoresNothing() {
    long before = profileCount();
    RawReply reply =
        importing(
            "text/csv",
            "Transfer-Encoding: chunked",
            RawHttp.chunked(csv("Cutoff Person", ROWS), false));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorMessage()).isEqualTo("Invalid request body");
    assertThat(profileCount()).isEqualTo(before);
  }

  @Test
  void csvWithAMalformedChunkSizeStoresNothing() {
    byte[] first = RawHttp.chunked(csv("Cutoff Person", ROWS), false);
    byte[] body = concat(first, "zz\r\nmore\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    long before = profileCount();
    RawReply reply = importing("text/csv", "Transfer-Encoding: chunked", body);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorMessage()).isEqualTo("Invalid request body");
    assertThat(profileCount()).isEqualTo(before);
  }

  @Test
  void jsonImportCutOffBeforeItsContentLengthStoresNothing() {
    byte[] json = json(ROWS);
    long before = profileCount();
    RawReply reply =
        importing(
            "application/json",
            "Content-Length: " + json.length,
            Arrays.copyOf(json, json.length / 2));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorMessage()).isEqualTo("Invalid request body");
    assertThat(profileCount()).isEqualTo(before);
  }

  @Test
  void wholeCsvUploadIsStillImported() {
    byte[] csv = csv("Whole Upload", 3);
    long before = profileCount();
    RawReply reply = importing("text/csv", "Content-Length: " + csv.length, csv);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(profileCount()).isEqualTo(before + 3);
  }

  @Test
  void profileCreateCutOffBeforeItsContentLengthIsRefused() {
    byte[] body = "{\"name\":\"Cut Short\"}".getBytes(StandardCharsets.UTF_8);
    RawReply reply =
        RawHttp.exchange(
            server.server().port(),
            RawHttp.head(
                "POST /api/profiles HTTP/1.1",
                "Authorization: Bearer " + admin,
                "X-API-Version: 1",
                "Content-Type: application/json",
                "Content-Length: " + (body.length + 10)),
            body);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorMessage()).isEqualTo("Invalid request body");
  }

  @Test
  void cliCallbackWithoutItsLastChunkIsRefused() {
    byte[] body = "{\"code\":\"test_code\"}".getBytes(StandardCharsets.UTF_8);
    RawReply reply =
        RawHttp.exchange(
            server.server().port(),
            RawHttp.head(
                "POST /auth/cli/callback HTTP/1.1",
                "Content-Type: application/json",
                "Transfer-Encoding: chunked"),
            RawHttp.chunked(body, false));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.errorMessage()).isEqualTo("Invalid request body");
  }

  private static RawReply importing(String contentType, String framing, byte[] body) {
    return RawHttp.exchange(
        server.server().port(),
        RawHttp.head(
            "POST /api/profiles/import HTTP/1.1",
            "Authorization: Bearer " + admin,
            "X-API-Version: 1",
            "Content-Type: " + contentType,
            framing),
        body);
  }

  private static long profileCount() {
    return server.get("/api/profiles", admin).json().get("total").asLong();
  }

  static byte[] csv(String prefix, int rows) {
    StringBuilder csv =
        new StringBuilder("name,gender,gender_probability,age,country_id,country_probability\r\n");
    for (int i = 0; i < rows; i++) {
      csv.append(prefix).append(' ').append(i).append(",female,0.9,30,NG,0.5\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] json(int rows) {
    StringBuilder json = new StringBuilder("{\"profiles\":[\n");
    for (int i = 0; i < rows; i++) {
      json.append(i == 0 ? "" : ",\n")
          .append("{\"name\":\"Json Cutoff ")
          .append(i)
          .append(
              "\",\"gender\":\"male\",\"gender_probability\":0.8,\"age\":40,"
                  + "\"country_id\":\"KE\",\"country_probability\":0.6}");
    }
    return json.append("\n]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
