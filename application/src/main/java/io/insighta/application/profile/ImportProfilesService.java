package io.insighta.application.profile;

import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileQueryCache;
import java.time.Clock;
import java.util.Iterator;

/**
 * Validates rows as they stream past and hands the valid ones to the repository's bulk load, then
 * records the outcome, all in one transaction: an import is stored whole, with its audit entry, or
 * not at all, and memory stays constant.
 */
public final class ImportProfilesService implements ImportProfilesUseCase {
  private final ProfileRepository repository;
  private final TransactionRunner transactions;
  private final ProfileQueryCache cache;
  private final AuditTrail audit;
  private final ImportRowValidator validator;

  public ImportProfilesService(
      ProfileRepository repository,
      TransactionRunner transactions,
      ProfileQueryCache cache,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.transactions = transactions;
    this.cache = cache;
    this.audit = audit;
    this.validator = new ImportRowValidator(clock);
  }

  @Override
  public ImportSummary importAll(Iterator<ImportCandidate> rows, Caller caller) {
    ValidatedProfiles valid = new ValidatedProfiles(rows, validator);
    ImportSummary summary = transactions.inTransaction(() -> loadAndRecord(valid, caller));
    if (summary.inserted() > 0) {
      cache.invalidateAll();
    }
    return summary;
  }

  private ImportSummary loadAndRecord(ValidatedProfiles valid, Caller caller) {
    long inserted = valid.hasNext() ? repository.loadAllIfAbsent(valid) : 0;
    long duplicates = valid.accepted() - inserted;
    ImportSummary summary =
        new ImportSummary(inserted, duplicates + valid.invalid(), valid.invalid(), valid.errors());
    audit.record(
        AuditAction.PROFILE_IMPORT,
        caller,
        AuditTarget.many(AuditTargetType.PROFILE),
        AuditDetails.of(
            "inserted", summary.inserted(),
            "skipped", summary.skipped(),
            "invalid", summary.invalid()));
    return summary;
  }
}
