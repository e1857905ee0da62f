package io.insighta.adapters.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import redis.clients.jedis.RedisClient;
import redis.embedded.RedisServer;
import redis.embedded.core.RedisServerBuilder;

/**
 * A real redis-server for tests: by default the one {@code REDIS_URL} names, else an embedded one
 * on a free port. {@link #embedded()} always starts its own, which fault tests stop, restart (on
 * the same port, with its append-only file, so data survives like on a persistent server) and
 * pause.
 */
public final class RedisTestServer implements AutoCloseable {
  private final String url;
  private final int port;
  private final Path dataDir;
  private final List<String> settings;
  private RedisServer server;

  private RedisTestServer(String url, int port, Path dataDir, List<String> settings) {
    this.url = url;
    this.port = port;
    this.dataDir = dataDir;
    this.settings = settings;
  }

  /** The server {@code REDIS_URL} names when set, else a new embedded one. */
  public static RedisTestServer start() {
    String external = System.getenv("REDIS_URL");
    if (external != null && !external.isBlank()) {
      return new RedisTestServer(external, -1, null, List.of());
    }
    return embedded();
  }

  /** A new embedded redis-server this test controls, with extra redis.conf lines if given. */
  public static RedisTestServer embedded(String... settings) {
    try {
      int port = freePort();
      Path dataDir = Files.createTempDirectory("insighta-redis-");
      RedisTestServer redis =
          new RedisTestServer("redis://127.0.0.1:" + port, port, dataDir, List.of(settings));
      redis.restart();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return url;
  }

  /** A client with the production defaults, except the socket timeout given. */
  public RedisClient client(Duration socketTimeout) {
    return RedisClientFactory.create(
        RedisConnectionSettings.fromUrl(url).withSocketTimeout(socketTimeout));
  }

  public RedisClient client() {
    return client(RedisConnectionSettings.DEFAULT_SOCKET_TIMEOUT);
  }

  /** A guard over a new default client whose probe interval follows {@code clock}. */
  public RedisGuard guard(Clock clock) {
    return new RedisGuard(client(), clock, RedisGuard.DEFAULT_RETRY_INTERVAL);
  }

  /** Stops the embedded server; clients then see refused connections. */
  public void stop() {
    try {
      requireEmbedded().stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the embedded server (again) on the same port, reloading what it had written. */
  public void restart() {
    try {
      RedisServerBuilder builder =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("dir " + dataDir)
              .setting("save \"\"")
              .setting("appendonly yes")
              .setting("appendfsync always");
      settings.forEach(builder::setting);
      server = builder.build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (server != null && server.isActive()) {
      stop();
    }
    if (dataDir != null) {
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private RedisServer requireEmbedded() {
    if (server == null) {
      throw new IllegalStateException("only an embedded test server can be stopped");
    }
    return server;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
