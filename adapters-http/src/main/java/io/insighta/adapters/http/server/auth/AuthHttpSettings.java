package io.insighta.adapters.http.server.auth;

import io.insighta.adapters.http.server.CookieNames;
import io.insighta.domain.user.RateRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the auth endpoints behave on the wire: cookie names, where the browser lands after sign-in,
 * the public URL of the web callback registered with GitHub, the {@code Secure} policy, the trusted
 * reverse proxies, the test login switch and the two rate rules.
 */
public record AuthHttpSettings(
    String accessCookie,
    String refreshCookie,
    String csrfCookie,
    String stateCookie,
    String portalUrl,
    URI webCallbackUrl,
    SecureCookiePolicy secureCookies,
    List<String> trustedProxies,
    boolean testLogin,
    RateRule authRate,
    RateRule apiRate) {

  private static final Pattern COOKIE_NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");
  public static final RateRule DEFAULT_AUTH_RATE = RateRule.parse("10/1m");
  public static final RateRule DEFAULT_API_RATE = RateRule.parse("60/1m");

  public AuthHttpSettings {
    for (String name : List.of(accessCookie, refreshCookie, csrfCookie, stateCookie)) {
      if (name == null || !COOKIE_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("invalid cookie name: " + name);
      }
    }
    checkPortalUrl(portalUrl);
    Objects.requireNonNull(webCallbackUrl, "webCallbackUrl");
    if (!webCallbackUrl.isAbsolute()
        || !List.of("http", "https").contains(webCallbackUrl.getScheme())) {
      throw new IllegalArgumentException("the web callback must be an absolute http(s) URL");
    }
    Objects.requireNonNull(secureCookies, "secureCookies");
    trustedProxies = List.copyOf(trustedProxies);
    Objects.requireNonNull(authRate, "authRate");
    Objects.requireNonNull(apiRate, "apiRate");
  }

  /**
   * API.md's defaults: portal at {@code /}, 10/1m and 60/1m; behind an {@code https://} callback
   * the prefixed cookie names and always {@code Secure}, else plain names and {@code Secure} when
   * the request came over HTTPS.
   */
  public static AuthHttpSettings defaults(URI webCallbackUrl) {
    CookieNames names = CookieNames.forPublicUrl(webCallbackUrl);
    return new AuthHttpSettings(
        names.access(),
        names.refresh(),
        names.csrf(),
        names.state(),
        "/",
        webCallbackUrl,
        CookieNames.isHttps(webCallbackUrl) ? SecureCookiePolicy.ALWAYS : SecureCookiePolicy.AUTO,
        List.of(),
        false,
        DEFAULT_AUTH_RATE,
        DEFAULT_API_RATE);
  }

  public AuthHttpSettings withTestLogin(boolean enabled) {
    return new AuthHttpSettings(
        accessCookie,
        refreshCookie,
        csrfCookie,
        stateCookie,
        portalUrl,
        webCallbackUrl,
        secureCookies,
        trustedProxies,
        enabled,
        authRate,
        apiRate);
  }

  public AuthHttpSettings withTrustedProxies(List<String> proxies) {
    return new AuthHttpSettings(
        accessCookie,
        refreshCookie,
        csrfCookie,
        stateCookie,
        portalUrl,
        webCallbackUrl,
        secureCookies,
        proxies,
        testLogin,
        authRate,
        apiRate);
  }

  public AuthHttpSettings withRates(RateRule auth, RateRule api) {
    return new AuthHttpSettings(
        accessCookie,
        refreshCookie,
        csrfCookie,
        stateCookie,
        portalUrl,
        webCallbackUrl,
        secureCookies,
        trustedProxies,
        testLogin,
        auth,
        api);
  }

  public AuthHttpSettings withPortalUrl(String url) {
    return new AuthHttpSettings(
        accessCookie,
        refreshCookie,
        csrfCookie,
        stateCookie,
        url,
        webCallbackUrl,
        secureCookies,
        trustedProxies,
        testLogin,
        authRate,
        apiRate);
  }

  public AuthHttpSettings withSecureCookies(SecureCookiePolicy policy) {
    return new AuthHttpSettings(
        accessCookie,
        refreshCookie,
        csrfCookie,
        stateCookie,
        portalUrl,
        webCallbackUrl,
        policy,
        trustedProxies,
        testLogin,
        authRate,
        apiRate);
  }

  /**
   * Checks that the post-sign-in landing URL is a path on this server or an http(s) URL.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static String checkPortalUrl(String portalUrl) {
    Objects.requireNonNull(portalUrl, "portalUrl");
    boolean localPath =
        portalUrl.startsWith("/") && !portalUrl.startsWith("//") && !portalUrl.startsWith("/\\");
    if (!localPath && !isAbsoluteHttpUrl(portalUrl)) {
      throw new IllegalArgumentException(
          "'" + portalUrl + "' is neither a path on this server (/...) nor an http(s) URL");
    }
    return portalUrl;
  }

  private static boolean isAbsoluteHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
