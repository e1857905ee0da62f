package io.insighta.domain.audit;

import java.util.Locale;
import java.util.Optional;

/** What kind of thing an audited action was done to. */
public enum AuditTargetType {
  USER,
  PROFILE,
  TOKEN,
  SESSION;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AuditTargetType> parse(String code) {
    for (AuditTargetType type : values()) {
      if (type.code().equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
