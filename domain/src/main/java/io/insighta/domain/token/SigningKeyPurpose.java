package io.insighta.domain.token;

import java.util.Arrays;
import java.util.Optional;

/** What a stored signing key is for: access tokens (rotated) or CSRF tokens (one stable key). */
public enum SigningKeyPurpose {
  ACCESS_TOKEN("access"),
  CSRF("csrf");

  private final String code;

  SigningKeyPurpose(String code) {
    this.code = code;
  }

  /** The stored form. */
  public String code() {
    return code;
  }

  public static Optional<SigningKeyPurpose> parse(String code) {
    return Arrays.stream(values()).filter(purpose -> purpose.code.equals(code)).findFirst();
  }
}
