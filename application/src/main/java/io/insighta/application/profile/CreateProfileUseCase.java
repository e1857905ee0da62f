package io.insighta.application.profile;

import io.insighta.domain.profile.SaveOutcome;

/** Creates a profile for a name from the demographic services, or returns the existing one. */
public interface CreateProfileUseCase {

  /**
   * @throws io.insighta.domain.profile.InvalidProfileNameException for an unusable name
   * @throws io.insighta.domain.profile.DemographicsUnavailableException when a service fails
   */
  SaveOutcome create(String rawName);
}
