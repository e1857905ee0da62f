package io.insighta.cli.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A stand-in for the Insighta server: canned answers per route, and a log of what it got. */
public final class FakeApi implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Set<String> acceptedTokens = ConcurrentHashMap.newKeySet();

  /** Answers one request. */
  @FunctionalInterface
  public interface Route {
    Reply answer(Received request) throws Exception;
  }

  public FakeApi() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Routes a public endpoint. */
  public FakeApi on(String method, String path, Route route) {
    routes.put(method + " " + path, route);
    return this;
  }

  /** Routes an endpoint that answers 401 unless the bearer token is currently accepted. */
  public FakeApi onAuthed(String method, String path, Route route) {
    return on(
        method,
        path,
        request ->
            acceptedTokens.contains(request.bearer())
                ? route.answer(request)
                : Reply.error(401, "Invalid or expired token"));
  }

  public void accept(String accessToken) {
    acceptedTokens.add(accessToken);
  }

  public void revoke(String accessToken) {
    acceptedTokens.remove(accessToken);
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public List<Received> received(String method, String path) {
    return received.stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Received request = Received.from(exchange);
      received.add(request);
      Route route = routes.get(request.method() + " " + request.path());
      Reply reply;
      if (request.path().startsWith("/api/profiles")
          && !"1".equals(request.header("X-API-Version"))) {
        reply = Reply.error(400, "API version header required");
      } else if (route == null) {
        reply = Reply.error(404, "Not found");
      } else {
        reply = answer(route, request);
      }
      write(exchange, reply);
    }
  }

  private static Reply answer(Route route, Received request) {
    try {
      return route.answer(request);
    } catch (Exception e) {
      return Reply.error(500, "fake failed: " + e);
    }
  }

  private static void write(HttpExchange exchange, Reply reply) throws IOException {
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
