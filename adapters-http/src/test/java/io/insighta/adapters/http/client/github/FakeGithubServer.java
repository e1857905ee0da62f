package io.insighta.adapters.http.client.github;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A local GitHub (OAuth authorize and token endpoints with PKCE S256, {@code /user}, {@code
 * /user/emails}) on the JDK HttpServer with Jackson only, so any module's tests can copy and reuse
 * it; OAuth and API endpoints share {@link #baseUrl()}.
 */
public final class FakeGithubServer implements AutoCloseable {
  private static final byte[] LOOPBACK = {127, 0, 0, 1};
  public static final String AUTHORIZE_PATH = "/login/oauth/authorize";
  public static final String TOKEN_PATH = "/login/oauth/access_token";
  public static final String USER_PATH = "/user";
  public static final String EMAILS_PATH = "/user/emails";
  public static final String DEFAULT_CLIENT_ID = "fake-client-id";
  public static final String DEFAULT_CLIENT_SECRET = "fake-client-secret";
  private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
  private static final Duration MAX_STALL = Duration.ofSeconds(30);
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

  /** An account: {@code emailPublic=false} hides the email from /user but not from /user/emails. */
  public record User(long id, String login, String email, boolean emailPublic) {}

  private record Grant(String login, String codeChallenge, String redirectUri, Instant expiresAt) {}

  private record Reply(int status, String body) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final ObjectMapper json = new ObjectMapper();
  private final SecureRandom random = new SecureRandom();
  private final String clientId;
  private final String clientSecret;
  private final Clock clock;
  private final Map<String, User> users = new ConcurrentHashMap<>();
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  private final Set<String> stalled = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile String currentUser;
  private volatile Map<String, String> lastTokenRequest = Map.of();

  private FakeGithubServer(String clientId, String clientSecret, Clock clock) throws IOException {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), 0), 0);
    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-github");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    for (String path : Set.of(AUTHORIZE_PATH, TOKEN_PATH, USER_PATH, EMAILS_PATH, "/")) {
      calls.put(path, new AtomicInteger());
      server.createContext(path, exchange -> dispatch(path, exchange));
    }
  }

  /** Starts with {@link #DEFAULT_CLIENT_ID}/{@link #DEFAULT_CLIENT_SECRET} and the system clock. */
  public static FakeGithubServer start() {
    return start(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Clock.systemUTC());
  }

  /** Starts on a free loopback port; the clock decides when codes expire (10 minutes). */
  public static FakeGithubServer start(String clientId, String clientSecret, Clock clock) {
    try {
      FakeGithubServer fake = new FakeGithubServer(clientId, clientSecret, clock);
      fake.server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret;
  }

  /** Adds an account with a public email (null: no email at all); the first one becomes current. */
  public FakeGithubServer registerUser(long id, String login, String email) {
    return register(new User(id, login, email, true));
  }

  /** Adds an account whose email only {@code /user/emails} reveals, as with a private address. */
  public FakeGithubServer registerUserWithPrivateEmail(long id, String login, String email) {
    return register(new User(id, login, Objects.requireNonNull(email, "email"), false));
  }

  private FakeGithubServer register(User user) {
    users.put(user.login(), user);
    if (currentUser == null) {
      currentUser = user.login();
    }
    return this;
  }

  /** Who approves at the authorize endpoint; null makes it answer {@code error=access_denied}. */
  public FakeGithubServer currentUser(String login) {
    if (login != null && !users.containsKey(login)) {
      throw new IllegalArgumentException("unknown login " + login);
    }
    currentUser = login;
    return this;
  }

  /**
   * Simulates the user approving: a one-time code bound to this S256 challenge and redirect URI.
   */
  public String issueCode(String login, String codeChallenge, String redirectUri) {
    if (!users.containsKey(login)) {
      throw new IllegalArgumentException("unknown login " + login);
    }
    String code = randomToken(15);
    codes.put(
        code, new Grant(login, codeChallenge, redirectUri, clock.instant().plus(CODE_LIFETIME)));
    return code;
  }

  /** Makes one path (e.g. {@link #USER_PATH}) answer every call with this status and raw body. */
  public FakeGithubServer respondWith(String path, int status, String body) {
    replies.put(path, new Reply(status, body));
    return this;
  }

  /** Makes one path hold every call until {@link #releaseStalls()} or {@link #close()}. */
  public FakeGithubServer stall(String path) {
    stalled.add(path);
    return this;
  }

  public void releaseStalls() {
    release.countDown();
  }

  /** How many requests reached the token endpoint. */
  public int tokenRequests() {
    return calls(TOKEN_PATH);
  }

  public int calls(String path) {
    return calls.get(path).get();
  }

  /** The form fields of the latest token request. */
  public Map<String, String> lastTokenRequest() {
    return lastTokenRequest;
  }

  /** base64url(SHA-256(verifier)) without padding, as RFC 7636 S256 defines the challenge. */
  public static String challengeFor(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    releaseStalls();
    server.stop(0);
    executor.shutdownNow();
  }

  private void dispatch(String path, HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals(path) || path.equals("/")) {
        send(exchange, 404, "{\"message\":\"Not Found\"}", "application/json");
        return;
      }
      calls.get(path).incrementAndGet();
      if (stalled.contains(path)) {
        release.await(MAX_STALL.toMillis(), TimeUnit.MILLISECONDS);
      }
      Reply reply = replies.get(path);
      if (reply != null) {
        send(exchange, reply.status(), reply.body(), "application/json");
        return;
      }
      switch (path) {
        case AUTHORIZE_PATH -> authorize(exchange);
        case TOKEN_PATH -> token(exchange);
        default -> api(path, exchange);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      send(
          exchange,
          500,
          "{\"message\":\"fake failed: " + e.getClass().getSimpleName() + "\"}",
          "application/json");
    }
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = decode(exchange.getRequestURI().getRawQuery());
    String redirectUri = query.get("redirect_uri");
    String challenge = query.get("code_challenge");
    if (!clientId.equals(query.get("client_id")) || redirectUri == null) {
      send(exchange, 404, "unknown client_id or missing redirect_uri", "text/plain");
      return;
    }
    if (challenge != null && !"S256".equals(query.get("code_challenge_method"))) {
      send(exchange, 400, "code_challenge_method must be S256", "text/plain");
      return;
    }
    Map<String, String> result = new LinkedHashMap<>();
    String login = currentUser;
    if (login == null) {
      result.put("error", "access_denied");
      result.put("error_description", "The user has denied your application access.");
    } else {
      result.put("code", issueCode(login, challenge, redirectUri));
    }
    if (query.get("state") != null) {
      result.put("state", query.get("state"));
    }
    String separator = redirectUri.contains("?") ? "&" : "?";
    exchange.getResponseHeaders().set("Location", redirectUri + separator + encode(result));
    exchange.sendResponseHeaders(302, -1);
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = decode(exchange.getRequestURI().getRawQuery());
    form.putAll(
        decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    lastTokenRequest = Map.copyOf(form);
    Map<String, String> reply = new LinkedHashMap<>();
    String error;
    if (!clientId.equals(form.get("client_id"))
        || !clientSecret.equals(form.get("client_secret"))) {
      error = "incorrect_client_credentials";
    } else {
      // Removed before it is checked: a code is good for one attempt, right or wrong.
      Grant grant = codes.remove(form.getOrDefault("code", ""));
      error = grantError(grant, form);
      if (error == null) {
        String token = "gho_" + randomToken(27);
        tokens.put(token, grant.login());
        reply.put("access_token", token);
        reply.put("token_type", "bearer");
        reply.put("scope", "read:user,user:email");
      }
    }
    if (error != null) {
      reply.put("error", error);
      reply.put("error_description", "The fake refused the request: " + error);
    }
    String accept = exchange.getRequestHeaders().getFirst("Accept");
    // Like GitHub: refusals are HTTP 200 too, and JSON only when asked for.
    if (accept != null && accept.contains("json")) {
      send(exchange, 200, json.writeValueAsString(reply), "application/json");
    } else {
      send(exchange, 200, encode(reply), "application/x-www-form-urlencoded");
    }
  }

  private String grantError(Grant grant, Map<String, String> form) {
    if (grant == null || clock.instant().isAfter(grant.expiresAt())) {
      return "bad_verification_code";
    }
    if (grant.redirectUri() != null && !grant.redirectUri().equals(form.get("redirect_uri"))) {
      return "redirect_uri_mismatch";
    }
    String verifier = form.get("code_verifier");
    if (grant.codeChallenge() != null
        && (verifier == null
            || !VERIFIER.matcher(verifier).matches()
            || !challengeFor(verifier).equals(grant.codeChallenge()))) {
      return "invalid_grant";
    }
    return null;
  }

  private void api(String path, HttpExchange exchange) throws IOException {
    if (exchange.getRequestHeaders().getFirst("User-Agent") == null) {
      send(
          exchange,
          403,
          "{\"message\":\"Request forbidden: missing User-Agent\"}",
          "application/json");
      return;
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String token = authorization == null ? "" : authorization.replaceFirst("^(Bearer|token) ", "");
    User user = users.get(tokens.getOrDefault(token, ""));
    if (user == null) {
      send(
          exchange,
          401,
          "{\"message\":\"Bad credentials\",\"status\":\"401\"}",
          "application/json");
      return;
    }
    String body = path.equals(USER_PATH) ? userJson(user) : emailsJson(user);
    send(exchange, 200, body, "application/json; charset=utf-8");
  }

  private String userJson(User user) {
    ObjectNode node = json.createObjectNode();
    node.put("login", user.login()).put("id", user.id()).put("type", "User");
    node.put("avatar_url", "https://avatars.githubusercontent.com/u/" + user.id() + "?v=4");
    node.putNull("name");
    node.put("email", user.emailPublic() ? user.email() : null);
    return node.toString();
  }

  private String emailsJson(User user) {
    ArrayNode emails = json.createArrayNode();
    emails
        .addObject()
        .put("email", user.id() + "+" + user.login() + "@users.noreply.github.com")
        .put("primary", false)
        .put("verified", true)
        .putNull("visibility");
    if (user.email() != null) {
      emails
          .addObject()
          .put("email", user.email())
          .put("primary", true)
          .put("verified", true)
          .put("visibility", user.emailPublic() ? "public" : "private");
    }
    return emails.toString();
  }

  private String randomToken(int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  private static Map<String, String> decode(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&", -1)) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      values.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return values;
  }

  private static String encode(Map<String, String> values) {
    return values.entrySet().stream()
        .map(
            entry ->
                URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static void send(HttpExchange exchange, int status, String body, String contentType)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
