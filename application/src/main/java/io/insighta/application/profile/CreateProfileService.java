package io.insighta.application.profile;

import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.application.memory.DirectTransactionRunner;
import io.insighta.application.memory.InMemoryAuditLog;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.profile.Demographics;
import io.insighta.domain.profile.DemographicsProvider;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileName;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.profile.SaveOutcome;
import io.insighta.domain.query.ProfileQueryCache;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Looks a name up first so a known name never costs three external calls; a new profile and its
 * audit entry are stored in one transaction, after the external calls.
 */
public final class CreateProfileService implements CreateProfileUseCase {
  private final ProfileRepository repository;
  private final DemographicsProvider demographics;
  private final ProfileQueryCache cache;
  private final TransactionRunner transactions;
  private final AuditTrail audit;
  private final Clock clock;

  /**
   * For embedding on in-memory stores, with no database: work runs directly and its audit entries
   * are kept in an in-memory log of their own.
   */
  public CreateProfileService(
      ProfileRepository repository,
      DemographicsProvider demographics,
      ProfileQueryCache cache,
      Clock clock) {
    this(
        repository,
        demographics,
        cache,
        new DirectTransactionRunner(),
        new AuditTrail(new InMemoryAuditLog(), clock),
        clock);
  }

  public CreateProfileService(
      ProfileRepository repository,
      DemographicsProvider demographics,
      ProfileQueryCache cache,
      TransactionRunner transactions,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.demographics = demographics;
    this.cache = cache;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public SaveOutcome create(String rawName, Caller caller) {
    ProfileName name = new ProfileName(rawName == null ? "" : rawName);
    Optional<Profile> existing = repository.findByName(name);
    if (existing.isPresent()) {
      return new SaveOutcome(existing.get(), false);
    }
    Demographics predicted = demographics.predict(name);
    Profile candidate =
        new Profile(
            ProfileId.generate(clock),
            name,
            predicted.gender(),
            predicted.genderProbability(),
            predicted.age(),
            predicted.country(),
            predicted.countryProbability(),
            clock.instant().truncatedTo(ChronoUnit.SECONDS));
    SaveOutcome outcome = transactions.inTransaction(() -> insertAndRecord(candidate, caller));
    if (outcome.created()) {
      cache.invalidate(outcome.profile());
    }
    return outcome;
  }

  private SaveOutcome insertAndRecord(Profile candidate, Caller caller) {
    SaveOutcome outcome = repository.insertIfAbsent(candidate);
    if (outcome.created()) {
      Profile created = outcome.profile();
      audit.record(
          AuditAction.PROFILE_CREATE,
          caller,
          AuditTarget.of(AuditTargetType.PROFILE, created.id()),
          AuditDetails.of("name", created.name().value()));
    }
    return outcome;
  }
}
