package io.insighta.application.profile;

import io.insighta.application.TransactionRunner;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileQueryCache;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Validates rows one by one and stores them in batches, each batch in its own transaction. */
public final class ImportProfilesService implements ImportProfilesUseCase {
  static final int BATCH_SIZE = 1000;
  private final ProfileRepository repository;
  private final TransactionRunner transactions;
  private final ProfileQueryCache cache;
  private final ImportRowValidator validator;

  public ImportProfilesService(
      ProfileRepository repository,
      TransactionRunner transactions,
      ProfileQueryCache cache,
      Clock clock) {
    this.repository = repository;
    this.transactions = transactions;
    this.cache = cache;
    this.validator = new ImportRowValidator(clock);
  }

  @Override
  public ImportSummary importAll(Iterator<ImportCandidate> rows) {
    long inserted = 0;
    long duplicates = 0;
    long invalid = 0;
    List<ImportRowError> errors = new ArrayList<>();
    List<Profile> batch = new ArrayList<>(BATCH_SIZE);
    while (rows.hasNext()) {
      ImportCandidate row = rows.next();
      try {
        batch.add(validator.toProfile(row));
      } catch (IllegalArgumentException e) {
        invalid++;
        if (errors.size() < ImportSummary.MAX_REPORTED_ERRORS) {
          errors.add(new ImportRowError(row.line(), e.getMessage()));
        }
      }
      if (batch.size() == BATCH_SIZE || (!rows.hasNext() && !batch.isEmpty())) {
        int stored = store(batch);
        inserted += stored;
        duplicates += batch.size() - stored;
        batch.clear();
      }
    }
    if (inserted > 0) {
      cache.invalidateAll();
    }
    return new ImportSummary(inserted, duplicates + invalid, invalid, errors);
  }

  private int store(List<Profile> batch) {
    List<Profile> copy = List.copyOf(batch);
    return transactions.inTransaction(() -> repository.insertAllIfAbsent(copy));
  }
}
