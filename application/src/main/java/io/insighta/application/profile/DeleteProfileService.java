package io.insighta.application.profile;

import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileQueryCache;

/** Deletes a profile and drops every cached page that may have shown it. */
public final class DeleteProfileService implements DeleteProfileUseCase {
  private final ProfileRepository repository;
  private final ProfileQueryCache cache;

  public DeleteProfileService(ProfileRepository repository, ProfileQueryCache cache) {
    this.repository = repository;
    this.cache = cache;
  }

  @Override
  public boolean delete(String id) {
    boolean deleted = ProfileId.parse(id).map(repository::delete).orElse(false);
    if (deleted) {
      cache.invalidateAll();
    }
    return deleted;
  }
}
