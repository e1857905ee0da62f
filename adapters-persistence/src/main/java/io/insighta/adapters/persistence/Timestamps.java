package io.insighta.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Converts between the domain's instants and jOOQ's {@code timestamptz} values (UTC). */
public final class Timestamps {
  private Timestamps() {}

  public static OffsetDateTime toDb(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static Instant fromDb(OffsetDateTime timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
