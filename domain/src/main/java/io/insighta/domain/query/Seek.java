package io.insighta.domain.query;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import java.time.Instant;
import java.util.Objects;

/**
 * A keyset position: the sort value and id of the last row of the previous page. A page that seeks
 * holds the rows strictly after it in the query's order, found through the index instead of by
 * skipping an offset. The value's type follows the field: {@link Integer} for age, {@link Instant}
 * for created_at, {@link Double} for gender_probability.
 */
public record Seek(SortField field, Object value, ProfileId id) {
  public Seek {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(id, "id");
    if (!typeOf(field).isInstance(value)) {
      throw new InvalidQueryException("a " + field.code() + " position needs a " + typeOf(field));
    }
  }

  /** The position just after {@code last} in an order by {@code field}. */
  public static Seek after(Profile last, SortField field) {
    Object value =
        switch (field) {
          case AGE -> Integer.valueOf(last.age());
          case CREATED_AT -> last.createdAt();
          case GENDER_PROBABILITY -> Double.valueOf(last.genderProbability());
        };
    return new Seek(field, value, last.id());
  }

  static Class<?> typeOf(SortField field) {
    return switch (field) {
      case AGE -> Integer.class;
      case CREATED_AT -> Instant.class;
      case GENDER_PROBABILITY -> Double.class;
    };
  }

  String canonicalKey() {
    return field.code() + ":" + value + ":" + id;
  }
}
