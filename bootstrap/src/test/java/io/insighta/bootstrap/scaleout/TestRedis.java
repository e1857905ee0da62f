package io.insighta.bootstrap.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ClientPauseMode;
import redis.embedded.RedisServer;

/**
 * A real redis-server owned by one test class: embedded, on a fixed free port, with an append-only
 * file so that a restart on the same port keeps the data as a persistent Redis would; it can be
 * stopped, restarted and paused.
 */
final class TestRedis implements AutoCloseable {
  private static final String HOST = "127.0.0.1";
  private static final int ADMIN_TIMEOUT_MILLIS = 10_000;
  private final int port;
  private final Path dataDir;
  private RedisServer server;

  private TestRedis(int port, Path dataDir) {
    this.port = port;
    this.dataDir = dataDir;
  }

  static TestRedis start() {
    TestRedis redis = new TestRedis(FreePorts.next(), TempDirs.create("insighta-redis-"));
    redis.restart();
    return redis;
  }

  String url() {
    return "redis://" + HOST + ":" + port;
  }

  /** Stops the server; clients then find the port refusing connections. */
  void stop() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server (again) on the same port, reloading its append-only file. */
  void restart() {
    try {
      server =
          RedisServer.newRedisServer()
              .port(port)
              .bind(HOST)
              .setting("dir " + dataDir)
              .setting("save \"\"")
              .setting("appendonly yes")
              .setting("appendfsync always")
              .build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes Redis hold every other client's commands for {@code pause}, as if it hung. Unlike {@code
   * DEBUG SLEEP} sent from another thread, the pause is in force once this call has returned.
   */
  void pause(Duration pause) {
    try (Jedis admin = admin()) {
      admin.clientPause(pause.toMillis(), ClientPauseMode.ALL);
    }
  }

  /**
   * Waits until Redis answers again, e.g. at the end of a pause: {@code CLIENT PAUSE ... ALL} holds
   * every client's commands, {@code CLIENT UNPAUSE} included, so a pause cannot be cut short.
   */
  void awaitAnswer() {
    try (Jedis admin = admin()) {
      admin.ping();
    }
  }

  @Override
  public void close() {
    if (server != null && server.isActive()) {
      stop();
    }
    TempDirs.delete(dataDir);
  }

  private Jedis admin() {
    return new Jedis(HOST, port, ADMIN_TIMEOUT_MILLIS);
  }
}
