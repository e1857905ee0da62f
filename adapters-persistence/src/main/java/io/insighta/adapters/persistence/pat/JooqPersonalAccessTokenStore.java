package io.insighta.adapters.persistence.pat;

import static io.insighta.adapters.persistence.jooq.Tables.PERSONAL_ACCESS_TOKENS;

import io.insighta.adapters.persistence.ReadRetry;
import io.insighta.adapters.persistence.Timestamps;
import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenHash;
import io.insighta.domain.pat.PersonalAccessTokenId;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Personal access tokens in PostgreSQL, always on the primary: a lookup by hash is one unique-index
 * read, a revocation one {@code UPDATE ... WHERE revoked_at IS NULL}, and a recorded use one
 * conditional {@code UPDATE} that leaves a recent enough last use alone.
 */
public final class JooqPersonalAccessTokenStore implements PersonalAccessTokenStore {
  private final DSLContext dsl;
  private final ReadRetry reads;

  /** Takes the shared context from {@code JooqContexts.threadBound}. */
  public JooqPersonalAccessTokenStore(DSLContext dsl) {
    this(dsl, ReadRetry.withoutEviction());
  }

  /** Also takes how its reads are retried when their connection is lost. */
  public JooqPersonalAccessTokenStore(DSLContext dsl, ReadRetry reads) {
    this.dsl = dsl;
    this.reads = reads;
  }

  @Override
  public void insert(PersonalAccessToken token) {
    dsl.insertInto(PERSONAL_ACCESS_TOKENS).set(PersonalAccessTokenRows.toRecord(token)).execute();
  }

  @Override
  public Optional<PersonalAccessToken> findByHash(PersonalAccessTokenHash hash) {
    return reads.read(
        () ->
            dsl.selectFrom(PERSONAL_ACCESS_TOKENS)
                .where(PERSONAL_ACCESS_TOKENS.TOKEN_HASH.eq(hash.hex()))
                .fetchOptional()
                .map(PersonalAccessTokenRows::toToken));
  }

  @Override
  public Optional<PersonalAccessToken> findById(PersonalAccessTokenId id) {
    return reads.read(
        () ->
            dsl.selectFrom(PERSONAL_ACCESS_TOKENS)
                .where(PERSONAL_ACCESS_TOKENS.ID.eq(id.value()))
                .fetchOptional()
                .map(PersonalAccessTokenRows::toToken));
  }

  @Override
  public List<PersonalAccessToken> listByOwner(UserId ownerId) {
    return reads.read(
        () ->
            dsl.selectFrom(PERSONAL_ACCESS_TOKENS)
                .where(PERSONAL_ACCESS_TOKENS.OWNER_ID.eq(ownerId.value()))
                .and(PERSONAL_ACCESS_TOKENS.REVOKED_AT.isNull())
                .orderBy(PERSONAL_ACCESS_TOKENS.CREATED_AT.desc(), PERSONAL_ACCESS_TOKENS.ID.desc())
                .fetch(PersonalAccessTokenRows::toToken));
  }

  @Override
  public boolean revoke(PersonalAccessTokenId id, Instant at) {
    return dsl.update(PERSONAL_ACCESS_TOKENS)
            .set(PERSONAL_ACCESS_TOKENS.REVOKED_AT, Timestamps.toDb(at))
            .where(PERSONAL_ACCESS_TOKENS.ID.eq(id.value()))
            .and(PERSONAL_ACCESS_TOKENS.REVOKED_AT.isNull())
            .execute()
        == 1;
  }

  @Override
  public void recordUse(PersonalAccessTokenId id, Instant at) {
    dsl.update(PERSONAL_ACCESS_TOKENS)
        .set(PERSONAL_ACCESS_TOKENS.LAST_USED_AT, Timestamps.toDb(at))
        .where(PERSONAL_ACCESS_TOKENS.ID.eq(id.value()))
        .and(
            PERSONAL_ACCESS_TOKENS
                .LAST_USED_AT
                .isNull()
                .or(
                    PERSONAL_ACCESS_TOKENS.LAST_USED_AT.lt(
                        Timestamps.toDb(at.minus(PersonalAccessToken.LAST_USE_PRECISION)))))
        .execute();
  }
}
