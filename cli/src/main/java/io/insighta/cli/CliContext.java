package io.insighta.cli;

import io.insighta.cli.auth.BrowserOpener;
import io.insighta.cli.auth.CredentialStore;
import io.insighta.cli.auth.SystemBrowser;
import io.insighta.cli.config.Env;
import io.insighta.cli.config.Settings;
import io.insighta.cli.output.Style;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/** Everything a command needs from the outside world, so tests can replace each part. */
public record CliContext(
    Env env,
    PrintWriter out,
    PrintWriter err,
    boolean tty,
    Clock clock,
    Path workingDir,
    BrowserOpener browser,
    SecureRandom random) {

  /** The context of a real process: its environment, terminal, clock and browser. */
  public static CliContext system() {
    return new CliContext(
        Env.system(),
        utf8(FileDescriptor.out),
        utf8(FileDescriptor.err),
        Terminal.interactive(),
        Clock.systemUTC(),
        Path.of("").toAbsolutePath(),
        new SystemBrowser(),
        new SecureRandom());
  }

  public Settings settings() {
    return new Settings(env);
  }

  public CredentialStore credentials() {
    return new CredentialStore(settings().home());
  }

  /** Colours only on a terminal and never when NO_COLOR is set. */
  public Style style() {
    return new Style(tty && !settings().noColor());
  }

  // UTF-8 regardless of the platform charset: the output uses "·" and "—".
  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }
}
