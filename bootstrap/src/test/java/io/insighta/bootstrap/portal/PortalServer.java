package io.insighta.bootstrap.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Module;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server behind one portal test class: a {@link ServerFixture} on a port chosen before start
 * (so the OAuth callback URL the server hands GitHub is the origin the browser uses), one GitHub
 * account that signs in through the fake, and the {@link SeedProfiles}. API calls made to check the
 * page use a fresh bearer token of the test login's admin each time.
 */
final class PortalServer implements AutoCloseable {
  static final long GITHUB_ID = 583_231;
  private static final int ATTEMPTS = 3;
  private final ServerFixture fixture;
  private final String login;
  private final HttpClient client = HttpClient.newHttpClient();

  private PortalServer(ServerFixture fixture, String login) {
    this.fixture = fixture;
    this.login = login;
  }

  /**
   * Starts with {@code login} as the GitHub user; admin when {@code admin}, else an analyst; {@code
   * overrides} replace bindings of the server's injector.
   */
  static PortalServer start(
      String login, boolean admin, Map<String, String> env, Clock clock, Module... overrides) {
    ServerFixture fixture = startOnFreePort(admin ? withAdmin(env, login) : env, clock, overrides);
    try {
      fixture.github().registerUser(GITHUB_ID, login, login + "@example.org");
      PortalServer server = new PortalServer(fixture, login);
      server.importSeed();
      return server;
    } catch (RuntimeException | AssertionError e) {
      fixture.close();
      throw e;
    }
  }

  ServerFixture fixture() {
    return fixture;
  }

  String login() {
    return login;
  }

  URI baseUrl() {
    return fixture.url("/");
  }

  /** GET with the API version header and a fresh admin bearer token. */
  HttpResult get(String pathAndQuery) {
    return fixture.get(pathAndQuery, fixture.accessToken("test_code"));
  }

  /** The raw bytes of a GET, for byte-for-byte comparisons with downloads. */
  byte[] bytes(String pathAndQuery) {
    HttpRequest request = fixture.api(pathAndQuery, fixture.accessToken("test_code")).GET().build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The ids in {@code data} of a list or search answer, in order. */
  List<String> ids(String pathAndQuery) {
    List<String> ids = new ArrayList<>();
    for (JsonNode profile : data(pathAndQuery)) {
      ids.add(profile.get("id").asText());
    }
    return ids;
  }

  /** Every profile name (the seed plus at most a few more fit one page of 50). */
  List<String> profileNames() {
    List<String> names = new ArrayList<>();
    for (JsonNode profile : data("/api/profiles?limit=50")) {
      names.add(profile.get("name").asText());
    }
    return names;
  }

  /** The status {@code POST /auth/refresh} answers for a refresh token sent in the body. */
  int refreshStatus(String refreshToken) {
    return fixture
        .send(
            HttpRequest.newBuilder(fixture.url("/auth/refresh"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"refresh_token\":\"" + refreshToken + "\"}")))
        .status();
  }

  JsonNode data(String pathAndQuery) {
    HttpResult result = get(pathAndQuery);
    if (result.status() != 200) {
      throw new AssertionError(
          "GET " + pathAndQuery + ": " + result.status() + " " + result.body());
    }
    return result.json().get("data");
  }

  @Override
  public void close() {
    fixture.close();
  }

  private void importSeed() {
    HttpResult imported =
        fixture.send(
            fixture
                .api("/api/profiles/import", fixture.accessToken("test_code"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SeedProfiles.importJson())));
    if (imported.status() != 200
        || imported.json().at("/data/inserted").asInt() != SeedProfiles.COUNT) {
      throw new AssertionError("seed import failed: " + imported.status() + imported.body());
    }
  }

  private static Map<String, String> withAdmin(Map<String, String> env, String login) {
    Map<String, String> copy = new HashMap<>(env);
    copy.put("INSIGHTA_ADMIN_LOGINS", login);
    return copy;
  }

  /**
   * With {@code PORT=0} the server would tell GitHub to come back to port 0, so a free port is
   * picked first; another process may take it in between, hence a few attempts.
   */
  private static ServerFixture startOnFreePort(
      Map<String, String> env, Clock clock, Module... overrides) {
    RuntimeException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int port = freePort();
      Map<String, String> withPort = new HashMap<>(env);
      withPort.put("PORT", Integer.toString(port));
      withPort.put("INSIGHTA_PUBLIC_URL", "http://127.0.0.1:" + port);
      try {
        return ServerFixture.start(withPort, clock, overrides);
      } catch (RuntimeException e) {
        if (!causedByBind(e)) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }

  private static boolean causedByBind(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
