package io.insighta.adapters.persistence.pat;

import io.insighta.adapters.persistence.Timestamps;
import io.insighta.adapters.persistence.jooq.tables.records.PersonalAccessTokensRecord;
import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenHash;
import io.insighta.domain.pat.PersonalAccessTokenId;
import io.insighta.domain.pat.TokenName;
import io.insighta.domain.pat.TokenScope;
import io.insighta.domain.user.UserId;

/** Maps rows of {@code personal_access_tokens} to the domain's token and back. */
final class PersonalAccessTokenRows {
  private PersonalAccessTokenRows() {}

  static PersonalAccessToken toToken(PersonalAccessTokensRecord row) {
    return new PersonalAccessToken(
        new PersonalAccessTokenId(row.getId()),
        new UserId(row.getOwnerId()),
        new TokenName(row.getName()),
        TokenScope.parse(row.getScope())
            .orElseThrow(() -> new IllegalStateException("stored scope " + row.getScope())),
        new PersonalAccessTokenHash(row.getTokenHash()),
        Timestamps.fromDb(row.getCreatedAt()),
        Timestamps.fromDb(row.getExpiresAt()),
        Timestamps.fromDb(row.getLastUsedAt()),
        Timestamps.fromDb(row.getRevokedAt()));
  }

  static PersonalAccessTokensRecord toRecord(PersonalAccessToken token) {
    PersonalAccessTokensRecord row = new PersonalAccessTokensRecord();
    row.setId(token.id().value());
    row.setOwnerId(token.ownerId().value());
    row.setName(token.name().value());
    row.setScope(token.scope().code());
    row.setTokenHash(token.hash().hex());
    row.setCreatedAt(Timestamps.toDb(token.createdAt()));
    row.setExpiresAt(Timestamps.toDb(token.expiresAt()));
    row.setLastUsedAt(Timestamps.toDb(token.lastUsedAt()));
    row.setRevokedAt(Timestamps.toDb(token.revokedAt()));
    return row;
  }
}
