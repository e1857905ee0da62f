package io.insighta.domain.audit;

import io.insighta.domain.query.InvalidQueryException;
import io.insighta.domain.user.UserId;
import java.time.Instant;

/**
 * Which audit entries to list (null = any): one action, one actor, and a time range whose both ends
 * are inclusive.
 */
public record AuditFilter(AuditAction action, UserId actorId, Instant since, Instant until) {
  public static final AuditFilter NONE = new AuditFilter(null, null, null, null);

  public AuditFilter {
    if (since != null && until != null && since.isAfter(until)) {
      throw new InvalidQueryException("since must not be after until");
    }
  }

  /** True when {@code entry} passes every set condition. */
  public boolean matches(AuditEntry entry) {
    return (action == null || entry.action() == action)
        && (actorId == null
            || entry.actorIfKnown().map(actor -> actor.id().equals(actorId)).orElse(false))
        && (since == null || !entry.at().isBefore(since))
        && (until == null || !entry.at().isAfter(until));
  }
}
