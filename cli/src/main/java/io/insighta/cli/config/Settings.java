package io.insighta.cli.config;

import io.insighta.cli.CliException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Resolves the CLI's configuration from options, environment variables and defaults. */
public final class Settings {
  public static final String DEFAULT_API_URL = "http://localhost:8080";
  public static final int DEFAULT_CALLBACK_PORT = 9876;
  public static final String TOKEN_VARIABLE = "INSIGHTA_TOKEN";

  private static final Pattern PERSONAL_TOKEN = Pattern.compile("insighta_pat_[A-Za-z0-9_-]+");

  private final Env env;

  public Settings(Env env) {
    this.env = env;
  }

  /**
   * The directory holding credentials: {@code INSIGHTA_HOME}, else {@code $HOME/.insighta}, else
   * {@code .insighta} in the account's home directory ({@code user.home} ignores {@code HOME}).
   */
  public Path home() {
    return env.get("INSIGHTA_HOME")
        .map(Path::of)
        .or(() -> env.get("HOME").map(home -> Path.of(home, ".insighta")))
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".insighta"))
        .toAbsolutePath();
  }

  /**
   * The API base URL, normalised ({@link ApiUrl}): option, then {@code INSIGHTA_API_URL}, then the
   * stored one, then default.
   */
  public String apiUrl(String option, Supplier<Optional<String>> stored) {
    String url =
        Optional.ofNullable(option)
            .filter(v -> !v.isBlank())
            .or(() -> env.get("INSIGHTA_API_URL"))
            .or(stored)
            .orElse(DEFAULT_API_URL);
    return ApiUrl.parse(url).value();
  }

  /**
   * The personal access token in {@code INSIGHTA_TOKEN}, empty when unset or blank; a usage error
   * when it is not one (the message never repeats the value, which may be a secret).
   */
  public Optional<String> personalToken() {
    Optional<String> token = env.get(TOKEN_VARIABLE);
    if (token.isPresent() && !PERSONAL_TOKEN.matcher(token.get()).matches()) {
      throw CliException.usage(
          TOKEN_VARIABLE
              + " must be a personal access token: insighta_pat_ followed by letters, digits,"
              + " '-' and '_'. Create one with: insighta tokens create --name NAME (or unset "
              + TOKEN_VARIABLE
              + " to use the stored login)");
    }
    return token;
  }

  /** True when {@code INSIGHTA_TOKEN} has a value, valid or not; login and logout warn then. */
  public boolean personalTokenSet() {
    return env.get(TOKEN_VARIABLE).isPresent();
  }

  /** The loopback port for the login callback; 0 picks any free port. */
  public int callbackPort() {
    String value = env.get("INSIGHTA_CALLBACK_PORT").orElse(null);
    if (value == null) {
      return DEFAULT_CALLBACK_PORT;
    }
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below with the same message as an out-of-range port
    }
    throw CliException.usage("INSIGHTA_CALLBACK_PORT must be a port number (0-65535): " + value);
  }

  /** True when colours are banned by the NO_COLOR convention (set and non-empty). */
  public boolean noColor() {
    return env.raw("NO_COLOR").filter(v -> !v.isEmpty()).isPresent();
  }

  public boolean debug() {
    return env.get("INSIGHTA_DEBUG").isPresent();
  }
}
