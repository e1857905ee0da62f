package io.insighta.domain.audit;

import io.insighta.domain.profile.UuidText;
import io.insighta.domain.profile.UuidV7;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of an audit entry: a time-ordered UUID version 7. */
public record AuditEntryId(UUID value) {
  private static final SecureRandom RANDOM = new SecureRandom();

  public AuditEntryId {
    Objects.requireNonNull(value, "value");
  }

  public static AuditEntryId generate(Clock clock) {
    return new AuditEntryId(UuidV7.next(clock.millis(), RANDOM));
  }

  public static Optional<AuditEntryId> parse(String text) {
    return UuidText.parse(text).map(AuditEntryId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
