package io.insighta.adapters.persistence.token;

import static io.insighta.adapters.persistence.jooq.Tables.REFRESH_TOKENS;

import io.insighta.adapters.persistence.Timestamps;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.RefreshToken;
import io.insighta.domain.token.RefreshTokenHash;
import io.insighta.domain.token.RefreshTokenStatus;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.RotationOutcome;
import io.insighta.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * Refresh tokens in PostgreSQL. A rotation is one conditional {@code UPDATE ... WHERE status =
 * 'active' AND expires_at > now RETURNING}: under concurrency the row lock lets exactly one caller
 * see its row, and the successor is inserted in the same transaction.
 */
public final class JooqRefreshTokenStore implements RefreshTokenStore {
  /** Rotated tokens are kept this long past expiry, so a late replay is still detected as reuse. */
  private static final Duration RETENTION = Duration.ofDays(1);

  private static final String ACTIVE = RefreshTokenRows.code(RefreshTokenStatus.ACTIVE);
  private static final String ROTATED = RefreshTokenRows.code(RefreshTokenStatus.ROTATED);
  private static final String REVOKED = RefreshTokenRows.code(RefreshTokenStatus.REVOKED);

  private final DSLContext dsl;

  /** Takes the shared context from {@code JooqContexts.threadBound}. */
  public JooqRefreshTokenStore(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void store(RefreshToken token) {
    dsl.insertInto(REFRESH_TOKENS).set(RefreshTokenRows.toRecord(token)).execute();
    dsl.deleteFrom(REFRESH_TOKENS)
        .where(REFRESH_TOKENS.EXPIRES_AT.lt(Timestamps.toDb(token.issuedAt().minus(RETENTION))))
        .execute();
  }

  @Override
  public RotationOutcome rotate(
      RefreshTokenHash presented,
      RefreshTokenHash successorHash,
      Instant now,
      Instant successorExpiresAt) {
    Optional<RotationOutcome> rotated =
        dsl.transactionResult(
            () -> rotateIfActive(presented, successorHash, now, successorExpiresAt));
    if (rotated.isPresent()) {
      return rotated.get();
    }
    // Reuse is told after that transaction has ended, and the caller revokes in a transaction of
    // its own: a loser of a race may still hold the presented row's lock inside this one, and
    // revoking from there could deadlock with another loser.
    return find(presented)
        .filter(token -> token.status() == RefreshTokenStatus.ROTATED)
        .map(token -> RotationOutcome.reused(token.userId(), token.familyId()))
        .orElseGet(RotationOutcome::invalid);
  }

  private Optional<RotationOutcome> rotateIfActive(
      RefreshTokenHash presented,
      RefreshTokenHash successorHash,
      Instant now,
      Instant successorExpiresAt) {
    Optional<Record3<UUID, UUID, OffsetDateTime>> rotated =
        dsl.update(REFRESH_TOKENS)
            .set(REFRESH_TOKENS.STATUS, ROTATED)
            .set(REFRESH_TOKENS.ROTATED_AT, Timestamps.toDb(now))
            .where(REFRESH_TOKENS.TOKEN_HASH.eq(presented.hex()))
            .and(REFRESH_TOKENS.STATUS.eq(ACTIVE))
            .and(REFRESH_TOKENS.EXPIRES_AT.gt(Timestamps.toDb(now)))
            .returningResult(
                REFRESH_TOKENS.FAMILY_ID, REFRESH_TOKENS.USER_ID, REFRESH_TOKENS.SESSION_ENDS_AT)
            .fetchOptional();
    return rotated.map(
        row -> {
          FamilyId family = new FamilyId(row.value1());
          UserId user = new UserId(row.value2());
          dsl.insertInto(REFRESH_TOKENS)
              .set(
                  RefreshTokenRows.toRecord(
                      RefreshToken.active(
                          successorHash,
                          family,
                          user,
                          now,
                          successorExpiresAt,
                          Timestamps.fromDb(row.value3()))))
              .execute();
          return RotationOutcome.rotated(user, family);
        });
  }

  @Override
  public boolean sessionActive(FamilyId familyId, Instant now) {
    return dsl.fetchExists(
        REFRESH_TOKENS,
        REFRESH_TOKENS
            .FAMILY_ID
            .eq(familyId.value())
            .and(REFRESH_TOKENS.STATUS.eq(ACTIVE))
            .and(REFRESH_TOKENS.EXPIRES_AT.gt(Timestamps.toDb(now))));
  }

  @Override
  public void revokeFamily(FamilyId familyId) {
    dsl.transaction(
        () -> {
          // Concurrent replays of one rotated token all revoke the same rows; taking a per-family
          // advisory lock first serialises them, so their row locks can never deadlock.
          dsl.fetch("select pg_advisory_xact_lock(?)", advisoryKey(familyId));
          dsl.update(REFRESH_TOKENS)
              .set(REFRESH_TOKENS.STATUS, REVOKED)
              .where(REFRESH_TOKENS.FAMILY_ID.eq(familyId.value()))
              .and(REFRESH_TOKENS.STATUS.ne(REVOKED))
              .execute();
        });
  }

  private static long advisoryKey(FamilyId familyId) {
    UUID id = familyId.value();
    return id.getMostSignificantBits() ^ id.getLeastSignificantBits();
  }

  @Override
  public Optional<RefreshToken> find(RefreshTokenHash hash) {
    return dsl.selectFrom(REFRESH_TOKENS)
        .where(REFRESH_TOKENS.TOKEN_HASH.eq(hash.hex()))
        .fetchOptional()
        .map(RefreshTokenRows::toToken);
  }
}
