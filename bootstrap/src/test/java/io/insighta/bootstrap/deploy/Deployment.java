package io.insighta.bootstrap.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A deployment made by {@code deploy/insighta-deploy} in a directory of its own: runs the script's
 * commands and reads what the deployment leaves in that directory (ports, PIDs, logs).
 */
final class Deployment implements AutoCloseable {
  static final Path SCRIPT =
      Path.of("").toAbsolutePath().getParent().resolve(Path.of("deploy", "insighta-deploy"));
  private static final String REQUEST_ID = "request_id=";
  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(4);
  private final Path dir;
  private final Path output;
  private final Map<String, String> env;

  private Deployment(Path dir, Map<String, String> settings) {
    this.dir = dir;
    this.output = dir.resolveSibling(dir.getFileName() + ".out");
    this.env = new HashMap<>(settings);
    env.put("INSIGHTA_DEPLOY_DIR", dir.toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", System.getProperty("user.home"));
    env.put("JAVA", ProcessHandle.current().info().command().orElse("java"));
  }

  /** Runs {@code up} in {@code dir} after taking down and removing what a previous run left. */
  static Deployment up(Path dir, Map<String, String> settings) {
    Deployment deployment = new Deployment(dir, settings);
    if (Files.exists(dir.resolve("deployment.env"))) {
      deployment.run("down");
    }
    deleteTree(dir);
    try {
      deployment.run("up");
    } catch (AssertionError failed) {
      // Whatever did start must not outlive the test.
      if (Files.exists(dir.resolve("deployment.env"))) {
        deployment.run("down");
      }
      throw failed;
    }
    return deployment;
  }

  /**
   * Runs one command of the script to its end; fails with the script's output unless it exits 0.
   */
  String run(String... command) {
    List<String> line = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    line.addAll(List.of(command));
    ProcessBuilder builder =
        new ProcessBuilder(line)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    builder.environment().clear();
    builder.environment().putAll(env);
    try {
      long from = Files.exists(output) ? Files.size(output) : 0;
      Process process = builder.start();
      boolean ended = process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      String said = outputFrom(from);
      if (!ended) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish:\n" + said);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            String.join(" ", command) + " exited " + process.exitValue() + ":\n" + said);
      }
      return said;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String outputFrom(long offset) throws IOException {
    byte[] all = Files.readAllBytes(output);
    return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
  }

  /** The value the first {@code up} chose for a deployment setting such as {@code TLS_PORT}. */
  String state(String name) {
    return read("deployment.env")
        .lines()
        .filter(line -> line.startsWith(name + "="))
        .map(line -> line.substring(name.length() + 1).replace("\\ ", " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in deployment.env"));
  }

  int instances() {
    return Integer.parseInt(state("INSTANCES"));
  }

  Path certificate() {
    return dir.resolve(Path.of("tls", "cert.pem"));
  }

  long pid(int instance) {
    return Long.parseLong(read("run/instance-" + instance + ".pid").strip());
  }

  /** HAProxy's view of each instance ({@code UP}, {@code DOWN}, {@code MAINT}), from the script. */
  Map<Integer, String> proxyStatus() {
    Map<Integer, String> status = new HashMap<>();
    for (String line : run("status").lines().toList()) {
      String[] words = line.trim().split("\\s+");
      if (words.length == 8 && words[0].equals("instance")) {
        status.put(Integer.valueOf(words[1]), words[7]);
      }
    }
    return status;
  }

  /**
   * How many requests whose {@code X-Request-Id} starts with {@code prefix} each instance served,
   * counted from the instances' access logs.
   */
  Map<Integer, Long> requestsServed(String prefix) {
    Map<Integer, Long> served = new TreeMap<>();
    for (int n = 1; n <= instances(); n++) {
      long count =
          read("logs/instance-" + n + ".log")
              .lines()
              .filter(line -> line.contains(REQUEST_ID + prefix))
              .count();
      if (count > 0) {
        served.put(n, count);
      }
    }
    return served;
  }

  /** HAProxy's log lines of the requests whose id starts with {@code prefix}. */
  List<String> proxyLog(String prefix) {
    return read("logs/haproxy.log").lines().filter(line -> line.contains("{" + prefix)).toList();
  }

  String read(String relative) {
    try {
      return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code down}: everything the deployment started stops; its directory stays for inspection. */
  @Override
  public void close() {
    run("down");
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
