package io.insighta.adapters.persistence;

/** The host and port of a database URL's authority, IPv6 literals in brackets included. */
record HostAndPort(String host, int port) {

  HostAndPort {
    if (host.isEmpty()) {
      throw new IllegalArgumentException("Database URL has no host");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("Database URL port must be between 1 and 65535");
    }
  }

  static HostAndPort parse(String text, int defaultPort) {
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("Database URL has an unclosed IPv6 host literal");
      }
      return new HostAndPort(
          text.substring(0, close + 1), port(text.substring(close + 1), defaultPort));
    }
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      return new HostAndPort(text, defaultPort);
    }
    return new HostAndPort(text.substring(0, colon), port(text.substring(colon), defaultPort));
  }

  private static int port(String suffix, int defaultPort) {
    if (suffix.isEmpty()) {
      return defaultPort;
    }
    if (!suffix.startsWith(":") || suffix.length() == 1 || suffix.length() > 6) {
      throw new IllegalArgumentException("Database URL port must be a number");
    }
    String digits = suffix.substring(1);
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("Database URL port must be a number");
    }
    return Integer.parseInt(digits);
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
