package io.insighta.domain.audit;

import java.util.Optional;

/** The security-relevant and data-changing actions the audit trail records, with wire codes. */
public enum AuditAction {
  SESSION_SIGN_IN("session.sign_in"),
  SESSION_SIGN_OUT("session.sign_out"),
  SESSION_REUSE_DETECTED("session.reuse_detected"),
  PROFILE_CREATE("profile.create"),
  PROFILE_DELETE("profile.delete"),
  PROFILE_IMPORT("profile.import"),
  USER_UPDATE("user.update"),
  TOKEN_CREATE("token.create"),
  TOKEN_REVOKE("token.revoke");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The action with exactly this code (case-sensitive, as written on the wire). */
  public static Optional<AuditAction> parse(String code) {
    for (AuditAction action : values()) {
      if (action.code.equals(code)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
