package io.insighta.adapters.http.server;

import java.net.URI;

/**
 * The names of the session, CSRF and OAuth state cookies: behind an {@code https://} public URL
 * they carry the {@code __Host-} (state: {@code __Secure-}) prefix, which browsers honour only on
 * Secure, host-only cookies, so no sibling domain or plain-HTTP page can plant or shadow them.
 */
public record CookieNames(String access, String refresh, String csrf, String state) {
  public static final CookieNames PLAIN =
      new CookieNames("access_token", "refresh_token", "csrf_token", "oauth_state");
  public static final CookieNames PREFIXED =
      new CookieNames(
          "__Host-access_token",
          "__Host-refresh_token",
          "__Host-csrf_token",
          "__Secure-oauth_state");

  /** The names for a server whose public URL is {@code url}. */
  public static CookieNames forPublicUrl(URI url) {
    return isHttps(url) ? PREFIXED : PLAIN;
  }

  public static boolean isHttps(URI url) {
    return "https".equalsIgnoreCase(url.getScheme());
  }
}
