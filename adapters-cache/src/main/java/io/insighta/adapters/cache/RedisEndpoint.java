package io.insighta.adapters.cache;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where Redis lives and how to log in, parsed from {@code
 * redis://[[user]:password@]host[:port][/db]} or {@code rediss://} (TLS); the password never
 * appears in {@link #toString()}.
 */
public record RedisEndpoint(
    String host, int port, String user, String password, int database, boolean tls) {
  public static final int DEFAULT_PORT = 6379;

  public RedisEndpoint {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("the Redis host is empty");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("the Redis port must lie between 1 and 65535");
    }
    if (database < 0) {
      throw new IllegalArgumentException("the Redis database number must not be negative");
    }
  }

  /**
   * Parses a Redis URL; a user-info part without a colon is taken as the password, as in {@code
   * redis://secret@host}.
   *
   * @throws IllegalArgumentException naming the accepted form, never echoing the password
   */
  public static RedisEndpoint parse(String url) {
    URI uri = toUri(url);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw invalid("the scheme must be redis:// or rediss://");
    }
    if (uri.getHost() == null) {
      throw invalid("it names no host");
    }
    String user = null;
    String password = null;
    String userInfo = uri.getUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      user = colon > 0 ? userInfo.substring(0, colon) : null;
      password = colon < 0 ? userInfo : userInfo.substring(colon + 1);
      password = password.isEmpty() ? null : password;
    }
    int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
    return new RedisEndpoint(
        uri.getHost(), port, user, password, database(uri.getPath()), scheme.equals("rediss"));
  }

  private static URI toUri(String url) {
    if (url == null || url.isBlank()) {
      throw invalid("it is empty");
    }
    try {
      return new URI(url.trim());
    } catch (URISyntaxException e) {
      throw invalid("it is not a URL");
    }
  }

  private static int database(String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return 0;
    }
    String number = path.substring(1);
    if (!number.matches("\\d{1,5}")) {
      throw invalid("the path must be a database number, e.g. /0");
    }
    return Integer.parseInt(number);
  }

  private static IllegalArgumentException invalid(String reason) {
    return new IllegalArgumentException(
        "invalid REDIS_URL: " + reason + "; expected redis://[:password@]host:port[/db]");
  }

  @Override
  public String toString() {
    return (tls ? "rediss://" : "redis://")
        + (user == null && password == null ? "" : (user == null ? "" : user) + ":***@")
        + host
        + ":"
        + port
        + "/"
        + database;
  }
}
