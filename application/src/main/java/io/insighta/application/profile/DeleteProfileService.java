package io.insighta.application.profile;

import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileQueryCache;
import java.util.Optional;

/**
 * Deletes a profile and records it in one transaction, then drops the cached pages, counts and
 * copies that may have shown it.
 */
public final class DeleteProfileService implements DeleteProfileUseCase {
  private final ProfileRepository repository;
  private final ProfileQueryCache cache;
  private final TransactionRunner transactions;
  private final AuditTrail audit;

  public DeleteProfileService(
      ProfileRepository repository,
      ProfileQueryCache cache,
      TransactionRunner transactions,
      AuditTrail audit) {
    this.repository = repository;
    this.cache = cache;
    this.transactions = transactions;
    this.audit = audit;
  }

  @Override
  public boolean delete(String id, Caller caller) {
    Optional<ProfileId> profileId = ProfileId.parse(id);
    if (profileId.isEmpty()) {
      return false;
    }
    Optional<Profile> deleted =
        transactions.inTransaction(() -> deleteAndRecord(profileId.get(), caller));
    deleted.ifPresent(cache::invalidate);
    return deleted.isPresent();
  }

  private Optional<Profile> deleteAndRecord(ProfileId id, Caller caller) {
    // Read first so the entry can name what was deleted and the cache forget only what it could
    // have shown; only the delete itself decides.
    Optional<Profile> doomed = repository.findById(id);
    if (doomed.isEmpty() || !repository.delete(id)) {
      return Optional.empty();
    }
    audit.record(
        AuditAction.PROFILE_DELETE,
        caller,
        AuditTarget.of(AuditTargetType.PROFILE, id),
        AuditDetails.of("name", doomed.get().name().value()));
    return doomed;
  }
}
