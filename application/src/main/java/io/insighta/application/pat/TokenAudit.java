package io.insighta.application.pat;

import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.pat.PersonalAccessToken;

/** What the audit trail records of a token: never its secret or hash, only what names it. */
final class TokenAudit {
  private TokenAudit() {}

  static AuditDetails details(PersonalAccessToken token) {
    return AuditDetails.of(
        "name",
        token.name().value(),
        "scope",
        token.scope().code(),
        "owner_id",
        token.ownerId().value().toString());
  }
}
