package io.insighta.application.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.memory.InMemoryProfileQueryCache;
import io.insighta.application.memory.InMemoryProfileStore;
import io.insighta.domain.profile.DemographicSource;
import io.insighta.domain.profile.DemographicsUnavailableException;
import io.insighta.domain.profile.InvalidProfileNameException;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileName;
import io.insighta.domain.profile.SaveOutcome;
import io.insighta.domain.query.ProfileFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CreateProfileServiceTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00.750Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryProfileStore store = new InMemoryProfileStore();
  private final RecordingProfileRepository repository = new RecordingProfileRepository(store);
  private final InMemoryProfileQueryCache cache =
      new InMemoryProfileQueryCache(clock, Duration.ofMinutes(1));

  private CreateProfileService service(FakeDemographics demographics) {
    return new CreateProfileService(repository, demographics, cache, clock);
  }

  @Test
  void aNewNameIsEnrichedStoredAndReportedCreated() {
    FakeDemographics demographics = FakeDemographics.answering(FakeDemographics.NIGERIAN_MAN);

    SaveOutcome outcome = service(demographics).create("  Emeka ");

    Profile profile = outcome.profile();
    assertThat(outcome.created()).isTrue();
    assertThat(profile.name().value()).isEqualTo("Emeka");
    assertThat(profile.gender()).isEqualTo(FakeDemographics.NIGERIAN_MAN.gender());
    assertThat(profile.age()).isEqualTo(34);
    assertThat(profile.country().code()).isEqualTo("NG");
    assertThat(profile.createdAt()).isEqualTo(Instant.parse("2026-04-01T12:00:00Z"));
    assertThat(profile.id().value().version()).isEqualTo(7);
    assertThat(profile.id().value().getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
    assertThat(store.findByName(new ProfileName("emeka"))).contains(profile);
    assertThat(demographics.calls()).isEqualTo(1);
  }

  @Test
  void aKnownNameInAnySpellingReturnsTheStoredProfileWithoutCallingTheServices() {
    FakeDemographics demographics = FakeDemographics.answering(FakeDemographics.NIGERIAN_MAN);
    Profile first = service(demographics).create("Zo\u00EB").profile();

    SaveOutcome again = service(demographics).create("ZOE\u0308");

    assertThat(again).isEqualTo(new SaveOutcome(first, false));
    assertThat(demographics.calls()).isEqualTo(1);
  }

  @Test
  void aFailingServiceStoresNothingAndInvalidatesNothing() {
    cache.storeCount(ProfileFilter.NONE, 42);
    FakeDemographics demographics = FakeDemographics.failingAt(DemographicSource.AGIFY);

    assertThatThrownBy(() -> service(demographics).create("Emeka"))
        .isInstanceOfSatisfying(
            DemographicsUnavailableException.class,
            e -> assertThat(e.source()).isEqualTo(DemographicSource.AGIFY));

    assertThat(store.findByName(new ProfileName("Emeka"))).isEmpty();
    assertThat(store.count(ProfileFilter.NONE)).isZero();
    assertThat(cache.findCount(ProfileFilter.NONE)).hasValue(42);
  }

  @Test
  void creatingANewProfileInvalidatesCachedCountsButFindingAnOldOneDoesNot() {
    FakeDemographics demographics = FakeDemographics.answering(FakeDemographics.NIGERIAN_MAN);
    cache.storeCount(ProfileFilter.NONE, 0);

    service(demographics).create("Emeka");
    assertThat(cache.findCount(ProfileFilter.NONE)).isEmpty();

    cache.storeCount(ProfileFilter.NONE, 1);
    service(demographics).create("emeka");
    assertThat(cache.findCount(ProfileFilter.NONE)).hasValue(1);
  }

  @Test
  void aRaceLostToAConcurrentCreatorReturnsTheWinnerAsExisting() {
    FakeDemographics demographics = FakeDemographics.answering(FakeDemographics.NIGERIAN_MAN);
    Profile winner = service(demographics).create("Emeka").profile();
    repository.blindToNames();
    cache.storeCount(ProfileFilter.NONE, 1);

    SaveOutcome outcome = service(demographics).create("EMEKA");

    assertThat(outcome).isEqualTo(new SaveOutcome(winner, false));
    assertThat(store.count(ProfileFilter.NONE)).isEqualTo(1);
    assertThat(cache.findCount(ProfileFilter.NONE)).hasValue(1);
  }

  @Test
  void aMissingOrBlankNameIsRejectedBeforeAnyExternalCall() {
    FakeDemographics demographics = FakeDemographics.answering(FakeDemographics.NIGERIAN_MAN);

    assertThatThrownBy(() -> service(demographics).create(null))
        .isInstanceOf(InvalidProfileNameException.class)
        .hasMessage("Missing or empty name");
    assertThatThrownBy(() -> service(demographics).create(" \t "))
        .isInstanceOf(InvalidProfileNameException.class)
        .hasMessage("Missing or empty name");
    assertThat(demographics.calls()).isZero();
  }
}
