package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;

import io.insighta.adapters.persistence.ReadRetry;
import io.insighta.adapters.persistence.jooq.tables.records.ProfilesRecord;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileName;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.profile.SaveOutcome;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Profiles in PostgreSQL; name uniqueness is enforced by the unique {@code name_key} column. */
public final class JooqProfileRepository implements ProfileRepository {
  /** Keeps one statement well under PostgreSQL's 65,535 bind parameters (11 per row). */
  static final int MAX_ROWS_PER_INSERT = 1000;

  private static final int INSERT_ATTEMPTS = 3;
  private final DSLContext dsl;
  private final ReadRetry reads;

  /** Takes the shared context from {@code JooqContexts.threadBound}. */
  public JooqProfileRepository(DSLContext dsl) {
    this(dsl, ReadRetry.withoutEviction());
  }

  /** Also takes how its reads are retried when their connection is lost. */
  public JooqProfileRepository(DSLContext dsl, ReadRetry reads) {
    this.dsl = dsl;
    this.reads = reads;
  }

  @Override
  public Optional<Profile> findById(ProfileId id) {
    return reads.read(
        () ->
            dsl.selectFrom(PROFILES)
                .where(PROFILES.ID.eq(id.value()))
                .fetchOptional()
                .map(ProfileRecordMapper::toProfile));
  }

  @Override
  public Optional<Profile> findByName(ProfileName name) {
    return reads.read(
        () ->
            dsl.selectFrom(PROFILES)
                .where(PROFILES.NAME_KEY.eq(name.key()))
                .fetchOptional()
                .map(ProfileRecordMapper::toProfile));
  }

  @Override
  public SaveOutcome insertIfAbsent(Profile profile) {
    ProfilesRecord row = ProfileRecordMapper.toRecord(profile);
    // A concurrent insert of the same name waits on the unique index and then does nothing, so
    // exactly one caller gets a row back. The loop only repeats if the winner's row is deleted
    // between our two statements.
    for (int attempt = 0; attempt < INSERT_ATTEMPTS; attempt++) {
      Optional<ProfilesRecord> inserted =
          dsl.insertInto(PROFILES)
              .set(row)
              .onConflict(PROFILES.NAME_KEY)
              .doNothing()
              .returning()
              .fetchOptional();
      if (inserted.isPresent()) {
        return new SaveOutcome(ProfileRecordMapper.toProfile(inserted.get()), true);
      }
      Optional<Profile> existing = findByName(profile.name());
      if (existing.isPresent()) {
        return new SaveOutcome(existing.get(), false);
      }
    }
    throw new IllegalStateException(
        "name kept conflicting with rows that vanished; giving up after " + INSERT_ATTEMPTS);
  }

  @Override
  public int insertAllIfAbsent(List<Profile> profiles) {
    int inserted = 0;
    for (int from = 0; from < profiles.size(); from += MAX_ROWS_PER_INSERT) {
      List<ProfilesRecord> rows =
          profiles.subList(from, Math.min(from + MAX_ROWS_PER_INSERT, profiles.size())).stream()
              .map(ProfileRecordMapper::toRecord)
              .toList();
      // No conflict target: a row whose id or name key exists is skipped, so a rerun adds nothing.
      inserted +=
          dsl.insertInto(PROFILES, PROFILES.fields())
              .valuesOfRecords(rows)
              .onConflictDoNothing()
              .execute();
    }
    return inserted;
  }

  @Override
  public long loadAllIfAbsent(Iterator<Profile> profiles) {
    return new ProfileBulkLoader(dsl).load(profiles);
  }

  @Override
  public boolean delete(ProfileId id) {
    return dsl.deleteFrom(PROFILES).where(PROFILES.ID.eq(id.value())).execute() > 0;
  }
}
