package io.insighta.application.profile;

import io.insighta.domain.profile.Profile;
import java.util.Optional;

/** Reads one profile by its id given as text; a malformed id simply finds nothing. */
public interface GetProfileUseCase {

  /** {@code reuseCached} false reads the stored profile even when a cached copy is known. */
  Optional<Profile> get(String id, boolean reuseCached);
}
