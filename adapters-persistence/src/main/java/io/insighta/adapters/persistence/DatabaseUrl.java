package io.insighta.adapters.persistence;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the database is and how to log in: a JDBC URL plus optional credentials, parsed from the
 * {@code postgres://user:password@host:port/db} form hosting platforms hand out or from a JDBC URL.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
  private static final String JDBC_PREFIX = "jdbc:postgresql:";
  private static final int DEFAULT_PORT = 5432;
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&]password=)[^&]*");

  public DatabaseUrl {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith(JDBC_PREFIX)) {
      throw new IllegalArgumentException("JDBC URL must start with " + JDBC_PREFIX);
    }
  }

  /**
   * Accepts {@code jdbc:postgresql:...}, {@code postgresql://...} and {@code postgres://...}; user
   * and password are percent-decoded and the query string (e.g. {@code ?sslmode=require}) is passed
   * through to the driver.
   *
   * @throws IllegalArgumentException naming what is wrong, never echoing the password
   */
  public static DatabaseUrl parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Database URL is empty");
    }
    String url = text.strip();
    if (url.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length())) {
      return new DatabaseUrl(JDBC_PREFIX + url.substring(JDBC_PREFIX.length()), null, null);
    }
    String lower = url.toLowerCase(Locale.ROOT);
    for (String scheme : new String[] {"postgresql://", "postgres://"}) {
      if (lower.startsWith(scheme)) {
        return fromUri(url.substring(scheme.length()));
      }
    }
    throw new IllegalArgumentException(
        "Database URL must start with postgresql://, postgres:// or jdbc:postgresql:");
  }

  private static DatabaseUrl fromUri(String rest) {
    // The last '@' separates credentials from the host, so an unescaped '@', '/' or '?' in a
    // password still parses.
    int at = rest.lastIndexOf('@');
    int queryStart = rest.indexOf('?', at + 1);
    String query = queryStart < 0 ? "" : rest.substring(queryStart);
    String beforeQuery = queryStart < 0 ? rest : rest.substring(0, queryStart);
    int slash = beforeQuery.indexOf('/', at + 1);
    if (slash < 0 || slash == beforeQuery.length() - 1) {
      throw new IllegalArgumentException("Database URL names no database (expected .../dbname)");
    }
    String database = beforeQuery.substring(slash + 1);
    String userInfo = at < 0 ? null : rest.substring(0, at);
    HostAndPort host = HostAndPort.parse(beforeQuery.substring(at + 1, slash), DEFAULT_PORT);
    String jdbc = JDBC_PREFIX + "//" + host + "/" + database + query;
    if (userInfo == null) {
      return new DatabaseUrl(jdbc, null, null);
    }
    int colon = userInfo.indexOf(':');
    String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
    String password = colon < 0 ? null : userInfo.substring(colon + 1);
    return new DatabaseUrl(
        jdbc,
        user.isEmpty() ? null : PercentDecoding.decode(user, "user name"),
        password == null ? null : PercentDecoding.decode(password, "password"));
  }

  /** Never prints a password, so the URL can appear in logs and error messages. */
  @Override
  public String toString() {
    String masked = PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1***");
    return "DatabaseUrl["
        + masked
        + ", user="
        + user
        + ", password="
        + (password == null ? "none" : "***")
        + "]";
  }
}
