package io.insighta.application.profile;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileQueryCache;
import java.util.Optional;

/**
 * Resolves an id to a stored profile, from the query cache when it holds it (invalidated by every
 * write like the lists), else from the repository, remembering what it found.
 */
public final class GetProfileService implements GetProfileUseCase {
  private final ProfileRepository repository;
  private final ProfileQueryCache cache;

  public GetProfileService(ProfileRepository repository, ProfileQueryCache cache) {
    this.repository = repository;
    this.cache = cache;
  }

  @Override
  public Optional<Profile> get(String id, boolean reuseCached) {
    Optional<ProfileId> parsed = ProfileId.parse(id);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Optional<Profile> cached = reuseCached ? cache.findProfile(parsed.get()) : Optional.empty();
    if (cached.isPresent()) {
      return cached;
    }
    Optional<Profile> found = repository.findById(parsed.get());
    found.ifPresent(cache::storeProfile);
    return found;
  }
}
