package io.insighta.bootstrap.command;

import io.insighta.application.signing.RotateSigningKeyUseCase;
import io.insighta.application.signing.RotatedSigningKey;
import io.insighta.bootstrap.InsightaServer;
import io.insighta.bootstrap.Lifecycle;
import io.insighta.bootstrap.config.Settings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Adds a new access-token key to the configured database and prints its kid; every instance signs
 * with it a minute later, and tokens signed with the old key stay valid until they expire.
 */
@Command(
    name = "rotate-signing-key",
    mixinStandardHelpOptions = true,
    description = {
      "Add a new access-token signing key to the database (DATABASE_URL, or the embedded one of"
          + " a stopped server) and print its kid.",
      "Every instance signs new tokens with it one minute later; tokens signed with older keys"
          + " stay valid until ACCESS_TOKEN_TTL plus a minute after that, so nobody is signed out."
    })
public final class RotateSigningKeyCommand implements Callable<Integer> {
  private final Map<String, String> environment;
  private final Clock clock;

  @Spec CommandSpec spec;

  public RotateSigningKeyCommand() {
    this(System.getenv(), Clock.systemUTC());
  }

  /** Reads its settings from {@code environment} instead of the process's. */
  public RotateSigningKeyCommand(Map<String, String> environment, Clock clock) {
    this.environment = Map.copyOf(environment);
    this.clock = clock;
  }

  @Override
  public Integer call() {
    Settings settings = Settings.fromEnvironment(environment);
    if (settings.jwtAccessSecret().isPresent()) {
      throw new IllegalArgumentException(
          "JWT_ACCESS_SECRET is set: servers sign with it and ignore the database keys."
              + " Unset it (on the servers too) to use keys that rotate.");
    }
    RotatedSigningKey rotated;
    try (Lifecycle lifecycle = new Lifecycle()) {
      rotated =
          InsightaServer.createInjector(settings, clock, lifecycle, false)
              .getInstance(RotateSigningKeyUseCase.class)
              .rotate();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(rotated.kid());
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "key %s (generation %d) signs new access tokens from %s on every instance%s;"
            + " %d retired keys deleted%n",
        rotated.kid(),
        rotated.generation(),
        rotated.signsFrom(),
        rotated
            .previousVerifiesUntil()
            .map(until -> "; the key it replaces verifies until " + until)
            .orElse(""),
        rotated.deleted());
    err.flush();
    return 0;
  }
}
