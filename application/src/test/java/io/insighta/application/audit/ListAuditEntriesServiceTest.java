package io.insighta.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.memory.InMemoryAuditLog;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditFilter;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ListAuditEntriesServiceTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00.600Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryAuditLog log = new InMemoryAuditLog();
  private final ListAuditEntriesService service = new ListAuditEntriesService(log);

  private static User user(Role role, boolean active) {
    return new User(
        UserId.generate(Clock.systemUTC()), 7, "someone", null, null, role, active, null, NOW);
  }

  @Test
  void anAdminReadsWhatTheTrailRecordedStampedInWholeSeconds() {
    User admin = user(Role.ADMIN, true);
    new AuditTrail(log, clock)
        .record(
            AuditAction.PROFILE_DELETE,
            new Caller(admin, new RequestOrigin("192.0.2.3", "r-1")),
            AuditTarget.of(AuditTargetType.PROFILE, "p-1"),
            AuditDetails.EMPTY);

    var page = service.list(admin, AuditFilter.NONE, PageRequest.FIRST);

    assertThat(page.items())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.at()).isEqualTo(Instant.parse("2026-04-01T12:00:00Z"));
              assertThat(entry.id().value().version()).isEqualTo(7);
              assertThat(entry.id().value().getMostSignificantBits() >>> 16)
                  .isEqualTo(NOW.toEpochMilli());
              assertThat(entry.actor().username()).isEqualTo("someone");
            });
  }

  @Test
  void analystsAndDeactivatedAdminsMayNotReadIt() {
    assertThatThrownBy(
            () -> service.list(user(Role.ANALYST, true), AuditFilter.NONE, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> service.list(user(Role.ADMIN, false), AuditFilter.NONE, PageRequest.FIRST))
        .isInstanceOf(AccessDeniedException.class);
  }
}
