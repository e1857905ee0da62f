package io.insighta.bootstrap.config;

import io.insighta.bootstrap.logging.LogFormat;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Where {@code /metrics} is served (no management listener without {@code MANAGEMENT_PORT}) and how
 * the log is written.
 */
public record ObservabilitySettings(
    OptionalInt managementPort, String managementHost, LogFormat logFormat) {
  public static final String DEFAULT_MANAGEMENT_HOST = "127.0.0.1";

  /** A DNS name, an IPv4 address or an IPv6 literal (bare or in brackets). */
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})|\\[?[0-9A-Fa-f:.]{2,45}]?");

  public ObservabilitySettings {
    Objects.requireNonNull(managementPort, "managementPort");
    Objects.requireNonNull(managementHost, "managementHost");
    Objects.requireNonNull(logFormat, "logFormat");
  }

  static ObservabilitySettings read(EnvReader in, int publicPort) {
    OptionalInt port =
        in.optional("MANAGEMENT_PORT")
            .map(raw -> OptionalInt.of(in.port("MANAGEMENT_PORT", 0)))
            .orElseGet(OptionalInt::empty);
    if (port.isPresent() && port.getAsInt() != 0 && port.getAsInt() == publicPort) {
      in.problem("MANAGEMENT_PORT: must differ from PORT, so /metrics stays off the public port");
    }
    return new ObservabilitySettings(
        port,
        in.parsed("MANAGEMENT_HOST", DEFAULT_MANAGEMENT_HOST, ObservabilitySettings::host),
        in.parsed(LogFormat.VARIABLE, "text", LogFormat::parse));
  }

  private static String host(String raw) {
    if (!HOST.matcher(raw).matches()) {
      throw new IllegalArgumentException("'" + raw + "' is not a host name or IP address");
    }
    return raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length() - 1) : raw;
  }
}
