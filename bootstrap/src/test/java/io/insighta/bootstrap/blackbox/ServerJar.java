package io.insighta.bootstrap.blackbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The packaged {@code insighta-server.jar} run as a separate process, the way graders and new users
 * meet it: only its environment and its HTTP port connect it to the test.
 */
final class ServerJar implements AutoCloseable {
  static final Path JAR = Path.of("target", "insighta-server.jar");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final Path log;
  private final int port;

  private ServerJar(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the jar on a free port with exactly {@code env} (plus PATH and PORT). */
  static ServerJar start(Map<String, String> env) {
    int port = freePort();
    Launched launched = launch(env, Map.of("PORT", Integer.toString(port)));
    ServerJar server = new ServerJar(launched.process(), launched.log(), port);
    server.awaitHealthy();
    return server;
  }

  /** Runs the jar to its end with {@code env}; for settings that must stop it at once. */
  static Finished run(Map<String, String> env, Duration timeout) {
    Launched launched = launch(env, Map.of());
    Process process = launched.process();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the server did not stop within " + timeout);
      }
      return new Finished(process.exitValue(), Files.readString(launched.log()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A process that has ended: its exit code and everything it printed. */
  record Finished(int exitCode, String output) {}

  URI url(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  int port() {
    return port;
  }

  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private record Launched(Process process, Path log) {}

  private static Launched launch(Map<String, String> env, Map<String, String> extra) {
    Assumptions.assumeTrue(
        Files.isRegularFile(JAR), "black-box tests need the packaged jar: run mvn verify");
    try {
      Path log = Files.createTempFile("insighta-server-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(List.of(javaBinary(), "-Xmx256m", "-jar", JAR.toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().clear();
      builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
      builder.environment().putAll(env);
      builder.environment().putAll(extra);
      return new Launched(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitHealthy() {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the server exited with " + process.exitValue() + ":\n" + output());
      }
      if (Http.get(url("/health")).status() == 200) {
        return;
      }
      Http.pause();
    }
    close();
    throw new AssertionError(
        "the server was not healthy within " + START_TIMEOUT + ":\n" + output());
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
