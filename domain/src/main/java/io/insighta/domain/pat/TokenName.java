package io.insighta.domain.pat;

import java.util.Objects;

/** What the owner calls a personal access token ("ci", "laptop"): trimmed, 1–100 characters. */
public record TokenName(String value) {
  public static final int MAX_LENGTH = 100;

  public TokenName {
    Objects.requireNonNull(value, "value");
    value = value.strip();
    if (value.isEmpty()) {
      throw InvalidTokenRequestException.missingName();
    }
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      throw InvalidTokenRequestException.invalid(
          "A token name is at most " + MAX_LENGTH + " characters");
    }
    if (value.codePoints().anyMatch(TokenName::isForbidden)) {
      throw InvalidTokenRequestException.invalid(
          "A token name has no control or invisible characters");
    }
  }

  private static boolean isForbidden(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isISOControl(codePoint)
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE;
  }
}
