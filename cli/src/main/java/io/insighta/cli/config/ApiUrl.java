package io.insighta.cli.config;

import io.insighta.cli.CliException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An API base URL in its normal form; plain http is accepted only for this machine. */
public record ApiUrl(String value) {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

  /** The URL as the CLI uses it, or a usage error when it is malformed or would leak tokens. */
  public static ApiUrl parse(String raw) {
    String text = raw.strip();
    if (!text.regionMatches(true, 0, "http://", 0, 7)
        && !text.regionMatches(true, 0, "https://", 0, 8)) {
      throw CliException.usage("API URL must start with http:// or https://: " + text);
    }
    ApiUrl url =
        normalise(text)
            .orElseThrow(() -> CliException.usage("API URL is not a valid URL: " + text));
    if (url.value.startsWith("http://") && !loopback(URI.create(url.value).getHost())) {
      throw CliException.usage(
          "API URL "
              + text
              + " uses plain http:// to another machine, where tokens would cross the network"
              + " unencrypted; use https:// (http:// is accepted only for localhost,"
              + " 127.0.0.0/8 and [::1]).");
    }
    return url;
  }

  /**
   * Scheme and host lower-case, default port dropped, no trailing slash; empty when {@code raw} is
   * not an http(s) URL with a host and without user info, query or fragment.
   */
  public static Optional<ApiUrl> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(raw.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    int defaultPort = scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -2;
    if (defaultPort < 0
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      return Optional.empty();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
    return Optional.of(new ApiUrl(scheme + "://" + host + port + path));
  }

  /** True when both spell the same URL once normalised; false when either is not a URL. */
  public static boolean same(String one, String other) {
    Optional<ApiUrl> normal = normalise(one);
    return normal.isPresent() && normal.equals(normalise(other));
  }

  @Override
  public String toString() {
    return value;
  }

  // By name only "localhost" counts: resolving other names could be steered by DNS.
  private static boolean loopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    Matcher ipv4 = IPV4.matcher(host);
    if (ipv4.matches()) {
      for (int octet = 1; octet <= 4; octet++) {
        if (Integer.parseInt(ipv4.group(octet)) > 255) {
          return false;
        }
      }
      return Integer.parseInt(ipv4.group(1)) == 127;
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      try {
        // an IPv6 literal: parsed, never looked up
        return InetAddress.getByName(host.substring(1, host.length() - 1)).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }
}
