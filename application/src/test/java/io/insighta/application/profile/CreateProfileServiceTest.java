package io.insighta.application.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.memory.DirectTransactionRunner;
import io.insighta.application.memory.InMemoryAuditLog;
import io.insighta.application.memory.InMemoryProfileQueryCache;
import io.insighta.application.memory.InMemoryProfileStore;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.profile.DemographicSource;
import io.insighta.domain.profile.DemographicsUnavailableException;
import io.insighta.domain.profile.InvalidProfileNameException;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileName;
import io.insighta.domain.profile.SaveOutcome;
import io.insighta.domain.query.PageRequest;
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

  private static final Caller CALLER =
      new Caller(null, new RequestOrigin("2001:db8::1", "request-5"));
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();

  private CreateProfileService service(FakeDemographics demographics) {
    return new CreateProfileService(
        repository,
        demographics,
        cache,
        new DirectTransactionRunner(),
        new AuditTrail(auditLog, clock),
        clock);
  }

  private long entries() {
    return auditLog.find(AuditFilter.NONE, PageRequest.FIRST).total();
  }

  @Test
  void aNewNameIsEnrichedStoredAndReportedCreated() {
    FakeDemographics demographics = FakeDemographics.answering(FakeDemographics.NIGERIAN_MAN);

    SaveOutcome outcome = service(demographics).create("  Emeka ", CALLER);

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
    Profile first = service(demographics).create("Zo\u00EB", CALLER).profile();

    SaveOutcome again = service(demographics).create("ZOE\u0308", CALLER);

    assertThat(again).isEqualTo(new SaveOutcome(first, false));
    assertThat(demographics.calls()).isEqualTo(1);
  }

  @Test
  void aFailingServiceStoresNothingAndInvalidatesNothing() {
    cache.storeCount(ProfileFilter.NONE, 42);
    FakeDemographics demographics = FakeDemographics.failingAt(DemographicSource.AGIFY);

    assertThatThrownBy(() -> service(demographics).create("Emeka", CALLER))
        .isInstanceOfSatisfying(
            DemographicsUnavailableException.class,
            e -> assertThat(e.source()).isEqualTo(DemographicSource.AGIFY));

    assertThat(store.findByName(new ProfileName("Emeka"))).isEmpty();
    assertThat(store.count(ProfileFilter.NONE)).isZero();
    assertThat(cache.findCount(ProfileFilter.NONE)).hasValue(42);
    assertThat(entries()).isZero();
  }

  @Test
  void onlyANewProfileIsRecordedWithItsIdNameAndOrigin() {
    FakeDemographics demographics = FakeDemographics.answering(FakeDemographics.NIGERIAN_MAN);

    Profile created = service(demographics).create("Emeka", CALLER).profile();
    service(demographics).create("EMEKA", CALLER);

    AuditEntry entry = auditLog.find(AuditFilter.NONE, PageRequest.FIRST).items().get(0);
    assertThat(entries()).isEqualTo(1);
    assertThat(entry.action()).isEqualTo(AuditAction.PROFILE_CREATE);
    assertThat(entry.target()).isEqualTo(AuditTarget.of(AuditTargetType.PROFILE, created.id()));
    assertThat(entry.details()).isEqualTo(AuditDetails.of("name", "Emeka"));
    assertThat(entry.ip()).isEqualTo("2001:db8::1");
    assertThat(entry.requestId()).isEqualTo("request-5");
    assertThat(entry.at()).isEqualTo(Instant.parse("2026-04-01T12:00:00Z"));
  }

  @Test
  void creatingANewProfileInvalidatesCachedCountsButFindingAnOldOneDoesNot() {
    FakeDemographics demographics = FakeDemographics.answering(FakeDemographics.NIGERIAN_MAN);
    cache.storeCount(ProfileFilter.NONE, 0);

    service(demographics).create("Emeka", CALLER);
    assertThat(cache.findCount(ProfileFilter.NONE)).isEmpty();

    cache.storeCount(ProfileFilter.NONE, 1);
    service(demographics).create("emeka", CALLER);
    assertThat(cache.findCount(ProfileFilter.NONE)).hasValue(1);
  }

  @Test
  void aRaceLostToAConcurrentCreatorReturnsTheWinnerAsExisting() {
    FakeDemographics demographics = FakeDemographics.answering(FakeDemographics.NIGERIAN_MAN);
    Profile winner = service(demographics).create("Emeka", CALLER).profile();
    repository.blindToNames();
    cache.storeCount(ProfileFilter.NONE, 1);

    SaveOutcome outcome = service(demographics).create("EMEKA", CALLER);

    assertThat(outcome).isEqualTo(new SaveOutcome(winner, false));
    assertThat(store.count(ProfileFilter.NONE)).isEqualTo(1);
    assertThat(cache.findCount(ProfileFilter.NONE)).hasValue(1);
  }

  @Test
  void aMissingOrBlankNameIsRejectedBeforeAnyExternalCall() {
    FakeDemographics demographics = FakeDemographics.answering(FakeDemographics.NIGERIAN_MAN);

    assertThatThrownBy(() -> service(demographics).create(null, CALLER))
        .isInstanceOf(InvalidProfileNameException.class)
        .hasMessage("Missing or empty name");
    assertThatThrownBy(() -> service(demographics).create(" \t ", CALLER))
        .isInstanceOf(InvalidProfileNameException.class)
        .hasMessage("Missing or empty name");
    assertThat(demographics.calls()).isZero();
  }
}
