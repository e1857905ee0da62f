package io.insighta.application.profile;

import io.insighta.application.TransactionRunner;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileQueryCache;
import java.time.Clock;
import java.util.Iterator;

/**
 * Validates rows as they stream past and hands the valid ones to the repository's bulk load, all in
 * one transaction: an import is stored whole or not at all, and memory stays constant.
 */
public final class ImportProfilesService implements ImportProfilesUseCase {
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
    ValidatedProfiles valid = new ValidatedProfiles(rows, validator);
    long inserted =
        valid.hasNext() ? transactions.inTransaction(() -> repository.loadAllIfAbsent(valid)) : 0;
    if (inserted > 0) {
      cache.invalidateAll();
    }
    long duplicates = valid.accepted() - inserted;
    return new ImportSummary(
        inserted, duplicates + valid.invalid(), valid.invalid(), valid.errors());
  }
}
