package io.insighta.cli.auth;

import io.insighta.cli.CliException;
import io.insighta.cli.ExitCodes;
import io.insighta.cli.config.ApiUrl;
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

  /**
   * These credentials, when they were issued for {@code requestedUrl}; otherwise an auth error, so
   * that tokens of one server are never sent to another.
   */
  public Credentials requireIssuedFor(String requestedUrl) {
    if (apiUrl == null || apiUrl.isBlank()) {
      throw new CliException(
          ExitCodes.AUTH,
          "Stored credentials do not record the API URL they were issued for, so they are not"
              + " sent to "
              + requestedUrl
              + ". Run: insighta login --api-url "
              + requestedUrl);
    }
    if (!ApiUrl.same(apiUrl, requestedUrl)) {
      String issuedFor = ApiUrl.normalise(apiUrl).map(ApiUrl::value).orElse(apiUrl);
      throw new CliException(
          ExitCodes.AUTH,
          "Stored credentials were issued for "
              + issuedFor
              + ", not "
              + requestedUrl
              + ", and are never sent to another server. Run: insighta login --api-url "
              + requestedUrl
              + " (or drop --api-url and INSIGHTA_API_URL to keep using "
              + issuedFor
              + ")");
    }
    return this;
  }
}
