package io.insighta.bootstrap.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.RawHttp;
import io.insighta.bootstrap.support.RawReply;
import io.insighta.bootstrap.support.ServerFixture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bodies in charsets the server does not speak, or not valid in the one declared, are refused. */
class HostileBodyTest {
  private static final byte[] NOT_UTF8 = {
    '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'
  };
  private static ServerFixture server;
  private static String admin;
  private static String analystId;

  @BeforeAll
  static void start() {
    server = ServerFixture.start();
    admin = server.accessToken("test_code");
    String analyst = server.accessToken("analyst_test_code");
    analystId = server.get("/api/users/me", analyst).json().at("/data/id").asText();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void unknownOrUnsupportedCharsetIsAnUnsupportedMediaTypeOnEveryBodyRoute() {
    List<String> failures = new ArrayList<>();
    for (String charset : List.of("bogus", "latin-1", "nonsense", "\"utf-16\"", "x;y=z")) {
      for (String[] route : bodyRoutes()) {
        String type = route[2] + "; charset=" + charset;
        RawReply reply = send(route[0], route[1], type, route[3].getBytes(StandardCharsets.UTF_8));
        if (reply.status() != 415 || !"Unsupported media type".equals(reply.errorMessage())) {
          failures.add(route[0] + " " + route[1] + " [" + type + "] -> " + reply);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void bodyThatIsNotValidUtf8IsAnInvalidRequestBodyOnEveryBodyRoute() {
    List<String> failures = new ArrayList<>();
    for (String[] route : bodyRoutes()) {
      for (String type : List.of(route[2], route[2] + "; charset=utf-8")) {
        RawReply reply = send(route[0], route[1], type, NOT_UTF8);
        if (reply.status() != 400 || !"Invalid request body".equals(reply.errorMessage())) {
          failures.add(route[0] + " " + route[1] + " [" + type + "] -> " + reply);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void utf8BodiesInAnyAcceptedSpellingStillWork() {
    for (String type :
        List.of(
            "application/json",
            "application/json; charset=utf-8",
            "application/json;charset=\"UTF-8\"",
            "Application/JSON; Charset=utf8")) {
      RawReply reply =
          send(
              "POST",
              "/auth/cli/callback",
              type,
              "{\"code\":\"test_code\"}".getBytes(StandardCharsets.UTF_8));
      assertThat(reply.status()).as(type).isEqualTo(200);
    }
    byte[] csv = CutOffUploadTest.csv("Zo\u00eb Utf8", 2);
    RawReply imported = send("POST", "/api/profiles/import", "text/csv; charset=UTF-8", csv);
    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.jsonOrNull().at("/data/inserted").asLong()).isEqualTo(2);
  }

  private static String[][] bodyRoutes() {
    return new String[][] {
      {"POST", "/auth/cli/callback", "application/json", "{\"code\":\"test_code\"}"},
      {"POST", "/auth/github/callback", "application/json", "{\"code\":\"test_code\"}"},
      {"POST", "/auth/github/callback", "application/x-www-form-urlencoded", "code=test_code"},
      {"POST", "/auth/refresh", "application/json", "{\"refresh_token\":\"x\"}"},
      {"POST", "/auth/logout", "application/json", "{\"refresh_token\":\"x\"}"},
      {"POST", "/api/profiles", "application/json", "{\"name\":\"Ella\"}"},
      {"PATCH", "/api/users/" + analystId, "application/json", "{\"role\":\"analyst\"}"},
      {"POST", "/api/tokens", "application/json", "{\"name\":\"ci\"}"},
      {"POST", "/api/profiles/import", "text/csv", "name,gender\r\nx,y\r\n"},
      {"POST", "/api/profiles/import", "application/json", "{\"profiles\":[]}"},
    };
  }

  private static RawReply send(String method, String path, String type, byte[] body) {
    return RawHttp.exchange(
        server.server().port(),
        RawHttp.head(
            method + " " + path + " HTTP/1.1",
            "Authorization: Bearer " + admin,
            "X-API-Version: 1",
            "Content-Type: " + type,
            "Content-Length: " + body.length,
            "Connection: close"),
        body);
  }
}
