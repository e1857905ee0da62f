package io.insighta.bootstrap.bodies;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates requests against every route of the API: the route's own method or another, hostile
 * path segments and query parameters, credentials or none, odd headers, bodies and framings.
 */
final class FuzzRequests {
  /** Method and path of each route; {@code {id}} is replaced by a real or a hostile segment. */
  static final List<String> ROUTES =
      List.of(
          "GET /health",
          "GET /health/ready",
          "GET /openapi.json",
          "GET /auth/github",
          "GET /auth/github/callback",
          "POST /auth/github/callback",
          "POST /auth/cli/callback",
          "POST /auth/refresh",
          "POST /auth/logout",
          "GET /auth/me",
          "GET /api/users/me",
          "GET /api/users",
          "PATCH /api/users/{id}",
          "GET /api/audit",
          "GET /api/profiles",
          "POST /api/profiles",
          "GET /api/profiles/{id}",
          "DELETE /api/profiles/{id}",
          "GET /api/profiles/search",
          "GET /api/profiles/export",
          "POST /api/profiles/import",
          "GET /api/profiles/stats",
          "POST /api/tokens",
          "GET /api/tokens",
          "DELETE /api/tokens/{id}",
          "GET /",
          "GET /nowhere");

  private static final List<String> METHODS =
      List.of(
          "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT", "FOO");

  private final Random random;
  private final List<String> ids;
  private List<String> tokens = List.of();

  FuzzRequests(Random random, List<String> ids) {
    this.random = random;
    this.ids = List.copyOf(ids);
  }

  /** Bearer tokens to use from now on (signed-in users may be logged out by the fuzz itself). */
  void useTokens(List<String> bearerTokens) {
    this.tokens = List.copyOf(bearerTokens);
  }

  FuzzRequest next() {
    String[] route = FuzzValues.pick(random, ROUTES).split(" ", 2);
    String method = random.nextInt(10) < 7 ? route[0] : FuzzValues.pick(random, METHODS);
    String target = target(route[1]);
    List<String> headers = headers(method);
    String contentType = FuzzValues.pick(random, FuzzValues.CONTENT_TYPES);
    boolean withBody = (!method.equals("GET") && !method.equals("HEAD")) || random.nextInt(8) == 0;
    byte[] body = withBody ? FuzzBodies.next(random, contentType) : new byte[0];
    if (withBody) {
      headers.add("Content-Type: " + contentType);
    }
    String framing = withBody ? FuzzFraming.pick(random) : "none";
    byte[] framed = FuzzFraming.apply(framing, body, headers);
    String version = random.nextInt(30) == 0 ? "HTTP/1.0" : "HTTP/1.1";
    StringBuilder head = new StringBuilder(method + " " + target + " " + version + "\r\n");
    if (random.nextInt(40) != 0) {
      head.append("Host: 127.0.0.1\r\n");
    }
    headers.forEach(header -> head.append(header).append("\r\n"));
    head.append("\r\n");
    return new FuzzRequest(method, head.toString(), framed, framing);
  }

  private String target(String path) {
    int shape = random.nextInt(40);
    if (shape == 0) {
      return "*";
    }
    if (shape == 1) {
      return "http://127.0.0.1" + path;
    }
    if (shape == 2) {
      return path + "/" + "x".repeat(20_000);
    }
    String segment =
        random.nextBoolean() && !ids.isEmpty()
            ? FuzzValues.pick(random, ids)
            : FuzzValues.pick(random, FuzzValues.SEGMENTS);
    String resolved = path.replace("{id}", segment);
    if (shape == 3) {
      resolved = resolved + "/";
    } else if (shape == 4) {
      resolved = resolved.replace("/", "//");
    }
    StringBuilder query = new StringBuilder();
    for (int i = random.nextInt(5); i > 0; i--) {
      query.append(query.length() == 0 ? '?' : '&');
      query.append(FuzzValues.pick(random, FuzzValues.PARAMETERS));
      if (random.nextInt(10) != 0) {
        query.append('=').append(FuzzValues.pick(random, FuzzValues.VALUES));
      }
    }
    return resolved + query;
  }

  private List<String> headers(String method) {
    List<String> headers = new ArrayList<>();
    int auth = random.nextInt(10);
    if (auth < 5 && !tokens.isEmpty()) {
      headers.add("Authorization: Bearer " + FuzzValues.pick(random, tokens));
    } else if (auth == 5) {
      headers.add("Authorization: Bearer not.a.jwt");
    } else if (auth == 6) {
      headers.add("Authorization: Basic YWRtaW46YWRtaW4=");
    } else if (auth == 7 && !tokens.isEmpty()) {
      headers.add("Cookie: access_token=" + FuzzValues.pick(random, tokens) + "; csrf_token=x");
      headers.add("X-CSRF-Token: x");
    }
    if (random.nextInt(10) < 7) {
      headers.add("X-API-Version: " + (random.nextInt(8) == 0 ? "2" : "1"));
    }
    int extra = random.nextInt(30);
    switch (extra) {
      case 0 -> headers.add("X-Filler: " + "f".repeat(16 * 1024));
      case 1 -> headers.add("X-Forwarded-For: 1.2.3.4, ::1, garbage");
      case 2 -> headers.add("Origin: http://evil.example");
      case 3 -> headers.add("Expect: 100-continue");
      case 4 -> headers.add("X-Bad: a\u0001b");
      case 5 -> headers.add("Accept: text/html");
      case 6 -> headers.add("Range: bytes=0-1,5-");
      case 7 -> headers.add("Cookie: refresh_token=" + "r".repeat(500));
      case 8 -> headers.add("Access-Control-Request-Method: " + method);
      default -> {
        // Most requests carry only the ordinary headers.
      }
    }
    if (random.nextBoolean()) {
      headers.add("Connection: close");
    }
    return headers;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
