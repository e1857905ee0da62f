package io.insighta.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditActor;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditEntryId;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.audit.AuditLog;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} must do; subclasses supply an empty log per test. */
public abstract class AuditLogContract {
  private static final Instant T0 = Instant.parse("2026-04-01T12:00:00Z");
  private static final AuditActor ADA = new AuditActor(new UserId(UUID.randomUUID()), "ada");
  private static final AuditActor BOB = new AuditActor(new UserId(UUID.randomUUID()), "bob");

  protected abstract AuditLog log();

  private static AuditEntry entry(AuditAction action, AuditActor actor, Instant at) {
    return new AuditEntry(
        AuditEntryId.generate(Clock.fixed(at, ZoneOffset.UTC)),
        at,
        action,
        actor,
        AuditTarget.of(AuditTargetType.PROFILE, UUID.randomUUID()),
        "203.0.113.9",
        "request-" + at.getEpochSecond(),
        AuditDetails.of("name", "ella"));
  }

  private AuditEntry appended(AuditAction action, AuditActor actor, Instant at) {
    AuditEntry entry = entry(action, actor, at);
    log().append(entry);
    return entry;
  }

  private Page<AuditEntry> find(AuditFilter filter) {
    return log().find(filter, new PageRequest(1, 50));
  }

  @Test
  void anEntryIsReadBackExactlyAsWrittenDetailsAndAll() {
    Map<String, Object> nested =
        Map.of(
            "role",
            AuditDetails.change("analyst", "admin"),
            "is_active",
            AuditDetails.change(true, false));
    AuditEntry full =
        new AuditEntry(
            AuditEntryId.generate(Clock.systemUTC()),
            T0,
            AuditAction.USER_UPDATE,
            ADA,
            AuditTarget.of(AuditTargetType.USER, BOB.id()),
            "2001:db8::7",
            "req-\u00E9-1",
            new AuditDetails(
                Map.of(
                    "changes",
                    nested,
                    "count",
                    3L,
                    "ratio",
                    0.5,
                    "names",
                    List.of("Zo\u00EB", "\u0645\u062D\u0645\u062F"),
                    "none",
                    List.of())));
    AuditEntry bare =
        new AuditEntry(
            AuditEntryId.generate(Clock.systemUTC()),
            T0.minusSeconds(1),
            AuditAction.PROFILE_IMPORT,
            null,
            AuditTarget.many(AuditTargetType.PROFILE),
            null,
            null,
            AuditDetails.EMPTY);

    log().append(full);
    log().append(bare);

    assertThat(find(AuditFilter.NONE).items()).containsExactly(full, bare);
  }

  @Test
  void entriesComeNewestFirstWithTheExactTotal() {
    AuditEntry old = appended(AuditAction.PROFILE_CREATE, ADA, T0);
    AuditEntry newest = appended(AuditAction.PROFILE_DELETE, ADA, T0.plusSeconds(20));
    AuditEntry middle = appended(AuditAction.SESSION_SIGN_IN, BOB, T0.plusSeconds(10));

    Page<AuditEntry> page = find(AuditFilter.NONE);

    assertThat(page.items()).containsExactly(newest, middle, old);
    assertThat(page.total()).isEqualTo(3);
  }

  @Test
  void entriesOfOneSecondAreOrderedByTheirTimeOrderedIdNewestFirst() {
    AuditEntry first = entry(AuditAction.PROFILE_CREATE, ADA, T0);
    AuditEntry second =
        new AuditEntry(
            AuditEntryId.generate(Clock.fixed(T0.plusMillis(400), ZoneOffset.UTC)),
            T0,
            AuditAction.PROFILE_DELETE,
            ADA,
            first.target(),
            null,
            null,
            AuditDetails.EMPTY);
    log().append(second);
    log().append(first);

    assertThat(find(AuditFilter.NONE).items()).containsExactly(second, first);
  }

  @Test
  void pagesSplitTheNewestFirstOrder() {
    for (int i = 0; i < 5; i++) {
      appended(AuditAction.SESSION_SIGN_IN, ADA, T0.plusSeconds(i));
    }

    Page<AuditEntry> second = log().find(AuditFilter.NONE, new PageRequest(2, 2));
    Page<AuditEntry> beyond = log().find(AuditFilter.NONE, new PageRequest(4, 2));

    assertThat(second.items())
        .extracting(AuditEntry::at)
        .containsExactly(T0.plusSeconds(2), T0.plusSeconds(1));
    assertThat(second.total()).isEqualTo(5);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void filtersByActionActorAndInclusiveTimeRangeCombined() {
    AuditEntry adaCreates = appended(AuditAction.PROFILE_CREATE, ADA, T0);
    AuditEntry bobCreates = appended(AuditAction.PROFILE_CREATE, BOB, T0.plusSeconds(10));
    AuditEntry adaDeletes = appended(AuditAction.PROFILE_DELETE, ADA, T0.plusSeconds(20));
    AuditEntry serverImports = appended(AuditAction.PROFILE_IMPORT, null, T0.plusSeconds(30));

    assertThat(find(new AuditFilter(AuditAction.PROFILE_CREATE, null, null, null)).items())
        .containsExactly(bobCreates, adaCreates);
    assertThat(find(new AuditFilter(null, ADA.id(), null, null)).items())
        .containsExactly(adaDeletes, adaCreates);
    assertThat(find(new AuditFilter(null, null, T0.plusSeconds(10), T0.plusSeconds(20))).items())
        .containsExactly(adaDeletes, bobCreates);
    assertThat(find(new AuditFilter(null, null, T0.plusSeconds(30), null)).items())
        .containsExactly(serverImports);
    assertThat(find(new AuditFilter(null, null, null, T0)).items()).containsExactly(adaCreates);
    Page<AuditEntry> combined =
        find(new AuditFilter(AuditAction.PROFILE_CREATE, ADA.id(), T0, T0.plusSeconds(30)));
    assertThat(combined.items()).containsExactly(adaCreates);
    assertThat(combined.total()).isEqualTo(1);
    assertThat(find(new AuditFilter(AuditAction.TOKEN_REVOKE, null, null, null)).total()).isZero();
  }
}
