package io.insighta.domain.profile;

/** Out-port: predicts gender, age and nationality for a name. */
public interface DemographicsProvider {

  /**
   * Asks every service about the name.
   *
   * @throws DemographicsUnavailableException naming the first service whose answer is unusable
   */
  Demographics predict(ProfileName name);
}
