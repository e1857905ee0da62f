package io.insighta.bootstrap.db;

import io.insighta.bootstrap.support.HttpResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/** The packaged {@code insighta-server.jar} run as its own OS process on a data directory. */
final class ServerProcess implements AutoCloseable {
  private static final Path JAR = Path.of("target", "insighta-server.jar");
  private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");
  private final Process process;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final List<String> output = new CopyOnWriteArrayList<>();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ServerProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readOutput, "server-output-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the zero-config server (embedded PostgreSQL) with test login on and no seed. */
  static ServerProcess start(Path dataDir) {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(java, "-jar", JAR.toString()).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.remove("DATABASE_URL");
    env.remove("REDIS_URL");
    env.put("PORT", "0");
    env.put("INSIGHTA_DATA_DIR", dataDir.toString());
    env.put("INSIGHTA_TEST_LOGIN", "true");
    env.put("INSIGHTA_SEED", "none");
    try {
      return new ServerProcess(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
  int awaitListening(Duration bound) {
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

  ProcessHandle handle() {
    return process.toHandle();
  }

  /** {@code kill -9}: the JVM gets no chance to stop anything it started. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  HttpResult send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new HttpResult(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.join() + pathAndQuery))
        .timeout(Duration.ofSeconds(15));
  }

  String tail() {
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
