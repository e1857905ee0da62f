package io.insighta.cli.auth;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** What {@code credentials.json} holds between runs: the token pair and who it belongs to. */
public record Credentials(
    String accessToken,
    String refreshToken,
    String expiresAt,
    String username,
    String role,
    String apiUrl) {

  /** Credentials for a fresh token body; the expiry is computed from the local clock. */
  public static Credentials from(TokenResponse tokens, String apiUrl, Clock clock) {
    long lifetime = tokens.expiresIn() == null ? 0 : tokens.expiresIn();
    return new Credentials(
        tokens.accessToken(),
        tokens.refreshToken(),
        clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(lifetime).toString(),
        tokens.user().username(),
        tokens.user().role(),
        apiUrl);
  }
}
