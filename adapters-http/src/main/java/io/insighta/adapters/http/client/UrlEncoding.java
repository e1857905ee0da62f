package io.insighta.adapters.http.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds query strings, form bodies and endpoint URIs with RFC 3986 percent-encoding in UTF-8. */
public final class UrlEncoding {
  private UrlEncoding() {}

  /** Percent-encodes one query value; spaces become {@code %20}, not {@code +}. */
  public static String component(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Joins parameters in their iteration order as {@code k=v&k=v}, both sides encoded. */
  public static String query(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(entry -> component(entry.getKey()) + "=" + component(entry.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** Appends an encoded query to a base URL, keeping any query the base already carries. */
  public static URI withQuery(URI base, String query) {
    String separator = base.getRawQuery() == null ? "?" : "&";
    return URI.create(base + separator + query);
  }

  /** Appends an absolute path to a base URL, ignoring a trailing slash on the base. */
  public static URI resolve(URI base, String path) {
    String root = base.toString();
    while (root.endsWith("/")) {
      root = root.substring(0, root.length() - 1);
    }
    return URI.create(root + path);
  }
}
