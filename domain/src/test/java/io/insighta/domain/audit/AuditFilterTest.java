package io.insighta.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.domain.query.InvalidQueryException;
import io.insighta.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditFilterTest {
  private static final Instant T = Instant.parse("2026-04-01T12:00:00Z");
  private static final AuditActor ADA = new AuditActor(new UserId(UUID.randomUUID()), "ada");

  private static AuditEntry entry(AuditActor actor, Instant at) {
    return new AuditEntry(
        AuditEntryId.generate(Clock.systemUTC()),
        at,
        AuditAction.PROFILE_CREATE,
        actor,
        AuditTarget.of(AuditTargetType.PROFILE, "p"),
        null,
        null,
        AuditDetails.EMPTY);
  }

  @Test
  void bothEndsOfTheTimeRangeAreInclusive() {
    AuditFilter exactly = new AuditFilter(null, null, T, T);

    assertThat(exactly.matches(entry(ADA, T))).isTrue();
    assertThat(exactly.matches(entry(ADA, T.plusSeconds(1)))).isFalse();
    assertThat(exactly.matches(entry(ADA, T.minusSeconds(1)))).isFalse();
  }

  @Test
  void anActorFilterNeverMatchesAnEntryWithoutActor() {
    AuditFilter byAda = new AuditFilter(null, ADA.id(), null, null);

    assertThat(byAda.matches(entry(ADA, T))).isTrue();
    assertThat(byAda.matches(entry(null, T))).isFalse();
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsInvalid() {
    assertThatThrownBy(() -> new AuditFilter(null, null, T, T.minusSeconds(1)))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void actionsAreKnownByTheirExactWireCode() {
    assertThat(AuditAction.parse("session.reuse_detected"))
        .contains(AuditAction.SESSION_REUSE_DETECTED);
    assertThat(AuditAction.parse("token.create")).contains(AuditAction.TOKEN_CREATE);
    assertThat(AuditAction.parse("SESSION.SIGN_IN")).isEmpty();
    assertThat(AuditAction.parse("profile.update")).isEmpty();
  }
}
