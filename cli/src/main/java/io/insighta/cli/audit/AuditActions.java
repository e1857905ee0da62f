package io.insighta.cli.audit;

import java.util.List;

/** The action names the audit log records, so a mistyped {@code --action} fails before a call. */
public final class AuditActions {
  public static final List<String> ALL =
      List.of(
          "session.sign_in",
          "session.sign_out",
          "session.reuse_detected",
          "profile.create",
          "profile.delete",
          "profile.import",
          "user.update",
          "token.create",
          "token.revoke");

  private AuditActions() {}
}
