package io.insighta.application.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only redirect URIs the CLI flow accepts: {@code http://127.0.0.1:<port>/callback} and {@code
 * http://[::1]:<port>/callback} (RFC 8252 §7.3). {@code localhost} is refused on purpose (RFC 8252
 * §8.3, SECURITY.md #8): the name can resolve to a non-loopback address, and the CLI listens on
 * 127.0.0.1 only. The whole string must match exactly, so no query, fragment, user info or case
 * tricks get through.
 */
public final class LoopbackRedirectUri {
  private static final Pattern ALLOWED =
      Pattern.compile("http://(?:127\\.0\\.0\\.1|\\[::1\\]):([1-9][0-9]{0,4})/callback");

  private LoopbackRedirectUri() {}

  public static boolean isAllowed(String redirectUri) {
    if (redirectUri == null) {
      return false;
    }
    Matcher matcher = ALLOWED.matcher(redirectUri);
    return matcher.matches() && Integer.parseInt(matcher.group(1)) <= 65_535;
  }

  /** Throws the 400 every CLI endpoint answers for a redirect URI outside the allowlist. */
  static void require(String redirectUri) {
    if (redirectUri == null || redirectUri.isBlank()) {
      throw new BadAuthRequestException("Missing redirect_uri");
    }
    if (!isAllowed(redirectUri)) {
      throw new BadAuthRequestException(
          "Invalid redirect_uri: only http://127.0.0.1:<port>/callback"
              + " or http://[::1]:<port>/callback are allowed");
    }
  }
}
