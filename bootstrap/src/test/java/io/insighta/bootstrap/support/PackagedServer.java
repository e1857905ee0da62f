package io.insighta.bootstrap.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The packaged {@code insighta-server.jar} run as its own OS process, the way graders and users
 * meet it: only its environment, its output and its HTTP port connect it to the test.
 */
public final class PackagedServer implements AutoCloseable {
  public static final Path JAR = Path.of("target", "insighta-server.jar");
  private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");
  private final Process process;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final List<String> output = new CopyOnWriteArrayList<>();
  private final Thread reader;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private PackagedServer(Process process) {
    this.process = process;
    this.reader = new Thread(this::readOutput, "server-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the zero-config server (embedded PostgreSQL) with test login on and no seed. */
  public static PackagedServer start(Path dataDir) {
    return start(
        Map.of(
            "PORT", "0",
            "INSIGHTA_DATA_DIR", dataDir.toString(),
            "INSIGHTA_TEST_LOGIN", "true",
            "INSIGHTA_SEED", "none"));
  }

  /**
   * Starts the jar with exactly {@code env} (plus {@code PATH}); nothing leaks in from the test.
   */
  public static PackagedServer start(Map<String, String> env) {
    try {
      return new PackagedServer(builder(env).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the jar to its end with {@code env}: for settings that must stop it at once. */
  public static Finished run(Map<String, String> env, Duration timeout) {
    PackagedServer server = start(env);
    try {
      if (!server.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        server.process.destroyForcibly();
        throw new AssertionError("the server did not stop within " + timeout);
      }
      server.reader.join(timeout.toMillis());
      return new Finished(server.process.exitValue(), String.join("\n", server.output));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A process that has ended: its exit code and everything it printed. */
  public record Finished(int exitCode, String output) {}

  private static ProcessBuilder builder(Map<String, String> env) {
    Assumptions.assumeTrue(
        Files.isRegularFile(JAR), "tests of the packaged jar need it built: run mvn verify");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(java, "-Xmx256m", "-jar", JAR.toString()).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    builder.environment().putAll(env);
    return builder;
  }

  private void readOutput() {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
        Matcher listening = LISTENING.matcher(line);
        if (listening.find()) {
          port.complete(Integer.valueOf(listening.group(1)));
        }
      }
    } catch (IOException e) {
      // the process is gone; reported below
    }
    port.completeExceptionally(
        new IllegalStateException("server exited before listening; output:\n" + tail()));
  }

  /** Waits until the server listens; fails with its output if it exits or takes too long. */
  public int awaitListening(Duration bound) {
    try {
      return port.get(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("server not listening within " + bound + "; output:\n" + tail(), e);
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  /** {@code kill -9}: the JVM gets no chance to stop anything it started. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  public HttpResult send(HttpRequest.Builder request) {
    return HttpResult.send(client, request.build());
  }

  /** The URL of a path on this server, once it listens. */
  public URI url(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port.join() + pathAndQuery);
  }

  public HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(url(pathAndQuery)).timeout(Duration.ofSeconds(15));
  }

  /** Every line the process has printed so far. */
  public List<String> output() {
    return List.copyOf(output);
  }

  public String tail() {
    int from = Math.max(0, output.size() - 40);
    return String.join("\n", output.subList(from, output.size()));
  }

  /** A graceful stop (SIGTERM, as a service manager sends it); killed if that hangs. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
