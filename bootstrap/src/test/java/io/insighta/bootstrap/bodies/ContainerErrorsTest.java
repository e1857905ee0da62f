package io.insighta.bootstrap.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.RawHttp;
import io.insighta.bootstrap.support.RawReply;
import io.insighta.bootstrap.support.ServerFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors Jetty raises before the application runs still carry the JSON error body. */
class ContainerErrorsTest {
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
  void requestsRefusedBelowTheApplicationAnswerTheJsonErrorEnvelope() {
    String bearer = "Authorization: Bearer " + admin;
    String version = "X-API-Version: 1";
    String huge = "X-Filler: " + "a".repeat(16 * 1024);
    List<String> failures = new ArrayList<>();
    for (String method : List.of("GET", "DELETE", "PATCH")) {
      check(failures, method + " /api/profiles/{x} HTTP/1.1", bearer, version);
      check(failures, method + " /api/profiles/%C0%AF HTTP/1.1", bearer, version);
      check(failures, method + " /api/users/%C0%AF HTTP/1.1", bearer, version);
      check(failures, method + " /api/profiles/x HTTP/1.1", bearer, version, huge);
    }
    check(failures, "OPTIONS * HTTP/1.1");
    check(failures, "CONNECT 127.0.0.1:443 HTTP/1.1");
    check(failures, "CONNECT /api/profiles HTTP/1.1", bearer, version);
    assertThat(failures).isEmpty();
  }

  @Test
  void oversizedHeaderIsRequestHeaderFieldsTooLarge() {
    RawReply reply =
        send(
            "DELETE /api/profiles/x HTTP/1.1",
            "Authorization: Bearer " + admin,
            "X-Filler: " + "a".repeat(16 * 1024));
    assertThat(reply.status()).isEqualTo(431);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.errorMessage()).isNotBlank();
  }

  private static void check(List<String> failures, String requestLine, String... headers) {
    RawReply reply = send(requestLine, headers);
    String type = reply.header("Content-Type");
    if (reply.status() < 400
        || reply.status() >= 500
        || type == null
        || !type.startsWith("application/json")
        || reply.errorMessage() == null) {
      failures.add(requestLine + " -> " + reply);
    }
  }

  private static RawReply send(String requestLine, String... headers) {
    String[] all = new String[headers.length + 1];
    System.arraycopy(headers, 0, all, 0, headers.length);
    all[headers.length] = "Connection: close";
    return RawHttp.exchange(server.server().port(), RawHttp.head(requestLine, all), new byte[0]);
  }
}
