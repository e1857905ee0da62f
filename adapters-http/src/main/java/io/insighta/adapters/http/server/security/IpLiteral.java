package io.insighta.adapters.http.server.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses IP address literals only: never a host name, so parsing can never trigger a DNS lookup.
 */
final class IpLiteral {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  private IpLiteral() {}

  static Optional<InetAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip();
    if (value.startsWith("[") && value.endsWith("]")) {
      value = value.substring(1, value.length() - 1);
    }
    if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(value));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
