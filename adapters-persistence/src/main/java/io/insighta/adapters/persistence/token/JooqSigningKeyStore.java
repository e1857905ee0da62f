package io.insighta.adapters.persistence.token;

import static io.insighta.adapters.persistence.jooq.Tables.SIGNING_KEYS;

import io.insighta.adapters.persistence.Timestamps;
import io.insighta.adapters.persistence.jooq.tables.records.SigningKeysRecord;
import io.insighta.domain.token.SigningKey;
import io.insighta.domain.token.SigningKeyPurpose;
import io.insighta.domain.token.SigningKeyStore;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Signing keys in PostgreSQL. {@code INSERT ... ON CONFLICT DO NOTHING} against the primary key and
 * the unique (purpose, generation) makes racing writers store one key per generation, with no lock
 * held past the statement.
 */
public final class JooqSigningKeyStore implements SigningKeyStore {
  private final DSLContext dsl;

  /** Takes the shared context from {@code JooqContexts.threadBound}. */
  public JooqSigningKeyStore(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<SigningKey> keys(SigningKeyPurpose purpose) {
    return dsl.selectFrom(SIGNING_KEYS)
        .where(SIGNING_KEYS.PURPOSE.eq(purpose.code()))
        .orderBy(SIGNING_KEYS.GENERATION)
        .fetch(JooqSigningKeyStore::toKey);
  }

  @Override
  public boolean add(SigningKey key) {
    return dsl.insertInto(SIGNING_KEYS)
            .set(SIGNING_KEYS.KID, key.kid())
            .set(SIGNING_KEYS.PURPOSE, key.purpose().code())
            .set(SIGNING_KEYS.GENERATION, key.generation())
            .set(SIGNING_KEYS.SECRET, key.secret())
            .set(SIGNING_KEYS.CREATED_AT, Timestamps.toDb(key.createdAt()))
            .set(SIGNING_KEYS.ACTIVATES_AT, Timestamps.toDb(key.activatesAt()))
            .onConflictDoNothing()
            .execute()
        == 1;
  }

  @Override
  public int deleteOlderThan(SigningKeyPurpose purpose, int generation) {
    return dsl.deleteFrom(SIGNING_KEYS)
        .where(SIGNING_KEYS.PURPOSE.eq(purpose.code()))
        .and(SIGNING_KEYS.GENERATION.lt(generation))
        .execute();
  }

  private static SigningKey toKey(SigningKeysRecord row) {
    return new SigningKey(
        SigningKeyPurpose.parse(row.getPurpose())
            .orElseThrow(
                () -> new IllegalStateException("unknown key purpose " + row.getPurpose())),
        row.getKid(),
        row.getGeneration(),
        row.getSecret(),
        Timestamps.fromDb(row.getCreatedAt()),
        Timestamps.fromDb(row.getActivatesAt()));
  }
}
