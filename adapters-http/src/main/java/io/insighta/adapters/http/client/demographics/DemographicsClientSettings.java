package io.insighta.adapters.http.client.demographics;

import io.insighta.adapters.http.client.SettingsChecks;
import java.net.URI;
import java.time.Duration;

/** Where Genderize, Agify and Nationalize live and how long the client waits for them. */
public record DemographicsClientSettings(
    URI genderizeUrl,
    URI agifyUrl,
    URI nationalizeUrl,
    Duration connectTimeout,
    Duration requestTimeout) {

  public static final URI DEFAULT_GENDERIZE_URL = URI.create("https://api.genderize.io");
  public static final URI DEFAULT_AGIFY_URL = URI.create("https://api.agify.io");
  public static final URI DEFAULT_NATIONALIZE_URL = URI.create("https://api.nationalize.io");
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);

  public DemographicsClientSettings {
    SettingsChecks.requireHttpUrl("genderizeUrl", genderizeUrl);
    SettingsChecks.requireHttpUrl("agifyUrl", agifyUrl);
    SettingsChecks.requireHttpUrl("nationalizeUrl", nationalizeUrl);
    SettingsChecks.requirePositive("connectTimeout", connectTimeout);
    SettingsChecks.requirePositive("requestTimeout", requestTimeout);
  }

  /** The public services with a 3 s connect and 5 s request timeout. */
  public static DemographicsClientSettings defaults() {
    return new DemographicsClientSettings(
        DEFAULT_GENDERIZE_URL,
        DEFAULT_AGIFY_URL,
        DEFAULT_NATIONALIZE_URL,
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_REQUEST_TIMEOUT);
  }
}
