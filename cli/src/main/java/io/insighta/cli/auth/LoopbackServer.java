package io.insighta.cli.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.insighta.cli.CliException;
import io.insighta.cli.ExitCodes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-shot HTTP listener on 127.0.0.1 that receives the browser's OAuth redirect.
 *
 * <p>The first {@code GET /callback} that carries the expected {@code state} hands its query to the
 * login flow and is held open until the flow supplies the page to show. Anything else (another
 * path, a missing or wrong state) is answered 400 and the wait goes on, so a stray local request
 * cannot abort the login; a second callback with the right state is answered 409.
 */
public final class LoopbackServer implements AutoCloseable {
  private static final Duration PAGE_WAIT = Duration.ofMinutes(2);
  private static final Duration REPLY_WAIT = Duration.ofSeconds(30);
  private static final byte[] NOT_THE_CALLBACK =
      ("Bad request: this is not the callback the insighta login is waiting for, so it was"
              + " ignored.\n")
          .getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] expectedState;
  private final AtomicBoolean taken = new AtomicBoolean();
  private final AtomicInteger turnedAway = new AtomicInteger();
  private final CompletableFuture<Map<String, String>> query = new CompletableFuture<>();
  private final CompletableFuture<CallbackPage> page = new CompletableFuture<>();
  private final CompletableFuture<Void> sent = new CompletableFuture<>();

  private LoopbackServer(HttpServer server, String expectedState) {
    this.server = server;
    this.expectedState = expectedState.getBytes(StandardCharsets.UTF_8);
    this.executor = Executors.newCachedThreadPool(LoopbackServer::daemon);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Listens on 127.0.0.1:port (0 for any free port) for the callback carrying {@code
   * expectedState}; a busy port is a clear error.
   */
  public static LoopbackServer start(int port, String expectedState) {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    try {
      return new LoopbackServer(HttpServer.create(address, 0), expectedState);
    } catch (BindException e) {
      throw new CliException(
          ExitCodes.API_ERROR,
          "Port "
              + port
              + " on 127.0.0.1 is already in use, so the login callback cannot be received."
              + " Stop the program using it, or set INSIGHTA_CALLBACK_PORT to a free port.",
          e);
    } catch (IOException e) {
      throw new CliException(ExitCodes.API_ERROR, "Cannot listen on 127.0.0.1:" + port, e);
    }
  }

  public int port() {
    return address().getPort();
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** How many requests were answered 400 because they were not this login's callback. */
  public int turnedAway() {
    return turnedAway.get();
  }

  /**
   * Waits for the query parameters of the callback with the expected state; throws TimeoutException
   * if none arrives.
   */
  public Map<String, String> awaitCallback(Duration timeout)
      throws TimeoutException, InterruptedException {
    try {
      return query.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Answers the browser that is waiting on the callback, then returns once the page is sent. */
  public void reply(CallbackPage callbackPage) {
    page.complete(callbackPage);
    awaitSent();
  }

  /** Stops listening; a browser still waiting is told the login did not finish. */
  @Override
  public void close() {
    if (page.complete(CallbackPage.failure("The login did not finish; see the terminal."))
        && taken.get()) {
      awaitSent();
    }
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> params = QueryString.parse(exchange.getRequestURI().getRawQuery());
      if (!isCallback(exchange, params)) {
        turnedAway.incrementAndGet();
        notTheCallback(exchange);
      } else if (!taken.compareAndSet(false, true)) {
        write(exchange, new CallbackPage(409, "Already used", "This login was already handled."));
      } else {
        handleCallback(exchange, params);
      }
    }
  }

  private boolean isCallback(HttpExchange exchange, Map<String, String> params) {
    String state = params.get("state");
    return exchange.getRequestURI().getPath().equals("/callback")
        && state != null
        && MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), expectedState);
  }

  private void handleCallback(HttpExchange exchange, Map<String, String> params)
      throws IOException {
    try {
      query.complete(params);
      write(exchange, awaitPage());
    } finally {
      sent.complete(null);
    }
  }

  private void awaitSent() {
    try {
      sent.get(REPLY_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // the browser went away; the login outcome does not depend on it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private CallbackPage awaitPage() {
    try {
      return page.get(PAGE_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return CallbackPage.failure("The CLI did not finish the login.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CallbackPage.failure("The CLI stopped before finishing the login.");
    }
  }

  private static void write(HttpExchange exchange, CallbackPage callbackPage) throws IOException {
    byte[] body = callbackPage.html().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(callbackPage.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void notTheCallback(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(400, NOT_THE_CALLBACK.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(NOT_THE_CALLBACK);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "insighta-callback");
    thread.setDaemon(true);
    return thread;
  }
}
