package io.insighta.domain.profile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A person's name as the caller spelled it (trimmed), with the key that makes names unique: NFC
 * normalised and case-folded.
 */
public record ProfileName(String value) {
  public static final int MAX_LENGTH = 100;

  public ProfileName {
    Objects.requireNonNull(value, "value");
    value = value.strip();
    if (value.isEmpty()) {
      throw new InvalidProfileNameException("Missing or empty name");
    }
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      throw new InvalidProfileNameException("Name is longer than " + MAX_LENGTH + " characters");
    }
    if (value.codePoints().anyMatch(ProfileName::isForbidden)) {
      throw new InvalidProfileNameException("Name contains control or invisible characters");
    }
  }

  /** The uniqueness key: NFC, lower case in the root locale. */
  public String key() {
    return keyOf(value);
  }

  /** The uniqueness key of any spelling, so storage and lookups agree on one definition. */
  public static String keyOf(String spelling) {
    return Normalizer.normalize(spelling.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
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
