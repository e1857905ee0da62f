package io.insighta.adapters.http.server.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;

/**
 * Names the rate-limit buckets so a client cannot mint new ones at will: auth paths map onto the
 * fixed list of auth routes (anything else shares one bucket), and an IPv6 client is its /64, the
 * block one subscriber is usually given.
 */
final class RateBuckets {
  static final Set<String> AUTH_ROUTES =
      Set.of(
          "/auth/github",
          "/auth/github/callback",
          "/auth/cli/callback",
          "/auth/refresh",
          "/auth/logout",
          "/auth/me");
  static final String OTHER_AUTH_PATH = "/auth/*";

  private RateBuckets() {}

  static String authRoute(String path) {
    String route = path.toLowerCase(Locale.ROOT);
    if (route.length() > 1 && route.endsWith("/")) {
      route = route.substring(0, route.length() - 1);
    }
    return AUTH_ROUTES.contains(route) ? route : OTHER_AUTH_PATH;
  }

  static String client(String address) {
    return IpLiteral.parse(address).map(RateBuckets::client).orElse(address);
  }

  private static String client(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return address.getHostAddress();
    }
    byte[] bytes = address.getAddress();
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < 8; i += 2) {
      prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
      prefix.append(':');
    }
    return prefix.append(":/64").toString();
  }
}
