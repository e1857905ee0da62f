package io.insighta.adapters.http.client.github;

import io.insighta.adapters.http.client.SettingsChecks;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The GitHub OAuth app (client id and secret, either may be absent) and where and how long to call
 * GitHub.
 */
public record GithubSettings(
    String clientId,
    String clientSecret,
    URI oauthBaseUrl,
    URI apiBaseUrl,
    Duration connectTimeout,
    Duration requestTimeout,
    String scope) {

  public static final URI DEFAULT_OAUTH_BASE_URL = URI.create("https://github.com");
  public static final URI DEFAULT_API_BASE_URL = URI.create("https://api.github.com");
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);
  public static final String DEFAULT_SCOPE = "read:user user:email";

  public GithubSettings {
    SettingsChecks.requireHttpUrl("oauthBaseUrl", oauthBaseUrl);
    SettingsChecks.requireHttpUrl("apiBaseUrl", apiBaseUrl);
    SettingsChecks.requirePositive("connectTimeout", connectTimeout);
    SettingsChecks.requirePositive("requestTimeout", requestTimeout);
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * Public GitHub with default timeouts and scope; blank or null credentials mean "not configured".
   */
  public static GithubSettings defaults(String clientId, String clientSecret) {
    return new GithubSettings(
        clientId,
        clientSecret,
        DEFAULT_OAUTH_BASE_URL,
        DEFAULT_API_BASE_URL,
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_REQUEST_TIMEOUT,
        DEFAULT_SCOPE);
  }

  /** Whether both the client id and the client secret are set. */
  public boolean isConfigured() {
    return clientId != null
        && !clientId.isBlank()
        && clientSecret != null
        && !clientSecret.isBlank();
  }

  /** Never prints the client secret, so settings can be logged at start-up. */
  @Override
  public String toString() {
    return "GithubSettings[clientId="
        + clientId
        + ", clientSecret="
        + (clientSecret == null || clientSecret.isBlank() ? "<unset>" : "<redacted>")
        + ", oauthBaseUrl="
        + oauthBaseUrl
        + ", apiBaseUrl="
        + apiBaseUrl
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", scope="
        + scope
        + "]";
  }
}
