package io.insighta.cli;

/** A failure with a user-facing message and the exit code the process should end with. */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  public static CliException notLoggedIn() {
    return new CliException(ExitCodes.AUTH, "Not logged in — run: insighta login");
  }

  public static CliException sessionExpired() {
    return new CliException(ExitCodes.AUTH, "Session expired — run: insighta login");
  }

  public static CliException usage(String message) {
    return new CliException(ExitCodes.USAGE, message);
  }
}
