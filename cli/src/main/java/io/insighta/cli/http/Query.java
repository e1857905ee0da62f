package io.insighta.cli.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds a URL query string, skipping parameters that have no value. */
public final class Query {
  private final StringJoiner parts = new StringJoiner("&");

  public Query add(String name, Object value) {
    if (value != null) {
      parts.add(encode(name) + "=" + encode(String.valueOf(value)));
    }
    return this;
  }

  /** The path followed by {@code ?query} when there is any parameter. */
  public String appendTo(String path) {
    String query = parts.toString();
    return query.isEmpty() ? path : path + "?" + query;
  }

  // Spaces as %20, not '+', which not every server decodes in a query.
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
