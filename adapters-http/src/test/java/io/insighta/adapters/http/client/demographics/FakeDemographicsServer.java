package io.insighta.adapters.http.client.demographics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Genderize, Agify and Nationalize (JDK HttpServer + Jackson only), with known
 * names, canned replies, stalls and a concurrency barrier; reusable by end-to-end tests.
 */
public final class FakeDemographicsServer implements AutoCloseable {
  private static final byte[] LOOPBACK = {127, 0, 0, 1};
  public static final String GENDERIZE = "genderize";
  public static final String AGIFY = "agify";
  public static final String NATIONALIZE = "nationalize";
  private static final Duration MAX_STALL = Duration.ofSeconds(30);

  private record Known(
      String gender, double genderProbability, int age, String country, double p) {}

  private record Reply(int status, String body, boolean stallAfterHeaders) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Known> names = new ConcurrentHashMap<>();
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  private final Set<String> stalled = ConcurrentHashMap.newKeySet();
  private final Map<String, String> rawQueries = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile CountDownLatch barrier;
  private volatile Duration barrierWait = Duration.ZERO;

  private FakeDemographicsServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), 0), 0);
    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-demographics");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    for (String service : Set.of(GENDERIZE, AGIFY, NATIONALIZE)) {
      calls.put(service, new AtomicInteger());
      server.createContext("/" + service, exchange -> handle(service, exchange));
    }
  }

  /** Starts on a free loopback port. */
  public static FakeDemographicsServer start() {
    try {
      FakeDemographicsServer fake = new FakeDemographicsServer();
      fake.server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI url(String service) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + service);
  }

  public URI genderizeUrl() {
    return url(GENDERIZE);
  }

  public URI agifyUrl() {
    return url(AGIFY);
  }

  public URI nationalizeUrl() {
    return url(NATIONALIZE);
  }

  /** Teaches all three services a name (case-insensitive); unknown names get "no prediction". */
  public FakeDemographicsServer knowName(
      String name, String gender, double genderProbability, int age, String countryId, double p) {
    names.put(
        name.toLowerCase(Locale.ROOT), new Known(gender, genderProbability, age, countryId, p));
    return this;
  }

  /** Makes one service answer every call with this status and raw body. */
  public FakeDemographicsServer reply(String service, int status, String body) {
    replies.put(service, new Reply(status, body, false));
    return this;
  }

  /** Makes one service send 200 headers and the start of the body, then hang until released. */
  public FakeDemographicsServer stallAfterHeaders(String service) {
    replies.put(service, new Reply(200, "{\"age\":", true));
    return this;
  }

  /** Makes one service hold every call, before answering anything, until released or closed. */
  public FakeDemographicsServer stall(String service) {
    stalled.add(service);
    return this;
  }

  /** Makes each call wait until {@code parties} calls are in flight; a call left alone gets 503. */
  public FakeDemographicsServer requireConcurrentCalls(int parties, Duration wait) {
    barrierWait = wait;
    barrier = new CountDownLatch(parties);
    return this;
  }

  public void releaseStalls() {
    release.countDown();
  }

  /** The raw (still percent-encoded) query string of the latest call to a service. */
  public String lastRawQuery(String service) {
    return rawQueries.get(service);
  }

  public int calls(String service) {
    return calls.get(service).get();
  }

  @Override
  public void close() {
    releaseStalls();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(String service, HttpExchange exchange) throws IOException {
    try (exchange) {
      calls.get(service).incrementAndGet();
      String rawQuery = exchange.getRequestURI().getRawQuery();
      rawQueries.put(service, rawQuery == null ? "" : rawQuery);
      if (!awaitBarrier()) {
        send(exchange, 503, "{\"error\":\"calls were not concurrent\"}");
        return;
      }
      if (stalled.contains(service)) {
        await(release, MAX_STALL);
      }
      Reply reply = replies.get(service);
      if (reply == null) {
        send(exchange, 200, predict(service, nameOf(rawQuery)));
      } else if (reply.stallAfterHeaders()) {
        byte[] start = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), start.length + 64L);
        OutputStream body = exchange.getResponseBody();
        body.write(start);
        body.flush();
        await(release, MAX_STALL);
      } else {
        send(exchange, reply.status(), reply.body());
      }
    }
  }

  private boolean awaitBarrier() {
    CountDownLatch current = barrier;
    if (current == null) {
      return true;
    }
    current.countDown();
    return await(current, barrierWait);
  }

  private String predict(String service, String name) {
    Known known = name == null ? null : names.get(name.toLowerCase(Locale.ROOT));
    ObjectNode body = json.createObjectNode().put("name", name);
    switch (service) {
      case GENDERIZE -> {
        body.put("gender", known == null ? null : known.gender());
        body.put("probability", known == null ? 0.0 : known.genderProbability());
        body.put("count", known == null ? 0 : 1234);
      }
      case AGIFY -> {
        body.put("count", known == null ? 0 : 1234);
        body.put("age", known == null ? null : known.age());
      }
      default -> {
        body.put("count", known == null ? 0 : 1234);
        var countries = body.putArray("country");
        if (known != null) {
          countries.addObject().put("country_id", known.country()).put("probability", known.p());
        }
      }
    }
    return body.toString();
  }

  private static String nameOf(String rawQuery) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.startsWith("name=")) {
        return URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static boolean await(CountDownLatch latch, Duration wait) {
    try {
      return latch.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
