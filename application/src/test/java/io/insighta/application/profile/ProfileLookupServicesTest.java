package io.insighta.application.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.contract.ProfileSamples;
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
import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Get and delete by an id given as text, where anything malformed simply finds nothing. */
class ProfileLookupServicesTest {
  private static final Profile ADA = ProfileSamples.ALL.get(0);
  private final Clock clock = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
  private final InMemoryProfileStore store = new InMemoryProfileStore();
  private final InMemoryProfileQueryCache cache =
      new InMemoryProfileQueryCache(clock, Duration.ofMinutes(1));
  private final GetProfileService get = new GetProfileService(store, cache);
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final DeleteProfileService delete =
      new DeleteProfileService(
          store, cache, new DirectTransactionRunner(), new AuditTrail(auditLog, clock));
  private final Caller caller = new Caller(null, new RequestOrigin("192.0.2.8", "request-3"));

  @BeforeEach
  void storeTheSamples() {
    store.insertAllIfAbsent(ProfileSamples.ALL);
    cache.storeCount(ProfileFilter.NONE, 9);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "not-a-uuid",
        "00000000-0000-7000-8000-00000000000g",
        "00000000000070008000000000000005",
        "{00000000-0000-7000-8000-000000000005}",
        " 00000000-0000-7000-8000-000000000005",
        "00000000-0000-7000-8000-000000000005-ff",
      })
  void malformedIdsFindNothingAndDeleteNothing(String id) {
    assertThat(get.get(id, true)).isEmpty();
    assertThat(delete.delete(id, caller)).isFalse();
    assertThat(store.count(ProfileFilter.NONE)).isEqualTo(9);
    assertThat(cache.findCount(ProfileFilter.NONE)).hasValue(9);
  }

  @Test
  void aWellFormedUnknownIdFindsNothingAndLeavesTheCache() {
    String unknown = "01960000-0000-7000-8000-00000000ffff";

    assertThat(get.get(unknown, true)).isEmpty();
    assertThat(delete.delete(unknown, caller)).isFalse();
    assertThat(cache.findCount(ProfileFilter.NONE)).hasValue(9);
  }

  @Test
  void aKnownIdIsFoundInAnyLetterCase() {
    assertThat(get.get(ADA.id().toString(), true)).contains(ADA);
    assertThat(get.get(ADA.id().toString().toUpperCase(java.util.Locale.ROOT), true)).contains(ADA);
  }

  @Test
  void aFoundProfileIsRememberedAndAFreshReadSkipsTheCopy() {
    String id = ADA.id().toString();
    assertThat(get.get(id, true)).contains(ADA);
    assertThat(cache.findProfile(ADA.id())).contains(ADA);

    // Removed behind the service's back, so nothing invalidated the cache.
    store.delete(ADA.id());

    assertThat(get.get(id, true)).contains(ADA);
    assertThat(get.get(id, false)).isEmpty();
  }

  @Test
  void deletingAKnownIdRemovesItOnceAndDropsTheCache() {
    String id = ADA.id().toString();
    assertThat(get.get(id, true)).contains(ADA);

    assertThat(delete.delete(id, caller)).isTrue();

    assertThat(get.get(id, true)).isEmpty();
    assertThat(cache.findCount(ProfileFilter.NONE)).isEmpty();
    assertThat(delete.delete(id, caller)).isFalse();
  }

  @Test
  void aDeleteIsRecordedOnceWithTheDeletedName() {
    delete.delete(ADA.id().toString(), caller);
    delete.delete(ADA.id().toString(), caller);
    delete.delete("01960000-0000-7000-8000-00000000ffff", caller);

    AuditEntry entry = auditLog.find(AuditFilter.NONE, PageRequest.FIRST).items().get(0);
    assertThat(auditLog.find(AuditFilter.NONE, PageRequest.FIRST).total()).isEqualTo(1);
    assertThat(entry.action()).isEqualTo(AuditAction.PROFILE_DELETE);
    assertThat(entry.target()).isEqualTo(AuditTarget.of(AuditTargetType.PROFILE, ADA.id()));
    assertThat(entry.details()).isEqualTo(AuditDetails.of("name", ADA.name().value()));
    assertThat(entry.ip()).isEqualTo("192.0.2.8");
    assertThat(entry.requestId()).isEqualTo("request-3");
  }
}
