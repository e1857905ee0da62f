package io.insighta.adapters.http.server;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP server behaves: which browser origins may send credentials, body size limits,
 * whether the portal is served, the API version clients must name, the access-token cookie and the
 * public URL browsers should use.
 */
public record HttpSettings(
    List<String> credentialedOrigins,
    long maxJsonBodyBytes,
    long maxImportBodyBytes,
    boolean servePortal,
    String apiVersion,
    String accessTokenCookie,
    Optional<URI> publicUrl) {

  public static final long ONE_MIB = 1024L * 1024L;
  public static final long DEFAULT_MAX_IMPORT_BYTES = 256L * ONE_MIB;
  public static final String DEFAULT_API_VERSION = "1";
  public static final String DEFAULT_ACCESS_TOKEN_COOKIE = "access_token";

  public HttpSettings {
    credentialedOrigins = List.copyOf(credentialedOrigins);
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(accessTokenCookie, "accessTokenCookie");
    Objects.requireNonNull(publicUrl, "publicUrl");
    if (maxJsonBodyBytes < 1 || maxImportBodyBytes < 1) {
      throw new IllegalArgumentException("body limits must be positive");
    }
    if (credentialedOrigins.contains("*")) {
      throw new IllegalArgumentException("credentialed CORS never allows the wildcard origin");
    }
  }

  /**
   * The defaults: no credentialed origins, 1 MiB JSON bodies, 256 MiB imports, portal served, no
   * public URL (so no request is sent to another host).
   */
  public static HttpSettings defaults() {
    return new HttpSettings(
        List.of(),
        ONE_MIB,
        DEFAULT_MAX_IMPORT_BYTES,
        true,
        DEFAULT_API_VERSION,
        DEFAULT_ACCESS_TOKEN_COOKIE,
        Optional.empty());
  }

  public HttpSettings withCredentialedOrigins(List<String> origins) {
    return new HttpSettings(
        origins,
        maxJsonBodyBytes,
        maxImportBodyBytes,
        servePortal,
        apiVersion,
        accessTokenCookie,
        publicUrl);
  }

  public HttpSettings withServePortal(boolean serve) {
    return new HttpSettings(
        credentialedOrigins,
        maxJsonBodyBytes,
        maxImportBodyBytes,
        serve,
        apiVersion,
        accessTokenCookie,
        publicUrl);
  }

  public HttpSettings withMaxImportBodyBytes(long bytes) {
    return new HttpSettings(
        credentialedOrigins,
        maxJsonBodyBytes,
        bytes,
        servePortal,
        apiVersion,
        accessTokenCookie,
        publicUrl);
  }

  /**
   * Where browsers must open sign-in and portal pages (other host names are redirected there); an
   * {@code https://} URL also brings HSTS and the prefixed access-token cookie name.
   */
  public HttpSettings withPublicUrl(URI url) {
    return new HttpSettings(
        credentialedOrigins,
        maxJsonBodyBytes,
        maxImportBodyBytes,
        servePortal,
        apiVersion,
        CookieNames.forPublicUrl(url).access(),
        Optional.of(url));
  }
}
