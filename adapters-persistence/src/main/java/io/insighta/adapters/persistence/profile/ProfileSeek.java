package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;

import io.insighta.domain.query.Seek;
import io.insighta.domain.query.SortOrder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Row2;
import org.jooq.impl.DSL;

/**
 * The keyset condition {@code (sort column, id) > (value, id)} (or {@code <} descending): a row
 * comparison PostgreSQL turns into an index range, so a page deep in the list costs as little as
 * the first.
 */
final class ProfileSeek {
  private ProfileSeek() {}

  static Condition after(Seek seek, SortOrder order) {
    UUID id = seek.id().value();
    return switch (seek.field()) {
      case AGE -> compare(DSL.row(PROFILES.AGE, PROFILES.ID), (Integer) seek.value(), id, order);
      case GENDER_PROBABILITY ->
          compare(
              DSL.row(PROFILES.GENDER_PROBABILITY, PROFILES.ID), (Double) seek.value(), id, order);
      case CREATED_AT ->
          compare(
              DSL.row(PROFILES.CREATED_AT, PROFILES.ID),
              OffsetDateTime.ofInstant((Instant) seek.value(), ZoneOffset.UTC),
              id,
              order);
    };
  }

  private static <T> Condition compare(Row2<T, UUID> key, T value, UUID id, SortOrder order) {
    return order == SortOrder.DESC ? key.lt(value, id) : key.gt(value, id);
  }
}
