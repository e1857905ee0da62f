package io.insighta.application.profile;

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

/** Looks a name up first so a known name never costs three external calls. */
public final class CreateProfileService implements CreateProfileUseCase {
  private final ProfileRepository repository;
  private final DemographicsProvider demographics;
  private final ProfileQueryCache cache;
  private final Clock clock;

  public CreateProfileService(
      ProfileRepository repository,
      DemographicsProvider demographics,
      ProfileQueryCache cache,
      Clock clock) {
    this.repository = repository;
    this.demographics = demographics;
    this.cache = cache;
    this.clock = clock;
  }

  @Override
  public SaveOutcome create(String rawName) {
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
    SaveOutcome outcome = repository.insertIfAbsent(candidate);
    if (outcome.created()) {
      cache.invalidateAll();
    }
    return outcome;
  }
}
