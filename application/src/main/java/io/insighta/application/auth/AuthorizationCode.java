package io.insighta.application.auth;

import java.util.regex.Pattern;

/**
 * The shape an authorization code must have before it is sent to GitHub (GitHub's are 20 hex
 * digits).
 */
final class AuthorizationCode {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9\\-._~]{1,256}");

  private AuthorizationCode() {}

  static String require(String code) {
    if (code == null || code.isBlank()) {
      throw new BadAuthRequestException("Missing code");
    }
    if (!SHAPE.matcher(code).matches()) {
      throw new BadAuthRequestException("Invalid code");
    }
    return code;
  }
}
