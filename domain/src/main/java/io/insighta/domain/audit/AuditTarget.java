package io.insighta.domain.audit;

import java.util.Objects;

/**
 * What an audited action was done to: a kind and, unless the action touched many (an import), the
 * id of the one thing.
 */
public record AuditTarget(AuditTargetType type, String id) {
  /** Ids are UUIDs; this bound only keeps a stray value from failing the action it records. */
  public static final int MAX_ID_LENGTH = 64;

  public AuditTarget {
    Objects.requireNonNull(type, "type");
    if (id != null && (id.isBlank() || id.length() > MAX_ID_LENGTH)) {
      throw new IllegalArgumentException("a target id is 1 to " + MAX_ID_LENGTH + " characters");
    }
  }

  public static AuditTarget of(AuditTargetType type, Object id) {
    return new AuditTarget(type, id == null ? null : id.toString());
  }

  /** Many things of one kind at once, such as the profiles of an import. */
  public static AuditTarget many(AuditTargetType type) {
    return new AuditTarget(type, null);
  }
}
