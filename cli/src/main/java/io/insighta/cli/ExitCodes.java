package io.insighta.cli;

/** The process exit codes of the insighta command, part of its scripting contract. */
public final class ExitCodes {
  public static final int OK = 0;

  /** Server or API error: network failure, 4xx/5xx other than authentication, local I/O. */
  public static final int API_ERROR = 1;

  /** Usage or configuration error: picocli's, a bad API URL or INSIGHTA_TOKEN. */
  public static final int USAGE = 2;

  /**
   * Not logged in, session expired, INSIGHTA_TOKEN rejected, forbidden, or stored credentials
   * issued for another API URL.
   */
  public static final int AUTH = 3;

  private ExitCodes() {}
}
