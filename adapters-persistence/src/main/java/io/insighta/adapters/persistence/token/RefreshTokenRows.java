package io.insighta.adapters.persistence.token;

import io.insighta.adapters.persistence.Timestamps;
import io.insighta.adapters.persistence.jooq.tables.records.RefreshTokensRecord;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.RefreshToken;
import io.insighta.domain.token.RefreshTokenHash;
import io.insighta.domain.token.RefreshTokenStatus;
import io.insighta.domain.user.UserId;
import java.util.Locale;

/** Maps rows of {@code refresh_tokens} to the domain's {@link RefreshToken} and back. */
final class RefreshTokenRows {
  private RefreshTokenRows() {}

  static String code(RefreshTokenStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  static RefreshToken toToken(RefreshTokensRecord row) {
    return new RefreshToken(
        new RefreshTokenHash(row.getTokenHash()),
        new FamilyId(row.getFamilyId()),
        new UserId(row.getUserId()),
        Timestamps.fromDb(row.getIssuedAt()),
        Timestamps.fromDb(row.getExpiresAt()),
        Timestamps.fromDb(row.getSessionEndsAt()),
        RefreshTokenStatus.valueOf(row.getStatus().toUpperCase(Locale.ROOT)));
  }

  static RefreshTokensRecord toRecord(RefreshToken token) {
    RefreshTokensRecord row = new RefreshTokensRecord();
    row.setTokenHash(token.hash().hex());
    row.setFamilyId(token.familyId().value());
    row.setUserId(token.userId().value());
    row.setStatus(code(token.status()));
    row.setIssuedAt(Timestamps.toDb(token.issuedAt()));
    row.setExpiresAt(Timestamps.toDb(token.expiresAt()));
    row.setSessionEndsAt(Timestamps.toDb(token.sessionEndsAt()));
    return row;
  }
}
