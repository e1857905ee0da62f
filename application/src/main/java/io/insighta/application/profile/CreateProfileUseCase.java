package io.insighta.application.profile;

import io.insighta.application.audit.Caller;
import io.insighta.domain.profile.SaveOutcome;

/**
 * Creates a profile for a name from the demographic services, or returns the existing one; only a
 * new profile is recorded in the audit trail.
 */
public interface CreateProfileUseCase {

  /**
   * @throws io.insighta.domain.profile.InvalidProfileNameException for an unusable name
   * @throws io.insighta.domain.profile.DemographicsUnavailableException when a service fails
   */
  SaveOutcome create(String rawName, Caller caller);

  /** Creates on the server's own behalf (embedding, scripts): recorded with no actor. */
  default SaveOutcome create(String rawName) {
    return create(rawName, Caller.SERVER);
  }
}
