package io.insighta.application.profile;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileRepository;
import java.util.Optional;

/** Resolves an id to a stored profile. */
public final class GetProfileService implements GetProfileUseCase {
  private final ProfileRepository repository;

  public GetProfileService(ProfileRepository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<Profile> get(String id) {
    return ProfileId.parse(id).flatMap(repository::findById);
  }
}
