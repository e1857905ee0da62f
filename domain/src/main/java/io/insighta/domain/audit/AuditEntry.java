package io.insighta.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded action: when, what, by whom (null when no user is known, as for the server's own
 * import command), to what, from which client address and request, and its details.
 */
public record AuditEntry(
    AuditEntryId id,
    Instant at,
    AuditAction action,
    AuditActor actor,
    AuditTarget target,
    String ip,
    String requestId,
    AuditDetails details) {

  /** Longest ip and request id kept; the HTTP side never produces longer ones. */
  public static final int MAX_ORIGIN_LENGTH = 128;

  public AuditEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(details, "details");
    if (tooLong(ip) || tooLong(requestId)) {
      throw new IllegalArgumentException(
          "ip and request id are at most " + MAX_ORIGIN_LENGTH + " characters");
    }
  }

  public Optional<AuditActor> actorIfKnown() {
    return Optional.ofNullable(actor);
  }

  private static boolean tooLong(String value) {
    return value != null && value.length() > MAX_ORIGIN_LENGTH;
  }
}
