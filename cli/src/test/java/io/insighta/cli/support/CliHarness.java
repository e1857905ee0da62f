package io.insighta.cli.support;

import io.insighta.cli.CliContext;
import io.insighta.cli.Main;
import io.insighta.cli.auth.BrowserOpener;
import io.insighta.cli.auth.CredentialStore;
import io.insighta.cli.auth.Credentials;
import io.insighta.cli.config.Env;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Runs the real command line in-process with a private home, working dir and environment. */
public final class CliHarness {
  public static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

  public final Path home;
  public final Path workDir;
  public final Map<String, String> env = new ConcurrentHashMap<>();
  public volatile boolean tty;
  public volatile BrowserOpener browser = url -> false;
  private final String apiUrl;
  private final Clock clock;

  public CliHarness(Path tempDir, String apiUrl) {
    this(tempDir, apiUrl, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** A harness whose CLI reads {@code clock}, e.g. the one a real server under test uses too. */
  public CliHarness(Path tempDir, String apiUrl, Clock clock) {
    this.clock = clock;
    this.home = tempDir.resolve("home");
    this.workDir = tempDir.resolve("work");
    this.apiUrl = apiUrl;
    try {
      Files.createDirectories(workDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    env.put("INSIGHTA_HOME", home.toString());
    env.put("INSIGHTA_API_URL", apiUrl);
  }

  /** Runs {@code insighta args...} and answers its exit code and output. */
  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            Env.of(Map.copyOf(env)),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            tty,
            clock,
            workDir,
            browser,
            new SecureRandom());
    int code = Main.run(context, args);
    return new Result(code, out.toString(), err.toString());
  }

  public CredentialStore store() {
    return new CredentialStore(home);
  }

  public void loggedIn(String accessToken, String refreshToken) {
    store()
        .save(
            new Credentials(
                accessToken, refreshToken, "2026-04-01T12:03:00Z", "octocat", "admin", apiUrl));
  }

  public Optional<Credentials> credentials() {
    return store().load();
  }

  /** What one run printed and how it ended. */
  public record Result(int exitCode, String out, String err) {}
}
