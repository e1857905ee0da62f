package io.insighta.adapters.http.client;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Invariants shared by the clients' settings records: absolute http(s) URLs and positive timeouts.
 */
public final class SettingsChecks {
  private SettingsChecks() {}

  public static void requireHttpUrl(String field, URI url) {
    Objects.requireNonNull(url, field);
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new IllegalArgumentException(field + " must be an absolute http(s) URL: " + url);
    }
  }

  public static void requirePositive(String field, Duration duration) {
    Objects.requireNonNull(duration, field);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(field + " must be positive: " + duration);
    }
  }
}
