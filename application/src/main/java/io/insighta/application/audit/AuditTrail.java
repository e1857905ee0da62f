package io.insighta.application.audit;

import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditActor;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditEntry;
import io.insighta.domain.audit.AuditEntryId;
import io.insighta.domain.audit.AuditLog;
import io.insighta.domain.audit.AuditTarget;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Writes audit entries for the use cases: stamps id and time and appends to the log. Callers call
 * it inside the transaction of the action it records, so the two are stored together or not at all.
 */
public final class AuditTrail {
  private final AuditLog log;
  private final Clock clock;

  public AuditTrail(AuditLog log, Clock clock) {
    this.log = Objects.requireNonNull(log, "log");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public void record(
      AuditAction action,
      AuditActor actor,
      RequestOrigin origin,
      AuditTarget target,
      AuditDetails details) {
    log.append(
        new AuditEntry(
            AuditEntryId.generate(clock),
            // Whole seconds like every timestamp of the API; the v7 id keeps the millisecond.
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            action,
            actor,
            target,
            origin.ip(),
            origin.requestId(),
            details));
  }

  /** An entry attributed to the caller (its user, or none for the server itself). */
  public void record(AuditAction action, Caller caller, AuditTarget target, AuditDetails details) {
    record(action, caller.actor(), caller.origin(), target, details);
  }
}
